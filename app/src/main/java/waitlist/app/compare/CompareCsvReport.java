package waitlist.app.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import waitlist.app.output.SpreadsheetCsv;
import waitlist.simulator.compare.ComparisonResult;
import waitlist.simulator.results.TargetVerdict;
import waitlist.simulator.stats.Estimate;

/**
 * Tidy CSV: {@code kind,arm,versus,period,start,end,area,metric,statistic,value}. Kind "difference" (arm minus versus):
 * statistics difference, ci_low, ci_high, n, then p_better, p_better_ci_low, p_better_ci_high where a metric has a better
 * direction; a stage network's stages add whole-horizon difference rows with metric "STAGE/metric". Kind "verdict": each
 * arm's class and chance of holding per period and area (versus empty).
 */
final class CompareCsvReport {

    private static final List<String> MEAN = List.of("mean", "ci_low", "ci_high", "n");
    private static final List<String> DIFFERENCE = List.of("difference", "ci_low", "ci_high", "n");
    private static final List<String> BETTER = List.of("p_better", "p_better_ci_low", "p_better_ci_high");

    private CompareCsvReport() {
    }

    static String render(ComparisonResult r) {
        StringBuilder sb = new StringBuilder();
        SpreadsheetCsv csv = new SpreadsheetCsv(sb, v -> String.format(Locale.ROOT, "%.6g", v));
        csv.row("kind", "arm", "versus", "period", "start", "end", "area", "metric", "statistic", "value");
        for (int k = 0; k < r.arms().size(); k++) {
            String arm = r.labels().get(k);
            for (TargetVerdict.PeriodVerdict p : r.arms().get(k).verdict().periods()) {
                for (TargetVerdict.AreaVerdict a : p.areas()) {
                    List<Object> at = List.of("verdict", arm, "", p.period(), p.start().toString(), p.end().toString(), a.area());
                    csv.row(with(at, "status", "class", a.status().key()));
                    rows(csv, with(at, "pHolds"), a.pHolds(), MEAN);
                }
            }
        }
        for (ComparisonResult.ArmDifference d : r.differences()) {
            for (ComparisonResult.PeriodDifference p : d.periods()) {
                for (var area : p.areas().entrySet()) {
                    for (var metric : area.getValue().entrySet()) {
                        List<Object> at = List.of("difference", d.arm(), d.versus(), p.period(), p.start().toString(), p.end().toString(),
                                area.getKey(), metric.getKey());
                        rows(csv, at, metric.getValue().difference(), DIFFERENCE);
                        if (metric.getValue().pBetter() != null) {
                            rows(csv, at, metric.getValue().pBetter(), BETTER);
                        }
                    }
                }
            }
            // a stage network's stages over the whole horizon, metric "STAGE/metric" as in simulate's CSV
            ComparisonResult.PeriodDifference whole = d.periods().isEmpty() ? null : d.periods().getLast();
            for (ComparisonResult.StageDifference s : whole == null ? List.<ComparisonResult.StageDifference>of() : d.stages()) {
                for (var area : s.areas().entrySet()) {
                    for (var metric : area.getValue().entrySet()) {
                        List<Object> at = List.of("difference", d.arm(), d.versus(), whole.period(), whole.start().toString(),
                                whole.end().toString(), area.getKey(), s.stage() + "/" + metric.getKey());
                        rows(csv, at, metric.getValue().difference(), DIFFERENCE);
                        if (metric.getValue().pBetter() != null) {
                            rows(csv, at, metric.getValue().pBetter(), BETTER);
                        }
                    }
                }
            }
        }
        return sb.toString();
    }

    /** One row per statistic: the estimate's mean, low, high and (if named) n. */
    private static void rows(SpreadsheetCsv csv, List<Object> at, Estimate e, List<String> names) {
        Object[] values = {e.mean(), e.low(), e.high(), e.n()};
        for (int i = 0; i < names.size(); i++) {
            csv.row(with(at, names.get(i), values[i]));
        }
    }

    private static List<Object> with(List<Object> head, Object... tail) {
        List<Object> row = new ArrayList<>(head);
        row.addAll(Arrays.asList(tail));
        return row;
    }
}
