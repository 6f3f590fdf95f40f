package waitlist.app.calibrate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.statistics.descriptive.Quantile;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * The fit. The objective is a weighted sum of squared standardised differences between the observed series and the mean
 * of the simulated one:
 * <pre>  F(θ) = Σ_measures w_m / Σw · mean over the measure's rows of ((observed − simulated mean(θ)) / s_m)²</pre>
 * where s_m is the measure's replication-to-replication spread at the starting values (root mean square over its rows
 * of the standard deviation across replications, at least {@link Measures#floor}): a difference counts by how unusual it
 * would be for one replication, in each measure's own unit. Scales stay fixed during the search so the objective does not
 * move under the optimiser. Every candidate runs on the same replications (common random numbers), so F is a
 * deterministic function of θ.
 *
 * <p>Search: one value by a grid of 7 points over its range, then Brent's method (golden section with parabolic steps)
 * around the best of them; two or more by Powell's BOBYQA within the bounds (2n + 1 interpolation points, trust region
 * from a fifth of each range down to a thousandth). Both from Commons Math, both derivative-free. Values are rounded to a
 * thousandth of their range.
 *
 * <p>Interval: a linearised parametric bootstrap. If the observed series were one more replication at the fitted values,
 * the estimate would move by (JᵀWJ)⁻¹JᵀW(y − μ̂), J the slope of the simulated means in each value (central
 * differences over a twentieth of the range, on the same replications), W the objective's weights. Each replication
 * gives one such y; the spread of the moves over the replications, times (1 + 1/R) for the simulated mean's own error, is
 * the estimate's variance, and the 95 % interval is the value ± 1.96 of its standard deviation. Correlation between
 * weeks and between measures is in the replications, so it is counted, not assumed away.
 *
 * <p>Goodness of fit: for each observed value z = (observed − simulated mean) / (standard deviation across replications),
 * and the root mean square of z per measure and overall: about 1 when the observed series looks like one more
 * replication. <b>Poor fit</b>: overall above 2, i.e. the history sits on average more than two replication standard
 * deviations from the model. Also the share of observed values inside the replications' central 95 % range.
 */
final class Calibration {

    static final double POOR_FIT = 2;
    static final double ON_BOUND = 0.02;
    private static final int GRID = 7;
    private static final double STEP = 0.05;
    private static final Quantile QUANTILE = Quantile.withDefaults();

    record Fitted(FitParameter parameter, double start, double value, double low, double high, boolean identified, boolean onBound) {
    }

    record Compared(Series.Row row, double simulated, double low, double high, double rangeLow, double rangeHigh, double z) {
    }

    record MeasureFit(String measure, double weight, int rows, double scale, double rmsZ) {
    }

    record Result(List<Fitted> fitted, List<Compared> compared, List<MeasureFit> measures, double rmsZ, double inRange,
                  double objectiveStart, double objectiveFitted, int evaluations, int replications) {

        boolean poor() {
            return rmsZ > POOR_FIT;
        }
    }

    private final Evaluator evaluator;
    private final List<FitParameter> parameters;
    private final Series series;
    private final Map<String, Double> weights;
    private final int maxEvaluations;
    private final Consumer<String> progress;
    private double[] rowWeight;
    private double best = Double.POSITIVE_INFINITY;
    private String bestText = "";
    private double[] bestUnitSeen;

    Calibration(Evaluator evaluator, List<FitParameter> parameters, Series series, Map<String, Double> weights, int maxEvaluations,
                Consumer<String> progress) {
        this.evaluator = evaluator;
        this.parameters = parameters;
        this.series = series;
        this.weights = weights;
        this.maxEvaluations = maxEvaluations;
        this.progress = progress;
    }

    Result fit(double[] startValues) {
        int p = parameters.size();
        double[] startUnit = new double[p];
        for (int k = 0; k < p; k++) {
            startUnit[k] = parameters.get(k).toUnit(startValues[k]);
        }
        Evaluator.Run start = evaluator.run(values(startUnit));
        rowWeight = weights(start);
        double objectiveStart = objective(start);
        double[] fittedUnit = p == 1 ? line(startUnit[0]) : box(startUnit);
        double[] fittedValues = values(fittedUnit);
        Evaluator.Run fit = evaluator.run(fittedValues);
        List<Fitted> fitted = interval(fittedUnit, fit, startValues);
        List<Compared> compared = compare(fit);
        return new Result(fitted, compared, measures(compared, start), rms(compared.stream().mapToDouble(Compared::z).toArray()),
                inRange(compared), objectiveStart, objective(fit), evaluator.evaluations(), evaluator.replications());
    }

    // ---- objective ----

