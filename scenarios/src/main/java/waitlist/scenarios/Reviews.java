package waitlist.scenarios;

import waitlist.scenarios.rules.Positive;

/** Reviews of people in an intervention: every {@code intervalWeeks}, taking {@code otMinutes} of OT time. */
public record Reviews(@Positive double intervalWeeks, @Positive double otMinutes) {
}
