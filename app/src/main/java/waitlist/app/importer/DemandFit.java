package waitlist.app.importer;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;

import waitlist.app.importer.FittedDemand.Interval;
import waitlist.scenarios.Demand;

/**
 * Fits the demand of a scenario to referral dates by maximum likelihood, for a Poisson process
 * per alliance whose intensity is constant within a day and log-linear:
 *
 * <pre>  log λ_a(d) = α_a + β·t(d) + γ_month(d)     (t in years from the as-of date)</pre>
 *
 * the same shape as the simulator's demand (annual volume × alliance share × compound growth ×
 * monthly seasonality with mean 1), so the fitted values go into the scenario unchanged. Growth
 * and seasonality are county-wide, because the scenario format has one of each. The daily counts
 * in the history are independent Poisson counts under this model, so the fit is a Poisson
 * regression ({@link PoissonRegression}).
 *
 * <p>Intervals: Wald intervals from the observed Fisher information, on the log scale for rates,
 * 1 + growth and multipliers (so they stay positive) and the logit scale for shares (so they stay
 * within 0 and 1); derived values (annual rates, shares, normalised multipliers) by the delta method.
 *
 * <p>Short histories: growth is fitted from a year of history, seasonality from two (each month
 * seen twice; with less, month effects and growth cannot be told apart); otherwise they are taken
 * from the base scenario as known offsets and the rest is fitted around them.
 */
final class DemandFit {

    /** Whether to fit a component or take it from the base scenario. */
    enum Choice { AUTO, FIT, BASE }

