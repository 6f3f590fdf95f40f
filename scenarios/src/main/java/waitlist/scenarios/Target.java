package waitlist.scenarios;

import waitlist.scenarios.rules.Positive;
import waitlist.scenarios.rules.Share;
import waitlist.scenarios.rules.AtMost;

/**
 * The promise being tested: first assessment within {@code days} of referral (42 for six weeks).
 * The target "holds" in a reporting period when at least {@code attainment} of the people
 * first-assessed in that period were seen within {@code days}.
 */
public record Target(@Positive @AtMost(730) int days, @Share double attainment, ReportingPeriod reportingPeriod) {
}
