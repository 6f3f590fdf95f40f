package waitlist.simulator.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

import waitlist.scenarios.Distribution;

/** Remaining time given time already elapsed, against closed forms. */
class RemainingTest {

    private static double meanOf(Remaining r, double elapsed, int n, long seed) {
        UniformRandomProvider rng = new RandomStreams(seed, 0).stream(Source.INITIAL_STATE);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += r.sample(elapsed, rng);
        }
        return sum / n;
    }

    @Test
    void anExponentialLengthForgetsHowLongItHasLasted() {
        Remaining r = new Remaining(new Distribution.Exponential(10));
        // mean 10 whatever has elapsed; sd of the mean of 200,000 draws is 10/sqrt(200000) ≈ 0.022
        assertThat(meanOf(r, 0, 200_000, 1)).isCloseTo(10, offset(0.1));
        assertThat(meanOf(r, 50, 200_000, 2)).isCloseTo(10, offset(0.1));
        assertThat(r.survival(10)).isCloseTo(Math.exp(-1), offset(1e-12));
    }

    @Test
    void aLognormalLengthGivenItHasLastedHasTheTruncatedMean() {
        // E[X | X > e] = exp(mu + s^2/2) * Phi((mu + s^2 - ln e)/s) / Phi((mu - ln e)/s)
        double m = 75;
        double sd = 40;
        double s2 = Math.log1p(sd * sd / (m * m));
        double mu = Math.log(m) - s2 / 2;
        double s = Math.sqrt(s2);
        NormalDistribution z = NormalDistribution.of(0, 1);
        Remaining r = new Remaining(new Distribution.Lognormal(m, sd));
        for (double e : new double[] {20, 100, 200}) {
            double expected = Math.exp(mu + s2 / 2) * z.cumulativeProbability((mu + s2 - Math.log(e)) / s)
                    / z.cumulativeProbability((mu - Math.log(e)) / s) - e;
            assertThat(meanOf(r, e, 200_000, (long) e)).as("elapsed %s", e).isCloseTo(expected, offset(0.01 * expected));
        }
    }

    @Test
    void boundedLawsEndAtOnceWhenTheirMaximumHasPassed() {
        UniformRandomProvider rng = new RandomStreams(1, 0).stream(Source.INITIAL_STATE);
        assertThat(new Remaining(new Distribution.Fixed(20)).sample(5, rng)).isEqualTo(15);
        assertThat(new Remaining(new Distribution.Fixed(20)).sample(25, rng)).isZero();
        assertThat(new Remaining(new Distribution.Uniform(10, 20)).sample(30, rng)).isZero();
        double u = new Remaining(new Distribution.Uniform(10, 20)).sample(15, rng);
        assertThat(u).isBetween(0.0, 5.0);
        // values 1, 5, 9 weighted 1, 1, 2; given above 4: 5 (weight 1) or 9 (weight 2)
        Remaining emp = new Remaining(new Distribution.Empirical(List.of(1.0, 5.0, 9.0), List.of(1.0, 1.0, 2.0)));
        assertThat(emp.survival(4)).isCloseTo(0.75, offset(1e-12));
        int nines = 0;
        for (int i = 0; i < 30_000; i++) {
            double left = emp.sample(4, rng);
            assertThat(left).isIn(1.0, 5.0);
            nines += left == 5.0 ? 1 : 0;
        }
        assertThat(nines / 30_000.0).isCloseTo(2.0 / 3, offset(0.02));
        assertThat(emp.sample(9, rng)).isZero();
    }
}
