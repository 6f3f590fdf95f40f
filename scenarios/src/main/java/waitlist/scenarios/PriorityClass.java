package waitlist.scenarios;

import waitlist.scenarios.rules.Share;

/** A class of referral urgency, e.g. {@code urgent} with share 0.10. */
public record PriorityClass(String name, @Share double share) {
}
