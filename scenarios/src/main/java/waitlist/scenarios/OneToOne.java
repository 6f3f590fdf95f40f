package waitlist.scenarios;

import waitlist.scenarios.rules.AtMost;
import waitlist.scenarios.rules.Positive;

/** OT-led one-to-one sessions: weekly, {@code sessionMinutes} each, for {@code weeks}; then a group place if {@code thenGroup}. */
public record OneToOne(@Positive @AtMost(1440) double sessionMinutes, @Positive @AtMost(520) int weeks, boolean thenGroup) {
}
