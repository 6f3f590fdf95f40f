package waitlist.scenarios;

import waitlist.scenarios.rules.NonNegative;
import waitlist.scenarios.rules.Positive;
import waitlist.scenarios.rules.Share;
import waitlist.scenarios.rules.AtMost;

/**
 * What follows the first assessment. {@code groupShare} join weekly coach-led group sessions
 * (at most {@code groupSize} a group, each session taking a coach {@code sessionMinutes} plus
 * {@code setUpMinutes}); the rest start with one-to-one OT-led sessions. The whole intervention
 * lasts {@code lengthWeeks}.
 */
public record Intervention(
        @Share double groupShare,
        @Positive @AtMost(1000) int groupSize,
        @Positive @AtMost(1440) double sessionMinutes,
        @NonNegative @AtMost(1440) double setUpMinutes,
        OneToOne oneToOne,
        Distribution lengthWeeks) {
}
