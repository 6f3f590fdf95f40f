package waitlist.scenarios;

import waitlist.scenarios.rules.AtMost;
import waitlist.scenarios.rules.MayOmit;
import waitlist.scenarios.rules.Positive;
import waitlist.scenarios.rules.Share;

/**
 * The promise being tested: first assessment within {@code days} of referral (42 for six weeks).
 * In one simulated reporting period the target is met when at least {@code attainment} of the
 * people whose {@code days}-th day fell in that period (eligible, not dropped out by then) had been
 * first assessed by it. Across replications that gives the chance the target holds; a period is
 * "likely to hold" when that chance is at least {@code confidence} (default {@value #DEFAULT_CONFIDENCE}).
 */
public record Target(@Positive @AtMost(730) int days, @Share double attainment, ReportingPeriod reportingPeriod,
                     @MayOmit @Share Double confidence) {

    public static final double DEFAULT_CONFIDENCE = 0.8;

    /** The same target, read with a default confidence where the file gives none. */
    public Target(int days, double attainment, ReportingPeriod reportingPeriod) {
        this(days, attainment, reportingPeriod, null);
    }

    /** How sure "likely to hold" must be: the file's value or {@value #DEFAULT_CONFIDENCE}. */
    public double confidenceOrDefault() {
        return confidence == null ? DEFAULT_CONFIDENCE : confidence;
    }

    public Target withConfidence(double q) {
        return new Target(days, attainment, reportingPeriod, q);
    }
}
