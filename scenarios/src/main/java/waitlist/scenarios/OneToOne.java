package waitlist.scenarios;

import waitlist.scenarios.rules.Positive;

/** OT-led one-to-one sessions: weekly, {@code sessionMinutes} each, for {@code weeks}; then a group place if {@code thenGroup}. */
public record OneToOne(@Positive double sessionMinutes, @Positive int weeks, boolean thenGroup) {
}
