package waitlist.simulator.random;

import java.util.function.DoubleUnaryOperator;

import waitlist.scenarios.Distribution;

/**
 * An inverse distribution function tabulated once and interpolated, for laws whose exact inverse is
 * slow. The gamma's has no closed form: commons-statistics finds it by a root search on the CDF, about
 * 1.5 µs a value, which made drawing each person's reablement length the largest cost of a Connect
 * replication. The table holds the exact quantiles at 2^14 + 1 evenly spaced probabilities and
 * interpolates linearly between them (within a thousandth of a day, see the test); in the outer
 * 1/256 at either end, where the quantile function curves steeply towards its tails, it asks the
 * exact inverse, so fewer than 1 % of values pay for the root search. Linear interpolation of
 * increasing values is increasing, so the table keeps what inversion is for: a larger uniform never
 * gives a smaller value.
 */
public final class QuantileTable implements DoubleUnaryOperator {

    static final int CELLS = 1 << 14;
    /** Below this probability, and above one minus it, the exact inverse is used. */
    static final double EXACT_TAIL = 1.0 / 256;

    private final DoubleUnaryOperator exact;
    private final double[] quantiles = new double[CELLS + 1];

    private QuantileTable(DoubleUnaryOperator exact) {
        this.exact = exact;
        for (int i = (int) (EXACT_TAIL * CELLS); i <= CELLS - (int) (EXACT_TAIL * CELLS); i++) {
            quantiles[i] = exact.applyAsDouble((double) i / CELLS);
        }
    }

    /** The fastest exact-enough inverse of {@code d}: tabulated for the gamma, {@link Samplers#inverse} otherwise. */
    public static DoubleUnaryOperator inverse(Distribution d) {
        DoubleUnaryOperator exact = Samplers.inverse(d);
        return d instanceof Distribution.Gamma ? new QuantileTable(exact) : exact;
    }

    @Override
    public double applyAsDouble(double u) {
        if (u < EXACT_TAIL || u >= 1 - EXACT_TAIL) {
            return exact.applyAsDouble(u);
        }
        double x = u * CELLS;
        int i = (int) x;
        double within = x - i;
        return quantiles[i] + within * (quantiles[i + 1] - quantiles[i]);
    }
}
