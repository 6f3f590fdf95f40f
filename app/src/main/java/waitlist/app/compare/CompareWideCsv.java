package waitlist.app.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import waitlist.app.output.SpreadsheetCsv;
import waitlist.app.simulate.WideCsv;
import waitlist.simulator.compare.ComparedMetric;
import waitlist.simulator.compare.ComparisonResult;
import waitlist.simulator.results.SimulationResult;

/**
 * The comparison for a spreadsheet: one row per scenario compared, period and area, one column per measure's paired
 * difference from the first scenario, two for its 95 % interval and one for the chance the scenario did better. Headings in
 * words; differences of shares in percentage points.
 */
final class CompareWideCsv {

    private CompareWideCsv() {
    }

    static String render(ComparisonResult r) {
        StringBuilder sb = new StringBuilder();
        SpreadsheetCsv csv = new SpreadsheetCsv(sb, v -> String.format(Locale.ROOT, "%.4g", v));
        List<Object> header = new ArrayList<>(List.of("Scenario", "Compared with", "Period", "Start", "End (exclusive)", "Area", "Area id"));
        for (ComparedMetric m : ComparedMetric.values()) {
            String words = difference(WideCsv.heading(m.metric()));
            header.add(words);
            header.add(WideCsv.withCi(words, "low"));
            header.add(WideCsv.withCi(words, "high"));
            header.add(WideCsv.heading(m.metric()).words().replaceAll(" \\(.*\\)$", "") + ": chance it did better (%)");
        }
        csv.row(header);
        for (ComparisonResult.ArmDifference d : r.differences()) {
            SimulationResult arm = CompareTextReport.armResult(r, d.arm());
            for (ComparisonResult.PeriodDifference p : d.periods()) {
                for (Map.Entry<String, Map<String, ComparisonResult.Delta>> area : p.areas().entrySet()) {
                    List<Object> row = new ArrayList<>(List.of(d.arm(), d.versus(), p.period(), p.start().toString(), p.end().toString(),
                            arm.areas().getOrDefault(area.getKey(), area.getKey()), area.getKey()));
                    for (ComparedMetric m : ComparedMetric.values()) {
                        ComparisonResult.Delta delta = area.getValue().get(m.metric().key());
                        double scale = WideCsv.heading(m.metric()).percent() ? 100 : 1;
                        row.add(delta == null ? null : delta.difference().mean() * scale);
                        row.add(delta == null ? null : delta.difference().low() * scale);
                        row.add(delta == null ? null : delta.difference().high() * scale);
                        row.add(delta == null || delta.pBetter() == null ? null : delta.pBetter().mean() * 100);
                    }
                    csv.row(row);
                }
            }
        }
        return sb.toString();
    }

    /** "Attainment (%)" becomes "Attainment difference (points)"; "Mean wait (days)" becomes "Mean wait difference (days)". */
    private static String difference(WideCsv.Heading h) {
        String words = h.words();
        int unit = words.lastIndexOf(" (");
        String name = unit < 0 ? words : words.substring(0, unit);
        String units = h.percent() ? " (percentage points)" : unit < 0 ? "" : words.substring(unit);
        return name + " difference" + units;
    }
}
