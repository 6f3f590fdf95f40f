package waitlist.simulator.random;

import java.util.List;
import java.util.function.DoubleUnaryOperator;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousUniformSampler;
import org.apache.commons.rng.sampling.distribution.GuideTableDiscreteSampler;
import org.apache.commons.rng.sampling.distribution.LogNormalSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.statistics.distribution.GammaDistribution;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.apache.commons.statistics.distribution.TriangularDistribution;

import waitlist.scenarios.Distribution;

/** Turns a scenario {@link Distribution} into an immutable sampler on a given stream. */
public final class Samplers {

    private Samplers() {
    }

    public static ContinuousSampler of(Distribution d, UniformRandomProvider rng) {
        return switch (d) {
            case Distribution.Fixed f -> () -> f.value();
            case Distribution.Exponential e -> ZigguratSampler.Exponential.of(rng, e.mean());
            case Distribution.Lognormal l -> {
                // The scenario gives the variable's own mean m and sd s; the underlying normal has
                // sigma^2 = ln(1 + s^2/m^2) and mu = ln(m) - sigma^2/2.
                double sigma2 = Math.log1p((l.sd() * l.sd()) / (l.mean() * l.mean()));
                double mu = Math.log(l.mean()) - sigma2 / 2;
                yield LogNormalSampler.of(ZigguratSampler.NormalizedGaussian.of(rng), mu, Math.sqrt(sigma2));
            }
            case Distribution.Gamma g -> AhrensDieterMarsagliaTsangGammaSampler.of(rng, g.shape(), g.scale());
            case Distribution.Triangular t -> t.min() == t.max()
                    ? () -> t.min()
                    : TriangularDistribution.of(t.min(), t.mode(), t.max()).createSampler(rng)::sample;
            case Distribution.Uniform u -> u.min() == u.max() ? () -> u.min() : ContinuousUniformSampler.of(rng, u.min(), u.max());
            case Distribution.Empirical emp -> {
                List<Double> values = emp.values();
                double[] weights = new double[values.size()];
                for (int i = 0; i < weights.length; i++) {
                    weights[i] = emp.weights() == null ? 1 : emp.weights().get(i);
                }
                var index = GuideTableDiscreteSampler.of(rng, weights);
                yield () -> values.get(index.sample());
            }
        };
    }

    /**
     * The inverse of {@code d}'s cumulative distribution: a uniform u in [0, 1) becomes the value with P(X <= value) = u.
     * One uniform per value, and monotone in it, so two scenarios that share uniforms but differ in a law move each person's
     * value the same way (common random numbers at their best).
     */
    public static DoubleUnaryOperator inverse(Distribution d) {
        return switch (d) {
            case Distribution.Fixed f -> u -> f.value();
            case Distribution.Exponential e -> {
                // 1 - u is exact for every u a generator's nextDouble() gives (a multiple of 2^-53 below 1), so log(1 - u)
                // is log1p(-u) of the same argument, and Math.log, a JIT intrinsic, is about three times faster than
                // log1p (StrictMath's, in Java); both are within an ulp, and may differ in the last bit
                double mean = e.mean();
                yield u -> -mean * Math.log(1 - u);
            }
            case Distribution.Lognormal l -> {
                double sigma2 = Math.log1p((l.sd() * l.sd()) / (l.mean() * l.mean()));
                LogNormalDistribution law = LogNormalDistribution.of(Math.log(l.mean()) - sigma2 / 2, Math.sqrt(sigma2));
                yield law::inverseCumulativeProbability;
            }
            case Distribution.Gamma g -> GammaDistribution.of(g.shape(), g.scale())::inverseCumulativeProbability;
            case Distribution.Triangular t -> t.min() == t.max() ? u -> t.min()
                    : TriangularDistribution.of(t.min(), t.mode(), t.max())::inverseCumulativeProbability;
            case Distribution.Uniform un -> u -> un.min() + u * (un.max() - un.min());
            case Distribution.Empirical emp -> {
                List<Double> values = emp.values();
                double[] cumulative = new double[values.size()];
                double sum = 0;
                for (int i = 0; i < cumulative.length; i++) {
                    sum += emp.weights() == null ? 1 : emp.weights().get(i);
                    cumulative[i] = sum;
                }
                double total = sum;
                yield u -> {
                    double target = u * total;
                    for (int i = 0; i < cumulative.length; i++) {
                        if (target < cumulative[i]) {
                            return values.get(i);
                        }
                    }
                    return values.get(values.size() - 1);
                };
            }
        };
    }

    /**
     * The mean of the length-biased version of {@code d} is what someone already in service has
     * in total; for a lognormal the length-biased law is again lognormal with mu + sigma^2, which
     * lets a run that starts mid-stream draw realistic remaining lengths.
     */
    public static ContinuousSampler lengthBiased(Distribution d, UniformRandomProvider rng) {
        if (d instanceof Distribution.Lognormal l) {
            double sigma2 = Math.log1p((l.sd() * l.sd()) / (l.mean() * l.mean()));
            double mu = Math.log(l.mean()) - sigma2 / 2 + sigma2;
            return LogNormalSampler.of(ZigguratSampler.NormalizedGaussian.of(rng), mu, Math.sqrt(sigma2));
        }
        if (d instanceof Distribution.Exponential e) {
            // length-biased exponential is gamma(2, mean)
            return AhrensDieterMarsagliaTsangGammaSampler.of(rng, 2, e.mean());
        }
        if (d instanceof Distribution.Gamma g) {
            return AhrensDieterMarsagliaTsangGammaSampler.of(rng, g.shape() + 1, g.scale());
        }
        // Other families: no closed form; the plain law understates remaining lengths slightly.
        return of(d, rng);
    }
}
