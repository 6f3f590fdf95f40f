package waitlist.scenarios;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import waitlist.scenarios.rules.MayOmit;
import waitlist.scenarios.rules.NonNegative;
import waitlist.scenarios.rules.Positive;
import waitlist.scenarios.rules.AtMost;
import waitlist.scenarios.rules.MaxItems;

/**
 * A random duration or quantity, written with its family as the single key, e.g.
 * {@code {"lognormal": {"mean": 52, "sd": 20}}}. Units come from the field's name
 * ({@code lengthWeeks}, {@code delayDays}).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.WRAPPER_OBJECT)
@JsonSubTypes({
        @JsonSubTypes.Type(value = Distribution.Fixed.class, name = "fixed"),
        @JsonSubTypes.Type(value = Distribution.Exponential.class, name = "exponential"),
        @JsonSubTypes.Type(value = Distribution.Lognormal.class, name = "lognormal"),
        @JsonSubTypes.Type(value = Distribution.Gamma.class, name = "gamma"),
        @JsonSubTypes.Type(value = Distribution.Triangular.class, name = "triangular"),
        @JsonSubTypes.Type(value = Distribution.Uniform.class, name = "uniform"),
        @JsonSubTypes.Type(value = Distribution.Empirical.class, name = "empirical"),
})
public sealed interface Distribution {

    /** Largest parameter and mean of any distribution: 36,500 (a hundred years in days; any unit it is in is plenty). */
    double MAX = 36_500;

    /** The expected value, for capacity arithmetic and reports. */
    double mean();

    /** Always {@code value}. */
    record Fixed(@NonNegative @AtMost(MAX) double value) implements Distribution {
        @Override
        public double mean() {
            return value;
        }
    }

    /** Memoryless, with the given mean. */
    record Exponential(@Positive @AtMost(MAX) double mean) implements Distribution {
    }

    /** Lognormal given by its own mean and standard deviation (not those of the underlying normal). */
    record Lognormal(@Positive @AtMost(MAX) double mean, @Positive @AtMost(MAX) double sd) implements Distribution {
    }

    /** Gamma with shape k and scale θ (mean kθ). */
    record Gamma(@Positive @AtMost(10_000) double shape, @Positive @AtMost(MAX) double scale) implements Distribution {
        @Override
        public double mean() {
            return shape * scale;
        }
    }

    /** Triangular on [min, max] with its peak at mode. */
    record Triangular(@NonNegative @AtMost(MAX) double min, @NonNegative @AtMost(MAX) double mode,
                      @NonNegative @AtMost(MAX) double max) implements Distribution {
        @Override
        public double mean() {
            return (min + mode + max) / 3;
        }
    }

    /** Uniform on [min, max]. */
    record Uniform(@NonNegative @AtMost(MAX) double min, @NonNegative @AtMost(MAX) double max) implements Distribution {
        @Override
        public double mean() {
            return (min + max) / 2;
        }
    }

    /** One of {@code values}, with probabilities proportional to {@code weights} (equal if omitted). */
    record Empirical(@NonNegative @AtMost(MAX) @MaxItems(10_000) List<Double> values,
                     @MayOmit @Positive @AtMost(1e6) @MaxItems(10_000) List<Double> weights) implements Distribution {
        @Override
        public double mean() {
            double total = 0;
            double weighted = 0;
            for (int i = 0; i < values.size(); i++) {
                double w = weights == null ? 1 : weights.get(i);
                total += w;
                weighted += w * values.get(i);
            }
            return weighted / total;
        }
    }
}
