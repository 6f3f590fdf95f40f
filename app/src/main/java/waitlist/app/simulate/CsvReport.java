package waitlist.app.simulate;

import java.util.Locale;
import java.util.Map;

import waitlist.app.output.SpreadsheetCsv;
import waitlist.simulator.results.SimulationResult;
import waitlist.simulator.results.StageResult;
import waitlist.simulator.results.TargetVerdict;
import waitlist.simulator.stats.Estimate;

/**
 * Tidy CSV for spreadsheets: one row per (granularity, period, area, metric, statistic), where
 * granularity is period, horizon or week, and statistic is mean, ci_low, ci_high or n. A stage
 * network's figures are period and horizon rows whose metric is "STAGE/metric" (e.g.
 * "reablement/occupancy"), beside the area's other metrics in a pivot table. Empty value: nothing
 * to measure in that cell. Written through
 * {@link SpreadsheetCsv}: names and labels as text (never run as formulas), values as numbers.
 */
final class CsvReport {

    private CsvReport() {
    }

    static String render(SimulationResult r) {
        StringBuilder sb = new StringBuilder();
        SpreadsheetCsv csv = new SpreadsheetCsv(sb, v -> String.format(Locale.ROOT, "%.6g", v));
        csv.row("granularity", "period", "start", "end", "area", "metric", "statistic", "value");
        for (SimulationResult.PeriodResult p : r.periods()) {
            rows(csv, p.wholeHorizon() ? "horizon" : "period", p.label(), p.start().toString(), p.end().toString(), p.areas());
        }
        SimulationResult.PeriodResult whole = r.periods().get(r.periods().size() - 1);
        for (StageResult st : r.stages()) {
            for (StageResult.StagePeriod p : st.periods()) {
                for (var area : p.areas().entrySet()) {
                    area.getValue().forEach((metric, e) -> estimate(csv, p.wholeHorizon() ? "horizon" : "period", p.label(),
                            p.start().toString(), p.end().toString(), area.getKey(), st.stage() + "/" + metric, e));
                }
            }
        }
        for (SimulationResult.WeekResult w : r.weeks()) {
            rows(csv, "week", "week of " + w.start(), w.start().toString(), w.start().plusWeeks(1).toString(), w.areas());
        }
        verdict(csv, r, whole);
        return sb.toString();
    }

    /**
     * The verdict in the same tidy shape: granularity "verdict", metric "status" (statistic "class", value likely-to-hold,
     * at-risk or likely-to-miss), "pHolds" and "attainment" per period and area; then "pAllHold" per area over the whole horizon.
     */
    private static void verdict(SpreadsheetCsv csv, SimulationResult r, SimulationResult.PeriodResult whole) {
        for (TargetVerdict.PeriodVerdict p : r.verdict().periods()) {
            for (TargetVerdict.AreaVerdict a : p.areas()) {
                String start = p.start().toString();
                String end = p.end().toString();
                csv.row("verdict", p.period(), start, end, a.area(), "status", "class", a.status().key());
                estimate(csv, "verdict", p.period(), start, end, a.area(), "pHolds", a.pHolds());
                estimate(csv, "verdict", p.period(), start, end, a.area(), "attainment", a.attainment());
            }
        }
        for (TargetVerdict.AllPeriods a : r.verdict().allPeriods()) {
            estimate(csv, "verdict", whole.label(), whole.start().toString(), whole.end().toString(), a.area(), "pAllHold", a.pAllHold());
        }
    }

    private static void rows(SpreadsheetCsv csv, String granularity, String label, String start, String end,
                             Map<String, Map<String, Estimate>> areas) {
        for (var area : areas.entrySet()) {
            for (var metric : area.getValue().entrySet()) {
                estimate(csv, granularity, label, start, end, area.getKey(), metric.getKey(), metric.getValue());
            }
        }
    }

    private static void estimate(SpreadsheetCsv csv, String granularity, String label, String start, String end,
                                 String area, String metric, Estimate e) {
        csv.row(granularity, label, start, end, area, metric, "mean", e == null ? null : e.mean());
        csv.row(granularity, label, start, end, area, metric, "ci_low", e == null ? null : e.low());
        csv.row(granularity, label, start, end, area, metric, "ci_high", e == null ? null : e.high());
        csv.row(granularity, label, start, end, area, metric, "n", e == null ? 0L : e.n());
    }
}
