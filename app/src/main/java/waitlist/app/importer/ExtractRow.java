package waitlist.app.importer;

import java.time.LocalDate;

import waitlist.scenarios.InterventionMode;

/**
 * One referral of an extract, checked: the dates are in order and agree with the status.
 *
 * @param line                the line of the file the row starts on (1 = the header)
 * @param alliance            an alliance id of the base scenario
 * @param priority            a priority class of the base scenario
 * @param firstAssessment     null if none (yet)
 * @param interventionStart   null if none (yet)
 * @param discharge           null if none (yet)
 * @param left                when a redirected or dropped-out referral left the list; null if not given
 * @param mode                group or one-to-one, when the extract says; null otherwise
 */
public record ExtractRow(
        int line,
        String id,
        LocalDate referral,
        String alliance,
        String priority,
        ReferralStatus status,
        LocalDate firstAssessment,
        LocalDate interventionStart,
        LocalDate discharge,
        LocalDate left,
        InterventionMode mode) {

    /** The latest date the row gives. */
    public LocalDate lastDate() {
        LocalDate last = referral;
        for (LocalDate d : new LocalDate[] {firstAssessment, interventionStart, discharge, left}) {
            if (d != null && d.isAfter(last)) {
                last = d;
            }
        }
        return last;
    }

    /**
     * When the referral left the waiting list for a first assessment: the assessment (or, failing
     * that, the intervention start or discharge), or the left date of a redirected or dropped-out
     * referral. Null while still waiting, and when a redirected or dropped-out row gives no date.
     */
    public LocalDate leftList() {
        if (status.leftWithoutAssessment()) {
            return left;
        }
        for (LocalDate d : new LocalDate[] {firstAssessment, interventionStart, discharge}) {
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** Whole days from referral to first assessment, or -1 if not assessed. */
    public long waitDays() {
        return firstAssessment == null ? -1 : java.time.temporal.ChronoUnit.DAYS.between(referral, firstAssessment);
    }
}
