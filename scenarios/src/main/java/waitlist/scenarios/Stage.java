package waitlist.scenarios;

import java.util.List;

import waitlist.scenarios.rules.MayOmit;
import waitlist.scenarios.rules.Positive;
import waitlist.scenarios.rules.AtMost;
import waitlist.scenarios.rules.MaxItems;

/**
 * One stage of a {@link Network}: {@code servers} people or places working in parallel, each
 * taking {@code serviceDays} per person. It starts after every stage in {@code after} is done
 * (none: on arrival).
 */
public record Stage(String id, @MayOmit @MaxItems(100) List<String> after, @Positive @AtMost(100_000) int servers, Distribution serviceDays) {

    public List<String> afterOrEmpty() {
        return after == null ? List.of() : after;
    }
}
