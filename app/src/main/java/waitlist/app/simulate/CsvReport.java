package waitlist.app.simulate;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import waitlist.simulator.results.SimulationResult;
import waitlist.simulator.results.StageResult;
import waitlist.simulator.results.TargetVerdict;
import waitlist.simulator.stats.Estimate;

/**
 * Tidy CSV for spreadsheets: one row per (granularity, period, area, metric, statistic), where
 * granularity is period, horizon or week, and statistic is mean, ci_low, ci_high or n. A stage
 * network's figures are period and horizon rows whose metric is "STAGE/metric" (e.g.
 * "reablement/occupancy"). Empty value: nothing to measure in that cell.
 */
final class CsvReport {

    private CsvReport() {
    }

    static String render(SimulationResult r) {
        StringBuilder sb = new StringBuilder("granularity,period,start,end,area,metric,statistic,value\n");
        for (SimulationResult.PeriodResult p : r.periods()) {
            rows(sb, p.wholeHorizon() ? "horizon" : "period", p.label(), p.start().toString(), p.end().toString(), p.areas());
        }
        for (StageResult st : r.stages()) {
            for (StageResult.StagePeriod p : st.periods()) {
                rows(sb, p.wholeHorizon() ? "horizon" : "period", p.label(), p.start().toString(), p.end().toString(),
                        prefixed(st.stage() + "/", p.areas()));
            }
        }
        for (SimulationResult.WeekResult w : r.weeks()) {
            rows(sb, "week", "week of " + w.start(), w.start().toString(), w.start().plusWeeks(1).toString(), w.areas());
        }
        verdict(sb, r, r.periods().get(r.periods().size() - 1));
        return sb.toString();
    }

    /**
     * The verdict in the same tidy shape: granularity "verdict", metric "status" (statistic "class", value likely-to-hold,
     * at-risk or likely-to-miss), "pHolds" and "attainment" per period and area; then "pAllHold" per area over the whole horizon.
     */
    private static void verdict(StringBuilder sb, SimulationResult r, SimulationResult.PeriodResult whole) {
        for (TargetVerdict.PeriodVerdict p : r.verdict().periods()) {
            for (TargetVerdict.AreaVerdict a : p.areas()) {
                String prefix = "verdict," + quote(p.period()) + "," + p.start() + "," + p.end() + "," + quote(a.area()) + ",";
                sb.append(prefix).append("status,class,").append(a.status().key()).append('\n');
                estimate(sb, prefix + "pHolds,", a.pHolds());
                estimate(sb, prefix + "attainment,", a.attainment());
            }
        }
        for (TargetVerdict.AllPeriods a : r.verdict().allPeriods()) {
            estimate(sb, "verdict," + quote(whole.label()) + "," + whole.start() + "," + whole.end() + "," + quote(a.area()) + ",pAllHold,",
                    a.pAllHold());
        }
    }

    private static void rows(StringBuilder sb, String granularity, String label, String start, String end,
                             Map<String, Map<String, Estimate>> areas) {
        for (var area : areas.entrySet()) {
            for (var metric : area.getValue().entrySet()) {
                estimate(sb, granularity + "," + quote(label) + "," + start + "," + end + "," + quote(area.getKey()) + ","
                        + metric.getKey() + ",", metric.getValue());
            }
        }
    }

    /** The stage's metrics under "stage/metric" names, so they sit beside the period metrics of the same area in a pivot table. */
    private static Map<String, Map<String, Estimate>> prefixed(String prefix, Map<String, Map<String, Estimate>> areas) {
        Map<String, Map<String, Estimate>> out = new LinkedHashMap<>();
        areas.forEach((area, metrics) -> {
            Map<String, Estimate> named = new LinkedHashMap<>();
            metrics.forEach((key, e) -> named.put(prefix + key, e));
            out.put(area, named);
        });
        return out;
    }

    private static void estimate(StringBuilder sb, String prefix, Estimate e) {
        sb.append(prefix).append("mean,").append(e == null ? "" : number(e.mean())).append('\n');
        sb.append(prefix).append("ci_low,").append(e == null ? "" : number(e.low())).append('\n');
        sb.append(prefix).append("ci_high,").append(e == null ? "" : number(e.high())).append('\n');
        sb.append(prefix).append("n,").append(e == null ? "0" : Long.toString(e.n())).append('\n');
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
