package waitlist.simulator.stats;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * The two confidence-interval methods used for every reported number.
 *
 * <ul>
 *   <li>Means (waits, list sizes, attainment, utilisation): Student t across independent
 *       replications, mean ± t(0.975, n − 1) · s / √n, where each replication contributes one value.
 *       Replications are independent and identically distributed by construction, which is what
 *       the t interval needs; within-replication autocorrelation does not enter.</li>
 *   <li>Probabilities over replications (the target holds in a period): the Wilson score interval,
 *       which stays inside [0, 1] and is not degenerate when every replication agrees.</li>
 * </ul>
 */
public final class ConfidenceIntervals {

    public static final double LEVEL = 0.95;
    private static final double Z = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.5 + LEVEL / 2);

    private ConfidenceIntervals() {
    }

    public static String method() {
        return "95% Student t interval across replications for means; Wilson score interval for probabilities";
    }

    public static Estimate studentT(RunningStat s) {
        long n = s.count();
        double mean = s.mean();
        if (n < 2) {
            return new Estimate(mean, mean, mean, n);
        }
        double t = tQuantile(n - 1);
        double half = t * Math.sqrt(s.variance() / n);
        return new Estimate(mean, mean - half, mean + half, n);
    }

    private static final double[] T_CACHE = new double[1024];

    /** The two-sided 95 % Student t quantile; cached because every report cell asks for it. */
    static double tQuantile(long degreesOfFreedom) {
        if (degreesOfFreedom < T_CACHE.length) {
            int i = (int) degreesOfFreedom;
            double t = T_CACHE[i];
            if (t == 0) {
                t = TDistribution.of(i).inverseCumulativeProbability(0.5 + LEVEL / 2);
                T_CACHE[i] = t; // benign race: every thread computes the same value
            }
            return t;
        }
        return TDistribution.of(degreesOfFreedom).inverseCumulativeProbability(0.5 + LEVEL / 2);
    }

    /** The Wilson score interval for {@code successes} out of {@code n}. */
    public static Estimate wilson(long successes, long n) {
        if (n == 0) {
            return new Estimate(Double.NaN, Double.NaN, Double.NaN, 0);
        }
        double p = (double) successes / n;
        double z2 = Z * Z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new Estimate(p, Math.max(0, centre - half), Math.min(1, centre + half), n);
    }
}
