package waitlist.scenarios;

import java.util.List;
import java.util.Map;

import waitlist.scenarios.rules.AtMost;
import waitlist.scenarios.rules.MaxItems;
import waitlist.scenarios.rules.MayOmit;
import waitlist.scenarios.rules.NonNegative;
import waitlist.scenarios.rules.Positive;
import waitlist.scenarios.rules.Share;

/**
 * One stage of a {@link Network}, written under its id in {@code network.stages}. A person starts
 * it once every stage in its {@code after} list is done for them, waiting for a free place if
 * there is none, and keeps the place for {@code serviceDays} (or longer, see {@code holdsUntil}).
 *
 * @param after             stages that must be done first (none: the stage starts on referral)
 * @param afterByAlliance   a different {@code after} list for the alliances named, e.g. a new pathway
 *                          trialled in one area while the others keep the old one
 * @param servers           places (staff, beds, slots) working in parallel, one pool shared county-wide
 * @param serversByAlliance places per alliance instead: each alliance's people use only its own places.
 *                          Give neither for a stage without a capacity limit (everyone starts at once)
 * @param serviceDays       how long the stage's own work takes for one person
 * @param holdsUntil        a later stage: the person keeps this stage's place after its work is done,
 *                          until they start that stage (blocking), e.g. a reablement place held until
 *                          domiciliary care starts
 * @param exitShare         share of people who leave the pathway when this stage ends, skipping every
 *                          stage downstream of it (e.g. no ongoing care needed after reablement)
 */
public record Stage(
        @MayOmit @MaxItems(100) List<String> after,
        @MayOmit @MaxItems(100) Map<String, List<String>> afterByAlliance,
        @MayOmit @Positive @AtMost(100_000) Integer servers,
        @MayOmit @NonNegative @AtMost(100_000) @MaxItems(100) Map<String, Integer> serversByAlliance,
        Distribution serviceDays,
        @MayOmit String holdsUntil,
        @MayOmit @Share double exitShare) {

    /** A stage with a single county-wide pool, starting after {@code after}: the common case, for code and tests. */
    public static Stage of(List<String> after, int servers, Distribution serviceDays) {
        return new Stage(after, null, servers, null, serviceDays, null, 0);
    }

    public List<String> afterOrEmpty() {
        return after == null ? List.of() : after;
    }

    /** The stages that must be done first for people of {@code alliance}. */
    public List<String> afterFor(String alliance) {
        if (alliance != null && afterByAlliance != null && afterByAlliance.containsKey(alliance)) {
            return afterByAlliance.get(alliance);
        }
        return afterOrEmpty();
    }

    /** Whether the number of places is limited (otherwise everyone ready starts at once). */
    public boolean limited() {
        return servers != null || serversByAlliance != null;
    }

    /** Whether each alliance has its own places. */
    public boolean placesByAlliance() {
        return serversByAlliance != null;
    }

    public Stage withHoldsUntil(String stage) {
        return new Stage(after, afterByAlliance, servers, serversByAlliance, serviceDays, stage, exitShare);
    }

    public Stage withExitShare(double share) {
        return new Stage(after, afterByAlliance, servers, serversByAlliance, serviceDays, holdsUntil, share);
    }
}
