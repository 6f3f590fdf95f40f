package waitlist.app.simulate;

import java.util.Locale;
import java.util.Map;

import waitlist.app.output.SpreadsheetCsv;
import waitlist.simulator.results.SimulationResult;
import waitlist.simulator.stats.Estimate;

/**
 * Tidy CSV for spreadsheets: one row per (granularity, period, area, metric, statistic), where
 * granularity is period, horizon, stage (area "stage:ID", whole horizon) or week, and statistic is
 * mean, ci_low, ci_high or n. Empty value: nothing to measure in that cell.
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
        for (SimulationResult.StageResult st : r.stages()) {
            rows(csv, "stage", whole.label(), whole.start().toString(), whole.end().toString(),
                    Map.of("stage:" + st.stage(), st.metrics()));
        }
        for (SimulationResult.WeekResult w : r.weeks()) {
            rows(csv, "week", "week of " + w.start(), w.start().toString(), w.start().plusWeeks(1).toString(), w.areas());
        }
        return sb.toString();
    }

    /** Names and labels go in as text (neutralised if a spreadsheet would run them); values as numbers. */
    private static void rows(SpreadsheetCsv csv, String granularity, String label, String start, String end,
                             Map<String, Map<String, Estimate>> areas) {
        for (var area : areas.entrySet()) {
            for (var metric : area.getValue().entrySet()) {
                Estimate e = metric.getValue();
                String a = area.getKey();
                String m = metric.getKey();
                csv.row(granularity, label, start, end, a, m, "mean", e == null ? null : e.mean());
                csv.row(granularity, label, start, end, a, m, "ci_low", e == null ? null : e.low());
                csv.row(granularity, label, start, end, a, m, "ci_high", e == null ? null : e.high());
                csv.row(granularity, label, start, end, a, m, "n", e == null ? 0L : e.n());
            }
        }
    }
}
