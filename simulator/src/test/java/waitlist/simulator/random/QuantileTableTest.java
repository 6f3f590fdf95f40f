package waitlist.simulator.random;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.DoubleUnaryOperator;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import waitlist.scenarios.Distribution;

/**
 * The tabulated gamma inverse against the exact one (commons-statistics' root search): within a
 * thousandth of a day (under 1.5 minutes) everywhere, including near both tails and for a shape
 * below 1 whose quantile function is steep near 0, and never decreasing.
 */
class QuantileTableTest {

    @ParameterizedTest(name = "gamma(shape {0}, scale {1})")
    @CsvSource({"4, 6", "0.5, 2", "1, 1", "30, 0.2"})
    void tabulatedGammaInverseIsWithinAThousandthOfADayOfTheExactOne(double shape, double scale) {
        Distribution gamma = new Distribution.Gamma(shape, scale);
        DoubleUnaryOperator table = QuantileTable.inverse(gamma);
        DoubleUnaryOperator exact = Samplers.inverse(gamma);
        assertThat(table).isInstanceOf(QuantileTable.class);
        double worst = 0;
        double previous = Double.NEGATIVE_INFINITY;
        java.util.SplittableRandom random = new java.util.SplittableRandom(42);
        for (int i = 0; i < 200_000; i++) {
            // an even sweep, odd points between the table's own, and random ones
            double u = i < 100_000 ? (i + 0.37) / 100_000 : random.nextDouble();
            double got = table.applyAsDouble(u);
            worst = Math.max(worst, Math.abs(got - exact.applyAsDouble(u)));
            if (i < 100_000) {
                assertThat(got).as("increasing at u = %s", u).isGreaterThanOrEqualTo(previous);
                previous = got;
            }
        }
        assertThat(worst).isLessThan(1e-3);
    }

    @ParameterizedTest(name = "{0} is inverted exactly")
    @CsvSource({"exponential", "lognormal"})
    void lawsWithAFastExactInverseAreNotTabulated(String family) {
        Distribution d = family.equals("exponential") ? new Distribution.Exponential(2) : new Distribution.Lognormal(6, 4);
        assertThat(QuantileTable.inverse(d)).isNotInstanceOf(QuantileTable.class);
        assertThat(QuantileTable.inverse(d).applyAsDouble(0.3)).isEqualTo(Samplers.inverse(d).applyAsDouble(0.3));
    }
}
