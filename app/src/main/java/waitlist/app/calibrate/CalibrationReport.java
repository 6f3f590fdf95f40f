package waitlist.app.calibrate;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;

import waitlist.app.output.SpreadsheetCsv;

/** What calibrate prints and writes: the fitted values with intervals, the fit, observed against simulated. */
final class CalibrationReport {

    private CalibrationReport() {
    }

    static String text(Calibration.Result r, String observedName, String statistic, Series series, List<String> ignored, String areas) {
        StringWriter s = new StringWriter();
        PrintWriter out = new PrintWriter(s);
        out.printf(Locale.ROOT, "matched %d observed values of %s (%s, %s to %s)%s%s%n", series.rows.size(), observedName, areas,
                series.from, series.to, series.unmatched > 0 ? "; " + series.unmatched + " outside the run's weeks and periods left out" : "",
                statistic.equals("mean") ? "; read the 'mean' rows of a simulated series as observed" : "");
        if (!ignored.isEmpty()) {
            out.println("not matched: " + String.join(", ", ignored) + " (not chosen, or not reported by the simulator)");
        }
        out.printf(Locale.ROOT, "%d candidates on the same %d replications (common random numbers); objective %.3g at the start, %.3g fitted%n",
                r.evaluations(), r.replications(), r.objectiveStart(), r.objectiveFitted());
        out.println();
        out.println("fitted (95% interval: linearised parametric bootstrap over the replications)");
        int width = r.fitted().stream().mapToInt(f -> f.parameter().pointer().length()).max().orElse(10);
        for (Calibration.Fitted f : r.fitted()) {
            FitParameter p = f.parameter();
            String interval = f.identified() ? "(" + p.format(f.low()) + "\u2013" + p.format(f.high()) + ")" : "(not identified by these measures)";
            out.printf(Locale.ROOT, "  %-" + width + "s  %s %s   range %s..%s, was %s%n", p.pointer(), p.format(f.value()), interval,
                    FitParameter.plain(p.min()), FitParameter.plain(p.max()), p.format(f.start()));
            if (f.onBound()) {
                out.printf(Locale.ROOT, "  warning: %s sits on its %s bound (%s): the best fit may lie beyond it; widen the range or question the model%n",
                        p.shortName(), f.value() - p.min() < p.max() - f.value() ? "lower" : "upper",
                        p.format(f.value() - p.min() < p.max() - f.value() ? p.min() : p.max()));
            }
            if (f.identified() && (f.low() < p.min() || f.high() > p.max())) {
                out.printf(Locale.ROOT, "  note: %s's interval reaches past its range: the data hardly pin it there%n", p.shortName());
            }
        }
        out.println();
        out.printf(Locale.ROOT, "goodness of fit: root mean square z %.2f (z = (observed - simulated mean) / replication sd; about 1 when history "
                + "looks like one more replication; poor above %.0f); %.0f%% of observed values inside the replications' central 95%% range%n",
                r.rmsZ(), Calibration.POOR_FIT, 100 * r.inRange());
        for (Calibration.MeasureFit m : r.measures()) {
            out.printf(Locale.ROOT, "  %-24s weight %-5s %3d values  rms z %.2f%n", m.measure(), FitParameter.plain(m.weight()), m.rows(), m.rmsZ());
        }
        if (r.poor()) {
            out.printf(Locale.ROOT, "POOR FIT: history sits on average %.1f replication standard deviations from the model (rule: above %.0f). "
                    + "The fitted values are the least bad, not a good description; look at the rows below for where it goes wrong.%n",
                    r.rmsZ(), Calibration.POOR_FIT);
        }
        out.println();
        out.println("observed against simulated (mean and its 95% CI at the fitted values), by period");
        out.printf(Locale.ROOT, "  %-12s %-12s %-22s %10s %26s %7s%n", "period", "area", "measure", "observed", "simulated (95% CI)", "z");
        for (Calibration.Compared c : r.compared()) {
            if (c.row().observed().week()) {
                continue;
            }
            Observation o = c.row().observed();
            out.printf(Locale.ROOT, "  %-12s %-12s %-22s %10s %26s %7s%n", o.period(), o.area(), o.metric(), num(o.value()),
                    num(c.simulated()) + " (" + num(c.low()) + "\u2013" + num(c.high()) + ")", Double.isNaN(c.z()) ? "-" : String.format(Locale.ROOT, "%+.1f", c.z()));
        }
        List<Calibration.Compared> weeks = r.compared().stream().filter(c -> c.row().observed().week()).toList();
        if (!weeks.isEmpty()) {
            out.println("weekly values (every fourth week; all of them with --csv)");
            List<java.time.LocalDate> ends = weeks.stream().map(c -> c.row().observed().end()).distinct().sorted().toList();
            for (int i = 0; i < ends.size(); i += 4) {
                java.time.LocalDate end = ends.get(i);
                for (Calibration.Compared c : weeks) {
                    Observation o = c.row().observed();
                    if (o.end().equals(end)) {
                        out.printf(Locale.ROOT, "  %-12s %-12s %-22s %10s %26s %7s%n", "to " + o.end(), o.area(), o.measure(), num(o.value()),
                                num(c.simulated()) + " (" + num(c.low()) + "\u2013" + num(c.high()) + ")",
                                Double.isNaN(c.z()) ? "-" : String.format(Locale.ROOT, "%+.1f", c.z()));
                    }
                }
            }
        }
        out.flush();
        return s.toString();
    }

    static String csv(Calibration.Result r) {
        StringBuilder b = new StringBuilder();
        SpreadsheetCsv csv = new SpreadsheetCsv(b, v -> String.format(Locale.ROOT, "%.6g", v));
        csv.row("granularity", "period", "start", "end", "area", "metric", "observed", "simulated", "ci_low", "ci_high",
                "replications_p2_5", "replications_p97_5", "z");
        for (Calibration.Compared c : r.compared()) {
            Observation o = c.row().observed();
            csv.row(o.week() ? "week" : "period", o.period(), o.start().toString(), o.end().toString(), o.area(), o.metric(), o.value(),
                    c.simulated(), c.low(), c.high(), c.rangeLow(), c.rangeHigh(), c.z());
        }
        return b.toString();
    }

    private static String num(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        return Math.abs(v) < 1 && v != 0 ? String.format(Locale.ROOT, "%.3f", v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