    static final int GROWTH_DAYS = 365;
    static final int SEASONALITY_DAYS = 730;
    static final double DAYS_A_YEAR = 365.25;
    private static final double Z = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.975);

    private DemandFit() {
    }

    /**
     * @param rows      referrals (only those referred in [from, to) count)
     * @param alliances alliance ids in scenario order
     * @param base      the base scenario's demand, for what is not fitted
     */
    static FittedDemand fit(List<ExtractRow> rows, LocalDate from, LocalDate to, List<String> alliances, Demand base,
                            Choice growthChoice, Choice seasonalityChoice) {
        int days = (int) ChronoUnit.DAYS.between(from, to);
        if (days < 28) {
            throw new IllegalArgumentException("the history runs " + days + " days (" + from + " to " + to.minusDays(1)
                    + "); fitting demand needs at least 28 days");
        }
        boolean fitGrowth = decide(growthChoice, days >= GROWTH_DAYS);
        boolean fitSeason = decide(seasonalityChoice, days >= SEASONALITY_DAYS);
        int[][] counts = new int[alliances.size()][days];
        int[] totals = new int[alliances.size()];
        for (ExtractRow r : rows) {
            int d = (int) ChronoUnit.DAYS.between(from, r.referral());
            if (d >= 0 && d < days) {
                int a = alliances.indexOf(r.alliance());
                counts[a][d]++;
                totals[a]++;
            }
        }
        List<Integer> fitted = new ArrayList<>(); // alliances with referrals; one with none has rate 0
        for (int a = 0; a < alliances.size(); a++) {
            if (totals[a] > 0) {
                fitted.add(a);
            }
        }
        if (fitted.isEmpty()) {
            throw new IllegalArgumentException("no referrals between " + from + " and " + to.minusDays(1) + " to fit demand to");
        }
        Model m = new Model(from, to, days, fitted, counts, base, fitGrowth, fitSeason);
        PoissonRegression.Fit poisson = m.fit(false);
        // Counts more scattered than Poisson (Pearson χ²/df above 1: referrals arriving in batches, or a
        // rate that wanders) would make the Poisson intervals too narrow; widen them by √φ (quasi-Poisson).
        // Below 1 they are kept: a Poisson process's own estimate scatters about 1.
        double phi = Math.max(1, poisson.dispersion());
        PoissonRegression.Fit fit = poisson.overdispersed(phi);

        double[] w = m.monthWeights(fit.beta());
        double c = m.seasonNormaliser(fit.beta());
        List<Interval> annual = new ArrayList<>();
        double[] rate = new double[alliances.size()];
        for (int a = 0; a < alliances.size(); a++) {
            int k = fitted.indexOf(a);
            if (k < 0) {
                // no referrals in the history: the exact upper 95 % bound of a Poisson mean with 0 events is -ln(0.025)
                annual.add(new Interval(0, 0, -Math.log(0.025) / (days / DAYS_A_YEAR)));
                continue;
            }
            double[] g = new double[fit.beta().length];
            g[k] = 1;
            m.addSeasonGradient(g, w, 1);
            rate[a] = DAYS_A_YEAR * Math.exp(fit.beta()[k] + c);
            annual.add(logInterval(rate[a], fit.variance(g)));
        }
        double total = Arrays.stream(rate).sum();
        double[] gTotal = new double[fit.beta().length];
        for (int k = 0; k < fitted.size(); k++) {
            gTotal[k] = rate[fitted.get(k)] / total;
        }
        m.addSeasonGradient(gTotal, w, 1);
        Interval county = logInterval(total, fit.variance(gTotal));
        List<Interval> shares = new ArrayList<>();
        for (int a = 0; a < alliances.size(); a++) {
            int k = fitted.indexOf(a);
            if (k < 0) {
                shares.add(new Interval(0, 0, annual.get(a).high() / (total + annual.get(a).high())));
                continue;
            }
            // on the logit scale, so the interval stays within 0 and 1: logit(share) = α_a − log Σ_{b≠a} exp(α_b)
            double share = rate[a] / total;
            double[] g = new double[fit.beta().length];
            for (int j = 0; j < fitted.size(); j++) {
                g[j] = j == k ? 1 : -rate[fitted.get(j)] / (total - rate[a]);
            }
            shares.add(fitted.size() == 1 ? Interval.exact(1) : logitInterval(share, fit.variance(g)));
        }
        Interval growth;
        if (fitGrowth) {
            int j = m.growthIndex();
            double se = fit.se(j);
            growth = new Interval(Math.expm1(fit.beta()[j]), Math.expm1(fit.beta()[j] - Z * se), Math.expm1(fit.beta()[j] + Z * se));
        } else {
            growth = Interval.exact(base.growthPerYear());
        }
        List<Interval> seasonality = null;
        if (fitSeason) {
            seasonality = new ArrayList<>();
            for (int month = 0; month < 12; month++) {
                double[] g = new double[fit.beta().length];
                if (month > 0) {
                    g[m.monthIndex(month)] = 1;
                }
                m.addSeasonGradient(g, w, -1);
                seasonality.add(logInterval(Math.exp(m.gamma(fit.beta(), month) - c), fit.variance(g)));
            }
        } else if (base.seasonality() != null) {
            double mean = base.seasonality().stream().mapToDouble(Double::doubleValue).average().orElse(1);
            seasonality = base.seasonality().stream().map(s -> Interval.exact(s / mean)).toList();
        }
        double growthP = Double.NaN;
        if (fitGrowth && fitted.size() > 1) {
            PoissonRegression.Fit each = m.fit(true);
            growthP = lrPValue((each.logLikelihood() - fit.logLikelihood()) / phi, fitted.size() - 1);
        }
        double seasonP = Double.NaN;
        if (fitSeason) {
            Model none = new Model(from, to, days, fitted, counts, new Demand(1, java.util.Map.of(), null, base.growthPerYear(), null),
                    fitGrowth, false);
            seasonP = lrPValue((fit.logLikelihood() - none.fit(false).logLikelihood()) / phi, 11);
        }
        List<Integer> referrals = Arrays.stream(totals).boxed().toList();
        return new FittedDemand(from, to, alliances, referrals, annual, county, shares, growth, fitGrowth, seasonality, fitSeason,
                growthP, seasonP, fit.dispersion());
    }

    private static boolean decide(Choice choice, boolean enoughHistory) {
        return switch (choice) {
            case FIT -> true;
            case BASE -> false;
            case AUTO -> enoughHistory;
        };
    }

    /** A positive value with a Wald interval on the log scale, from the variance of its log. */
    private static Interval logInterval(double value, double logVariance) {
        double half = Z * Math.sqrt(logVariance);
        return new Interval(value, value * Math.exp(-half), value * Math.exp(half));
    }

    /** A share with a Wald interval on the logit scale, from the variance of its logit. */
    private static Interval logitInterval(double share, double logitVariance) {
        double logit = Math.log(share / (1 - share));
        double half = Z * Math.sqrt(logitVariance);
        return new Interval(share, 1 / (1 + Math.exp(-(logit - half))), 1 / (1 + Math.exp(-(logit + half))));
    }

    /** P(χ²_df > 2·Δ) for a log-likelihood gain Δ of the larger model. */
    private static double lrPValue(double gain, int df) {
        return ChiSquaredDistribution.of(df).survivalProbability(Math.max(0, 2 * gain));
    }

    /**
     * The design of one regression: one row per (alliance with referrals, day); columns α per alliance,
     * then β (one, or one per alliance), then γ for February to December (January is 0).
     */
    private static final class Model {
        final int days;
        final List<Integer> fitted;
        final int[][] counts;
        final boolean fitGrowth;
        final boolean fitSeason;
        final double[] t;
        final int[] month;
        final double[] offset;

        Model(LocalDate from, LocalDate to, int days, List<Integer> fitted, int[][] counts, Demand base,
              boolean fitGrowth, boolean fitSeason) {
            this.days = days;
            this.fitted = fitted;
            this.counts = counts;
            this.fitGrowth = fitGrowth;
            this.fitSeason = fitSeason;
            this.t = new double[days];
            this.month = new int[days];
            this.offset = new double[days];
            double[] season = new double[12];
            Arrays.fill(season, 1);
            if (!fitSeason && base.seasonality() != null) {
                double mean = base.seasonality().stream().mapToDouble(Double::doubleValue).average().orElse(1);
                for (int m = 0; m < 12; m++) {
                    season[m] = base.seasonality().get(m) / mean;
                }
            }
            for (int d = 0; d < days; d++) {
                LocalDate date = from.plusDays(d);
                t[d] = ChronoUnit.DAYS.between(to, date) / DAYS_A_YEAR;
                month[d] = date.getMonthValue() - 1;
                offset[d] = Math.log(season[month[d]]) + (fitGrowth ? 0 : t[d] * Math.log1p(base.growthPerYear()));
            }
        }

        PoissonRegression.Fit fit(boolean growthPerAlliance) {
            int alliances = fitted.size();
            int growthColumns = fitGrowth ? (growthPerAlliance ? alliances : 1) : 0;
            int p = alliances + growthColumns + (fitSeason ? 11 : 0);
            int n = alliances * days;
            double[][] x = new double[n][p];
            double[] y = new double[n];
            double[] off = new double[n];
            double[] start = new double[p];
            for (int k = 0; k < alliances; k++) {
                int total = 0;
                for (int d = 0; d < days; d++) {
                    int i = k * days + d;
                    x[i][k] = 1;
                    if (fitGrowth) {
                        x[i][alliances + (growthPerAlliance ? k : 0)] = t[d];
                    }
                    if (fitSeason && month[d] > 0) {
                        x[i][alliances + growthColumns + month[d] - 1] = 1;
                    }
                    y[i] = counts[fitted.get(k)][d];
                    off[i] = offset[d];
                    total += counts[fitted.get(k)][d];
                }
                start[k] = Math.log((double) total / days);
            }
            return PoissonRegression.fit(x, y, off, start);
        }

        int growthIndex() {
            return fitted.size();
        }

        /** Column of γ for month 1..11 (February..December). */
        int monthIndex(int month) {
            return fitted.size() + (fitGrowth ? 1 : 0) + month - 1;
        }

        double gamma(double[] beta, int month) {
            return fitSeason && month > 0 ? beta[monthIndex(month)] : 0;
        }

        /** exp(γ_m) / Σ_k exp(γ_k): the derivative of log(mean exp γ) with respect to γ_m. */
        double[] monthWeights(double[] beta) {
            double[] w = new double[12];
            double sum = 0;
            for (int m = 0; m < 12; m++) {
                w[m] = Math.exp(gamma(beta, m));
                sum += w[m];
            }
            for (int m = 0; m < 12; m++) {
                w[m] /= sum;
            }
            return w;
        }

        /** log of the mean monthly factor: dividing the factors by it makes their mean 1, as the scenario format wants. */
        double seasonNormaliser(double[] beta) {
            double sum = 0;
            for (int m = 0; m < 12; m++) {
                sum += Math.exp(gamma(beta, m));
            }
            return Math.log(sum / 12);
        }

        /** Adds sign × ∂c/∂γ to a gradient (c = the normaliser). */
        void addSeasonGradient(double[] g, double[] w, int sign) {
            if (!fitSeason) {
                return;
            }
            for (int m = 1; m < 12; m++) {
                g[monthIndex(m)] += sign * w[m];
            }
        }
    }
}
