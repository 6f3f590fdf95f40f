package waitlist.solver.rules;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;

/**
 * What makes one legal plan better than another, in the service's order, with every weight in this
 * one table. The medium level is urgency: whoever is left unbooked costs their urgency points (days
 * waited, plus a week, plus three weeks if urgent, plus the days they will be past the target by the
 * day after the horizon). The soft level comes after it and is a weighted sum whose default weights
 * keep the order on realistic weeks:
 *
 * <ol>
 * <li>people breaching the target, and breach-days, linear (1,000 a day: more than a day's delay costs
 * anyone in the next term). A person breaching costs 2,000 on top, as much as two more breach-days: so
 * among plans with equal breach-days the one with fewer people late wins, and a breach is avoided when
 * it costs those already late two days or less in all. A strict order (person-breaching 1,000,000) was
 * measured on an over-subscribed 1,000-referral week: 113 people breaching instead of 149, but 816
 * breach-days instead of 647 (first-come first-served: 201 and 684; fewest possible breach-days 631),
 * spreading long waits to spare short ones, which is not what the promise is for;</li>
 * <li>longer waiters first (a day into the horizon costs the person's urgency points, at most a few hundred);</li>
 * <li>continuity (200), then travel (100 an out-of-alliance booking), then preferred times (30);</li>
 * <li>balance last (per unit of Timefold's load-balance unfairness, where loads are utilisation in per-mille).</li>
 * </ol>
 *
 * A run may change any of these weights by name ({@code --weight breach-day=2000}); the level is fixed.
 * Hard rules are not weights: see {@link HardRule}.
 */
public enum Objective {
    UNBOOKED_APPOINTMENT("unbooked-appointment", Level.MEDIUM, 1,
            "per urgency point of an OT appointment (first assessment or review) left unbooked"),
    UNBOOKED_GROUP_START("unbooked-group-start", Level.MEDIUM, 1,
            "per urgency point of a group start left unbooked"),
    PERSON_BREACHING("person-breaching", Level.SOFT, 2_000,
            "per first assessment past the target (booked late, or unbooked and past it by the day after the horizon)"),
    BREACH_DAY("breach-day", Level.SOFT, 1_000,
            "per day past the target, counted the same way"),
    WAITING_ORDER("waiting-order", Level.SOFT, 1,
            "per day into the horizon an OT appointment is booked, times its urgency points"),
    REVIEW_CONTINUITY("review-continuity", Level.SOFT, 200,
            "per review booked with an OT other than the one who assessed the client"),
    OT_TRAVEL("ot-travel", Level.SOFT, 100,
            "per OT appointment outside the OT's home alliance"),
    GROUP_TRAVEL("group-travel", Level.SOFT, 100,
            "per group start outside the client's alliance"),
    APPOINTMENT_TIME_PREFERENCE("appointment-time-preference", Level.SOFT, 30,
            "per appointment in the part of the day the client did not want"),
    GROUP_TIME_PREFERENCE("group-time-preference", Level.SOFT, 30,
            "per group start in the part of the day the client did not want"),
    OT_WORKLOAD_BALANCE("ot-workload-balance", Level.SOFT, 1,
            "per unit of unfairness of OT utilisation (per-mille of each OT's bookable slots, idle OTs included)"),
    GROUP_FILL_BALANCE("group-fill-balance", Level.SOFT, 1,
            "per unit of unfairness of new starters over group sessions (empty sessions included), in hundredths");

    /** Largest weight a run may set: keeps a whole plan's score far inside a long. */
    public static final long MAX_WEIGHT = 1_000_000_000_000L;

    /** Which score level a term counts on. */
    public enum Level { MEDIUM, SOFT }

    private final String id;
    private final Level level;
    private final long defaultWeight;
    private final String unit;

    Objective(String id, Level level, long defaultWeight, String unit) {
        this.id = id;
        this.level = level;
        this.defaultWeight = defaultWeight;
        this.unit = unit;
    }

    /** The constraint name, and the name {@code --weight} takes. */
    public String id() {
        return id;
    }

    public Level level() {
        return level;
    }

    public long defaultWeight() {
        return defaultWeight;
    }

    public String unit() {
        return unit;
    }

    /** The default weight as a score. */
    public HardMediumSoftScore score() {
        return score(defaultWeight);
    }

    public HardMediumSoftScore score(long weight) {
        return level == Level.MEDIUM ? HardMediumSoftScore.ofMedium(weight) : HardMediumSoftScore.ofSoft(weight);
    }

    public static Optional<Objective> byId(String id) {
        return Arrays.stream(values()).filter(o -> o.id.equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Objective::id).toList();
    }

    /** Weight overrides by name as Timefold wants them; refuses an unknown name or a negative weight. */
    public static Map<String, HardMediumSoftScore> overrides(Map<String, Long> weights) {
        Map<String, HardMediumSoftScore> scores = new LinkedHashMap<>();
        weights.forEach((name, weight) -> {
            Objective o = byId(name).orElseThrow(() -> new IllegalArgumentException(
                    "no weight named '" + name + "'; known: " + String.join(", ", ids())));
            if (weight < 0) {
                throw new IllegalArgumentException("the weight of '" + name + "' must be 0 or more, not " + weight);
            }
            scores.put(name, o.score(weight));
        });
        return scores;
    }

    /** The table as text, one line a weight: for help screens and reports. */
    public static String table() {
        StringBuilder out = new StringBuilder();
        for (Objective o : values()) {
            out.append(String.format(Locale.ROOT, "%-28s %-6s %,10d  %s%n", o.id, o.level.name().toLowerCase(Locale.ROOT),
                    o.defaultWeight, o.unit));
        }
        return out.toString();
    }
}
