package waitlist.scenarios;

import java.time.LocalDate;

import waitlist.scenarios.rules.MayOmit;
import waitlist.scenarios.rules.NonNegative;
import waitlist.scenarios.rules.Positive;
import waitlist.scenarios.rules.AtMost;

/**
 * The simulated period: {@code weeks} weeks from {@code start}. The first {@code warmUpWeeks}
 * are simulated but left out of every result, for runs that start empty rather than from the
 * real waiting list.
 */
public record Horizon(LocalDate start, @Positive @AtMost(1040) int weeks, @MayOmit @NonNegative @AtMost(1040) int warmUpWeeks) {

    /** The first day after the horizon. */
    public LocalDate end() {
        return start.plusWeeks(weeks);
    }
}
