package waitlist.simulator.random;

import java.util.List;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.ExponentialDistribution;
import org.apache.commons.statistics.distribution.GammaDistribution;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.apache.commons.statistics.distribution.TriangularDistribution;
import org.apache.commons.statistics.distribution.UniformContinuousDistribution;

import waitlist.scenarios.Distribution;

/**
 * How much longer something lasts that has already lasted {@code elapsed}: a draw of
 * {@code X − elapsed} from the law of X given {@code X > elapsed}. Someone met in the middle of an
 * intervention (or of triage) has a known start; their remaining time comes from this conditional
 * law, not from the whole length again.
 *
 * <p>Continuous families invert the survival function: with u uniform on (0, 1],
 * X = S⁻¹(u · S(elapsed)), computed with Commons Statistics (accurate far in the tail, where
 * 1 − F would round to 0). An empirical law keeps its values above {@code elapsed}, in proportion
 * to their weights. When nothing is left above {@code elapsed} (a fixed or bounded length already
 * passed), the remainder is 0: it ends at once.
 */
public final class Remaining {

    private final Distribution law;
    private final ContinuousDistribution continuous;

    public Remaining(Distribution law) {
        this.law = law;
        this.continuous = switch (law) {
            case Distribution.Exponential e -> ExponentialDistribution.of(e.mean());
            case Distribution.Lognormal l -> {
                // the scenario gives the variable's own mean and sd (see Samplers)
                double sigma2 = Math.log1p((l.sd() * l.sd()) / (l.mean() * l.mean()));
                yield LogNormalDistribution.of(Math.log(l.mean()) - sigma2 / 2, Math.sqrt(sigma2));
            }
            case Distribution.Gamma g -> GammaDistribution.of(g.shape(), g.scale());
            case Distribution.Triangular t -> t.min() == t.max() ? null : TriangularDistribution.of(t.min(), t.mode(), t.max());
            case Distribution.Uniform u -> u.min() == u.max() ? null : UniformContinuousDistribution.of(u.min(), u.max());
            case Distribution.Fixed f -> null;
            case Distribution.Empirical e -> null;
        };
    }

    /** The probability that X exceeds {@code elapsed}. */
    public double survival(double elapsed) {
        if (continuous != null) {
            return continuous.survivalProbability(elapsed);
        }
        return switch (law) {
            case Distribution.Fixed f -> f.value() > elapsed ? 1 : 0;
            case Distribution.Triangular t -> t.min() > elapsed ? 1 : 0;
            case Distribution.Uniform u -> u.min() > elapsed ? 1 : 0;
            case Distribution.Empirical e -> weightAbove(e, elapsed) / weightAbove(e, Double.NEGATIVE_INFINITY);
            default -> throw new IllegalStateException("continuous law " + law);
        };
    }

    /** A draw of X − elapsed given X > elapsed; 0 when X cannot exceed {@code elapsed}. */
    public double sample(double elapsed, UniformRandomProvider rng) {
        double u = 1 - rng.nextDouble(); // (0, 1]
        if (continuous != null) {
            double s = continuous.survivalProbability(elapsed);
            if (!(s > 0)) {
                return 0;
            }
            return Math.max(0, continuous.inverseSurvivalProbability(u * s) - elapsed);
        }
        return switch (law) {
            case Distribution.Fixed f -> Math.max(0, f.value() - elapsed);
            case Distribution.Triangular t -> Math.max(0, t.min() - elapsed);
            case Distribution.Uniform un -> Math.max(0, un.min() - elapsed);
            case Distribution.Empirical e -> empirical(e, elapsed, u);
            default -> throw new IllegalStateException("continuous law " + law);
        };
    }

    private static double empirical(Distribution.Empirical e, double elapsed, double u) {
        double above = weightAbove(e, elapsed);
        if (!(above > 0)) {
            return 0;
        }
        double target = u * above;
        double cumulative = 0;
        List<Double> values = e.values();
        double last = 0;
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) > elapsed) {
                cumulative += weight(e, i);
                last = values.get(i);
                if (cumulative >= target) {
                    return values.get(i) - elapsed;
                }
            }
        }
        return last - elapsed; // rounding in the cumulative sum
    }

    private static double weightAbove(Distribution.Empirical e, double elapsed) {
        double total = 0;
        for (int i = 0; i < e.values().size(); i++) {
            if (e.values().get(i) > elapsed) {
                total += weight(e, i);
            }
        }
        return total;
    }

    private static double weight(Distribution.Empirical e, int i) {
        return e.weights() == null ? 1 : e.weights().get(i);
    }
}
