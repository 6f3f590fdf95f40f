package waitlist.scenarios;

import java.time.LocalDate;

import waitlist.scenarios.rules.MayOmit;
import waitlist.scenarios.rules.Positive;

/**
 * From {@code date} on, referrals are multiplied by {@code factor} (in {@code alliance} only,
 * or county-wide when no alliance is given). Several changes multiply together.
 */
public record StepChange(LocalDate date, @MayOmit String alliance, @Positive double factor) {
}
