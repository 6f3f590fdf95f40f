package waitlist.scenarios;

import java.time.LocalDate;

import waitlist.scenarios.rules.NonNegative;
import waitlist.scenarios.rules.Positive;
import waitlist.scenarios.rules.Share;
import waitlist.scenarios.rules.AtMost;

/**
 * The first assessment by an OT. OT time per assessment is contact + travel + write-up
 * (an AI scribe shortens the write-up). A did-not-attend wastes the whole booked slot (the
 * OT's time was set aside for it) and the person is rebooked.
 *
 * <p>Each value may change on dates ({@link Dated}). The minutes in force at the start of a
 * booking cycle set that cycle's slot length; the DNA share in force on an appointment's day
 * decides whether that appointment is missed (from a uniform each referral draws once when it
 * is created, so scenarios keep common random numbers).
 */
public record FirstAssessment(
        @Positive @AtMost(1440) Dated contactMinutes,
        @NonNegative @AtMost(1440) Dated travelMinutes,
        @NonNegative @AtMost(1440) Dated writeUpMinutes,
        @Share Dated didNotAttendShare) {

    /** Values that never change. */
    public FirstAssessment(double contactMinutes, double travelMinutes, double writeUpMinutes, double didNotAttendShare) {
        this(Dated.of(contactMinutes), Dated.of(travelMinutes), Dated.of(writeUpMinutes), Dated.of(didNotAttendShare));
    }

    /** OT minutes one assessment takes (the slot length) on {@code date}. */
    public double otMinutes(LocalDate date) {
        return contactMinutes.at(date) + travelMinutes.at(date) + writeUpMinutes.at(date);
    }

    /** The did-not-attend share in force on {@code date}. */
    public double didNotAttendShare(LocalDate date) {
        return didNotAttendShare.at(date);
    }
}
