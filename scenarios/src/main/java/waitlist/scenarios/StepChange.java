package waitlist.scenarios;

import java.time.LocalDate;

import waitlist.scenarios.rules.MayOmit;
import waitlist.scenarios.rules.Positive;
import waitlist.scenarios.rules.AtMost;
import waitlist.scenarios.rules.MergeKey;

/**
 * From {@code date} on, referrals are multiplied by {@code factor} (in {@code alliance} only,
 * or county-wide when no alliance is given). Several changes multiply together.
 */
public record StepChange(@MergeKey LocalDate date, @MayOmit @MergeKey String alliance, @Positive @AtMost(100) double factor) {
}
