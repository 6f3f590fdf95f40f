package waitlist.app.importer;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * Maximum likelihood for counts y_i ~ Poisson(μ_i) with a log-linear mean
 * log μ_i = offset_i + x_i·β: Newton's method on the log-likelihood, which is concave in β, with
 * the linear algebra (Cholesky solve and inverse) from Commons Math. At the maximum, the observed
 * Fisher information is X' diag(μ) X (for this canonical link it equals the expected one); its
 * inverse is the estimates' covariance matrix, from which Wald intervals follow.
 */
final class PoissonRegression {

    /** The estimates, their covariance, the maximised log-likelihood (without the constant −Σ log y!) and the iterations used. */
    record Fit(double[] beta, RealMatrix covariance, double logLikelihood, double pearsonChiSquare, int observations, int iterations) {

        double se(int j) {
            return Math.sqrt(covariance.getEntry(j, j));
        }

        /** Variance of g·β for a gradient g (the delta method for a smooth function of β). */
        double variance(double[] gradient) {
            RealVector g = new ArrayRealVector(gradient, false);
            return covariance.operate(g).dotProduct(g);
        }

        /** Pearson χ² per degree of freedom: about 1 when the counts are Poisson, above 1 when over-dispersed. */
        double dispersion() {
            return pearsonChiSquare / Math.max(1, observations - beta.length);
        }

        /**
         * The same fit with its covariance multiplied by {@code phi}: the quasi-Poisson correction for
         * counts more scattered than a Poisson process (the estimates are unchanged, their variance is
         * phi times the Poisson one).
         */
        Fit overdispersed(double phi) {
            return new Fit(beta, covariance.scalarMultiply(phi), logLikelihood, pearsonChiSquare, observations, iterations);
        }
    }

    static final int MAX_ITERATIONS = 100;

    private PoissonRegression() {
    }

    /**
     * @param x      design matrix, one row per observation
     * @param y      counts
     * @param offset known part of log μ (0 where none)
     * @param start  starting estimates
     * @throws IllegalArgumentException if the maximum is not found (e.g. a parameter runs off to −∞ because
     *                                  its observations are all zero)
     */
    static Fit fit(double[][] x, double[] y, double[] offset, double[] start) {
        int n = y.length;
        int p = start.length;
        double[] beta = start.clone();
        double ll = logLikelihood(x, y, offset, beta);
        for (int iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
            double[] mu = means(x, offset, beta);
            double[] gradient = new double[p];
            double[][] information = new double[p][p];
            for (int i = 0; i < n; i++) {
                double r = y[i] - mu[i];
                for (int j = 0; j < p; j++) {
                    if (x[i][j] == 0) {
                        continue;
                    }
                    gradient[j] += x[i][j] * r;
                    double w = mu[i] * x[i][j];
                    for (int k = 0; k <= j; k++) {
                        information[j][k] += w * x[i][k];
                    }
                }
            }
            symmetrise(information);
            double[] step = solver(information).solve(new ArrayRealVector(gradient, false)).toArray();
            // step-halving keeps every step uphill; the log-likelihood is concave, so a full step usually is
            double scale = 1;
            double[] next = new double[p];
            double nextLl;
            while (true) {
                for (int j = 0; j < p; j++) {
                    next[j] = beta[j] + scale * step[j];
                }
                nextLl = logLikelihood(x, y, offset, next);
                if (nextLl >= ll - 1e-9 * Math.abs(ll) || scale < 1e-6) {
                    break;
                }
                scale /= 2;
            }
            double largest = 0;
            for (int j = 0; j < p; j++) {
                largest = Math.max(largest, Math.abs(next[j] - beta[j]));
            }
            beta = next.clone();
            ll = nextLl;
            if (largest < 1e-10) {
                return finish(x, y, offset, beta, ll, iteration);
            }
        }
        throw new IllegalArgumentException("the fit did not settle in " + MAX_ITERATIONS
                + " steps (a month or alliance with no referrals has no finite rate)");
    }

    private static Fit finish(double[][] x, double[] y, double[] offset, double[] beta, double ll, int iterations) {
        int p = beta.length;
        double[] mu = means(x, offset, beta);
        double[][] information = new double[p][p];
        double pearson = 0;
        for (int i = 0; i < y.length; i++) {
            pearson += (y[i] - mu[i]) * (y[i] - mu[i]) / mu[i];
            for (int j = 0; j < p; j++) {
                for (int k = 0; k <= j; k++) {
                    information[j][k] += mu[i] * x[i][j] * x[i][k];
                }
            }
        }
        symmetrise(information);
        RealMatrix covariance = solver(information).getInverse();
        return new Fit(beta, covariance, ll, pearson, y.length, iterations);
    }

    private static DecompositionSolver solver(double[][] information) {
        try {
            return new CholeskyDecomposition(new Array2DRowRealMatrix(information, false)).getSolver();
        } catch (NonPositiveDefiniteMatrixException e) {
            throw new IllegalArgumentException("the history cannot tell these values apart (a month, alliance or trend with "
                    + "too few referrals to estimate it from)", e);
        }
    }

    private static void symmetrise(double[][] lower) {
        for (int j = 0; j < lower.length; j++) {
            for (int k = 0; k < j; k++) {
                lower[k][j] = lower[j][k];
            }
        }
    }

    private static double[] means(double[][] x, double[] offset, double[] beta) {
        double[] mu = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double eta = offset[i];
            for (int j = 0; j < beta.length; j++) {
                eta += x[i][j] * beta[j];
            }
            mu[i] = Math.exp(eta);
        }
        return mu;
    }

    /** Σ (y log μ − μ), the log-likelihood up to the constant −Σ log y!. */
    static double logLikelihood(double[][] x, double[] y, double[] offset, double[] beta) {
        double[] mu = means(x, offset, beta);
        double ll = 0;
        for (int i = 0; i < y.length; i++) {
            ll += (y[i] > 0 ? y[i] * Math.log(mu[i]) : 0) - mu[i];
        }
        return ll;
    }
}