    /** Each row's weight: its measure's share of the total weight, spread over the measure's rows, over the scale squared. */
    private double[] weights(Evaluator.Run start) {
        Map<String, Double> scale = scales(start);
        Map<String, Integer> count = new LinkedHashMap<>();
        for (Series.Row r : series.rows) {
            count.merge(r.observed().measure(), 1, Integer::sum);
        }
        double total = count.keySet().stream().mapToDouble(weights::get).sum();
        double[] w = new double[series.rows.size()];
        for (int i = 0; i < w.length; i++) {
            String m = series.rows.get(i).observed().measure();
            w[i] = weights.get(m) / total / count.get(m) / (scale.get(m) * scale.get(m));
        }
        return w;
    }

    /** Root mean square over a measure's rows of the spread across replications, at least the measure's floor. */
    private Map<String, Double> scales(Evaluator.Run run) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (int i = 0; i < series.rows.size(); i++) {
            double sd = run.sd()[i];
            double[] s = sums.computeIfAbsent(series.rows.get(i).observed().measure(), m -> new double[2]);
            if (!Double.isNaN(sd)) {
                s[0] += sd * sd;
                s[1]++;
            }
        }
        Map<String, Double> scale = new LinkedHashMap<>();
        sums.forEach((m, s) -> scale.put(m, Math.max(Measures.floor(m), s[1] == 0 ? 0 : Math.sqrt(s[0] / s[1]))));
        return scale;
    }

    private double objective(Evaluator.Run run) {
        double f = 0;
        for (int i = 0; i < rowWeight.length; i++) {
            double d = series.rows.get(i).observed().value() - run.mean()[i];
            // a period the model measured nothing in (no first assessments) while history did: as far off as can be told
            f += rowWeight[i] * (Double.isNaN(d) ? 100 : d * d);
        }
        return f;
    }

    private double objectiveAt(double[] unit) {
        double[] v = values(unit);
        double f = objective(evaluator.run(v));
        if (f < best) {
            best = f;
            bestUnitSeen = unit.clone();
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < v.length; k++) {
                text.append(k == 0 ? "" : ", ").append(parameters.get(k).shortName()).append(' ').append(parameters.get(k).format(v[k]));
            }
            bestText = text.toString();
        }
        progress.accept("evaluation " + evaluator.evaluations() + String.format(java.util.Locale.ROOT, ", best objective %.3g at ", best) + bestText);
        return f;
    }

    /** Unit-range coordinates to values, rounded to a thousandth of each range. */
    private double[] values(double[] unit) {
        double[] v = new double[unit.length];
        for (int k = 0; k < v.length; k++) {
            FitParameter p = parameters.get(k);
            v[k] = p.round(p.toValue(Math.min(1, Math.max(0, unit[k]))));
        }
        return v;
    }

    // ---- search ----

    /** One value: a grid over the range, then Brent's method around the best grid point. The best candidate seen. */
    private double[] line(double start) {
        objectiveAt(new double[] {start});
        for (int g = 0; g < GRID; g++) {
            objectiveAt(new double[] {g / (GRID - 1.0)});
        }
        double around = bestUnitSeen[0];
        double lo = Math.max(0, around - 1.0 / (GRID - 1));
        double hi = Math.min(1, around + 1.0 / (GRID - 1));
        try {
            new BrentOptimizer(1e-3, 1e-3).optimize(new MaxEval(Math.max(3, maxEvaluations - evaluator.evaluations())), GoalType.MINIMIZE,
                    new UnivariateObjectiveFunction(x -> objectiveAt(new double[] {x})), new SearchInterval(lo, hi, around));
        } catch (TooManyEvaluationsException e) {
            // the budget is spent: the best seen stands
        }
        return bestUnitSeen.clone();
    }

    /** Two or more values: BOBYQA within the unit box from the start. The best candidate seen. */
    private double[] box(double[] start) {
        int n = start.length;
        double[] lower = new double[n];
        double[] upper = new double[n];
        Arrays.fill(upper, 1);
        double[] inside = start.clone();
        for (int k = 0; k < n; k++) {
            inside[k] = Math.min(1, Math.max(0, inside[k]));
        }
        try {
            new BOBYQAOptimizer(2 * n + 1, 0.2, 1e-3).optimize(new MaxEval(Math.max(2 * n + 3, maxEvaluations)),
                    new ObjectiveFunction(this::objectiveAt), GoalType.MINIMIZE, new InitialGuess(inside),
                    new SimpleBounds(lower, upper));
        } catch (TooManyEvaluationsException e) {
            // the budget is spent: the best seen stands
        }
        return bestUnitSeen.clone();
    }

    // ---- interval ----

    private List<Fitted> interval(double[] unit, Evaluator.Run fit, double[] startValues) {
        int p = parameters.size();
        int rows = series.rows.size();
        double[][] slope = new double[rows][p];
        for (int k = 0; k < p; k++) {
            double[] up = unit.clone();
            double[] down = unit.clone();
            up[k] = Math.min(1, unit[k] + STEP);
            down[k] = Math.max(0, unit[k] - STEP);
            double[] vu = values(up);
            double[] vd = values(down);
            Evaluator.Run ru = evaluator.run(vu);
            Evaluator.Run rd = evaluator.run(vd);
            for (int i = 0; i < rows; i++) {
                double d = (ru.mean()[i] - rd.mean()[i]) / (vu[k] - vd[k]);
                slope[i][k] = Double.isFinite(d) ? d : 0;
            }
        }
        RealMatrix j = new Array2DRowRealMatrix(slope, false);
        RealMatrix jtw = j.transpose().copy();
        for (int k = 0; k < p; k++) {
            for (int i = 0; i < rows; i++) {
                jtw.multiplyEntry(k, i, rowWeight[i]);
            }
        }
        SingularValueDecomposition svd = new SingularValueDecomposition(jtw.multiply(j));
        boolean identified = svd.getRank() == p && svd.getSingularValues()[p - 1] > 1e-12 * svd.getSingularValues()[0];
        RealMatrix inverse = svd.getSolver().getInverse();
        int reps = fit.byReplication().length;
        double[][] moves = new double[reps][];
        for (int r = 0; r < reps; r++) {
            double[] residual = new double[rows];
            for (int i = 0; i < rows; i++) {
                double d = fit.byReplication()[r][i] - fit.mean()[i];
                residual[i] = Double.isFinite(d) ? d : 0;
            }
            moves[r] = inverse.operate(jtw.operate(residual));
        }
        List<Fitted> out = new ArrayList<>();
        for (int k = 0; k < p; k++) {
            FitParameter param = parameters.get(k);
            double ss = 0;
            for (double[] m : moves) {
                ss += m[k] * m[k];
            }
            double sd = Math.sqrt(ss / (reps - 1) * (1 + 1.0 / reps));
            double value = fit.values()[k];
            boolean ok = identified && sd < (param.max() - param.min());
            double low = ok ? value - 1.96 * sd : Double.NaN;
            double high = ok ? value + 1.96 * sd : Double.NaN;
            boolean onBound = unit[k] <= ON_BOUND || unit[k] >= 1 - ON_BOUND;
            out.add(new Fitted(param, startValues[k], value, low, high, ok, onBound));
        }
        return out;
    }

    // ---- goodness of fit ----

    private List<Compared> compare(Evaluator.Run fit) {
        List<Compared> out = new ArrayList<>();
        for (int i = 0; i < series.rows.size(); i++) {
            Series.Row row = series.rows.get(i);
            int at = i;
            double[] values = Arrays.stream(fit.byReplication()).mapToDouble(r -> r[at]).filter(v -> !Double.isNaN(v)).toArray();
            double mean = fit.mean()[i];
            double sd = fit.sd()[i];
            int n = values.length;
            double half = n < 2 ? Double.NaN : TDistribution.of(n - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(n);
            double spread = Math.max(Measures.floor(row.observed().measure()), Double.isNaN(sd) ? 0 : sd);
            double z = Double.isNaN(mean) ? Double.NaN : (row.observed().value() - mean) / spread;
            double lo = n == 0 ? Double.NaN : QUANTILE.evaluate(values, 0.025);
            double hi = n == 0 ? Double.NaN : QUANTILE.evaluate(values, 0.975);
            out.add(new Compared(row, mean, mean - half, mean + half, lo, hi, z));
        }
        return out;
    }

    private List<MeasureFit> measures(List<Compared> compared, Evaluator.Run start) {
        Map<String, Double> scale = scales(start);
        List<MeasureFit> out = new ArrayList<>();
        for (String m : weights.keySet()) {
            double[] z = compared.stream().filter(c -> c.row().observed().measure().equals(m)).mapToDouble(Compared::z).toArray();
            if (z.length > 0) {
                out.add(new MeasureFit(m, weights.get(m), z.length, scale.getOrDefault(m, Double.NaN), rms(z)));
            }
        }
        return out;
    }

    private static double rms(double[] z) {
        double ss = 0;
        int n = 0;
        for (double v : z) {
            if (!Double.isNaN(v)) {
                ss += v * v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : Math.sqrt(ss / n);
    }

    private static double inRange(List<Compared> compared) {
        long inside = compared.stream().filter(c -> c.row().observed().value() >= c.rangeLow() && c.row().observed().value() <= c.rangeHigh()).count();
        return compared.isEmpty() ? Double.NaN : (double) inside / compared.size();
    }
}
