package waitlist.scenarios;

import java.time.LocalDate;

import waitlist.scenarios.rules.NonNegative;

/** From {@code from} on, {@code alliance} has {@code fte} full-time equivalents of this role. */
public record FteChange(LocalDate from, String alliance, @NonNegative double fte) {
}
