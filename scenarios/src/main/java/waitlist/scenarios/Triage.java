package waitlist.scenarios;

import waitlist.scenarios.rules.Share;

/** Admin screening after referral: takes {@code delayDays}; {@code redirectedShare} are not eligible and leave. */
public record Triage(Distribution delayDays, @Share double redirectedShare) {
}
