package waitlist.scenarios;

import java.time.LocalDate;

import waitlist.scenarios.rules.NonNegative;
import waitlist.scenarios.rules.AtMost;
import waitlist.scenarios.rules.MergeKey;

/** From {@code from} on, {@code alliance} has {@code fte} full-time equivalents of this role. */
public record FteChange(@MergeKey LocalDate from, @MergeKey String alliance, @NonNegative @AtMost(10_000) double fte) {
}
