package waitlist.scenarios;

import waitlist.scenarios.rules.Positive;

/** Someone who has waited {@code afterDays} or more is booked as if in the most urgent class. */
public record Escalation(@Positive int afterDays) {
}
