package waitlist.scenarios;

import waitlist.scenarios.rules.NonNegative;
import waitlist.scenarios.rules.Positive;
import waitlist.scenarios.rules.Share;
import waitlist.scenarios.rules.AtMost;

/**
 * The first assessment by an OT. OT time per assessment is contact + travel + write-up
 * (an AI scribe shortens the write-up). A did-not-attend wastes the whole booked slot (the
 * OT's time was set aside for it) and the person is rebooked.
 */
public record FirstAssessment(
        @Positive @AtMost(1440) double contactMinutes,
        @NonNegative @AtMost(1440) double travelMinutes,
        @NonNegative @AtMost(1440) double writeUpMinutes,
        @Share double didNotAttendShare) {

    public double otMinutes() {
        return contactMinutes + travelMinutes + writeUpMinutes;
    }
}
