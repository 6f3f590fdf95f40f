package waitlist.simulator.arrivals;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * A non-homogeneous Poisson process with a rate that is constant within each day, sampled by
 * inverting the cumulative rate: unit-rate exponential gaps are laid on the integrated rate
 * Λ(t) and mapped back to time. This is exact (no thinning, no rejected draws), and with a
 * constant rate it is the ordinary Poisson process, as the M/M/c check needs.
 */
public final class PoissonArrivals implements Arrivals {

    private final double[] dailyRates;
    private final ContinuousSampler unitGap;

    public PoissonArrivals(double[] dailyRates, UniformRandomProvider rng) {
        this.dailyRates = dailyRates;
        this.unitGap = ZigguratSampler.Exponential.of(rng);
    }

    @Override
    public double nextAfter(double day) {
        double need = unitGap.sample();
        int d = (int) Math.floor(day);
        double t = day;
        while (d < dailyRates.length) {
            double rate = dailyRates[d];
            double rest = (d + 1) - t;
            double mass = rate * rest;
            if (mass >= need) {
                return t + need / rate;
            }
            need -= mass;
            d++;
            t = d;
        }
        return Double.POSITIVE_INFINITY;
    }
}
