package waitlist.scenarios;

import waitlist.scenarios.rules.Positive;
import waitlist.scenarios.rules.AtMost;

/** Reviews of people in an intervention: every {@code intervalWeeks}, taking {@code otMinutes} of OT time. */
public record Reviews(@Positive @AtMost(520) double intervalWeeks, @Positive @AtMost(1440) double otMinutes) {
}
