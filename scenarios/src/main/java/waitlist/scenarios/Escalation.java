package waitlist.scenarios;

import waitlist.scenarios.rules.Positive;
import waitlist.scenarios.rules.AtMost;

/** Someone who has waited {@code afterDays} or more is booked as if in the most urgent class. */
public record Escalation(@Positive @AtMost(730) int afterDays) {
}
