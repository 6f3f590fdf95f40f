package waitlist.app.sweep;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import waitlist.app.output.SpreadsheetCsv;
import waitlist.simulator.results.TargetVerdict;
import waitlist.simulator.stats.Estimate;

/** The sweep as text and one wide CSV row per point (the HTML page is {@link SweepPage}). */
final class SweepReports {

    private SweepReports() {
    }

    static String text(SweepResult r, String unit) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Sweep of %s over %d points, every point on the same random numbers (seed %d; %s).%n",
                r.scenario(), r.points().size(), r.seed(), r.replicationRule()));
        if (r.breakEvens().isEmpty()) {
            sb.append("The county's verdict is the same at every point: ").append(r.points().get(0).state(unit)).append(".\n");
        } else {
            sb.append("Where the county's verdict changes:\n");
            r.breakEvens().forEach(b -> sb.append("  ").append(b.text()).append('\n'));
        }
        sb.append('\n');
        List<String> header = new ArrayList<>(r.parameters());
        header.addAll(List.of("county verdict", "P(all hold)", "attainment", "mean wait", "p95 wait", "staff cost/yr", "runs"));
        List<List<String>> rows = new ArrayList<>();
        for (SweepResult.Point p : r.points()) {
            List<String> row = new ArrayList<>();
            r.parameters().forEach(k -> row.add(p.values().get(k)));
            row.add(p.state(unit));
            row.add(p.verdict().countyAllPeriods() == null ? "-" : TargetVerdict.percentWithInterval(p.verdict().countyAllPeriods()));
            row.add(percent(p.attainment()));
            row.add(days(p.waitMeanDays()));
            row.add(days(p.waitP95Days()));
            row.add(p.cost() == null ? "-" : String.format(Locale.UK, "\u00a3%,.0f", p.cost().annualTotal().mean()));
            row.add(Long.toString(p.replications()));
            rows.add(row);
        }
        int[] widths = new int[header.size()];
        for (int c = 0; c < header.size(); c++) {
            widths[c] = header.get(c).length();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        line(sb, header, widths);
        rows.forEach(row -> line(sb, row, widths));
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells, int[] widths) {
        for (int c = 0; c < cells.size(); c++) {
            sb.append(c == 0 ? "" : "  ").append(String.format(Locale.ROOT, "%-" + widths[c] + "s", cells.get(c)));
        }
        sb.append('\n');
    }

    /** One row per point: the swept values, the county's verdict, then one column per period with the county's class. */
    static String csv(SweepResult r) {
        StringBuilder sb = new StringBuilder();
        SpreadsheetCsv csv = new SpreadsheetCsv(sb, v -> String.format(Locale.ROOT, "%.6g", v));
        Set<String> periods = new LinkedHashSet<>();
        r.points().forEach(p -> p.verdict().periods().forEach(v -> periods.add(v.period())));
        List<Object> header = new ArrayList<>(r.parameters());
        header.addAll(List.of("replications", "worst_status", "first_period_not_likely_to_hold", "first_period_likely_to_miss",
                "p_all_hold", "p_all_hold_low", "p_all_hold_high", "attainment", "attainment_low", "attainment_high",
                "wait_mean_days", "wait_p95_days", "staff_cost_per_year", "cost_per_first_assessment"));
        periods.forEach(p -> header.add("status " + p));
        periods.forEach(p -> header.add("p_holds " + p));
        csv.row(header);
        for (SweepResult.Point p : r.points()) {
            List<Object> row = new ArrayList<>();
            r.parameters().forEach(k -> row.add(p.values().get(k)));
            row.add(p.replications());
            row.add(p.worst() == null ? null : p.worst().key());
            row.add(p.firstNotLikelyToHold());
            row.add(p.firstLikelyToMiss());
            Estimate all = p.verdict().countyAllPeriods();
            row.add(all == null ? null : all.mean());
            row.add(all == null ? null : all.low());
            row.add(all == null ? null : all.high());
            row.add(p.attainment() == null ? null : p.attainment().mean());
            row.add(p.attainment() == null ? null : p.attainment().low());
            row.add(p.attainment() == null ? null : p.attainment().high());
            row.add(p.waitMeanDays() == null ? null : p.waitMeanDays().mean());
            row.add(p.waitP95Days() == null ? null : p.waitP95Days().mean());
            row.add(p.cost() == null ? null : p.cost().annualTotal().mean());
            row.add(p.cost() == null || p.cost().perFirstAssessment() == null ? null : p.cost().perFirstAssessment().mean());
            for (String period : periods) {
                row.add(county(p, period) == null ? null : county(p, period).status().key());
            }
            for (String period : periods) {
                row.add(county(p, period) == null ? null : county(p, period).pHolds().mean());
            }
            csv.row(row);
        }
        return sb.toString();
    }

    private static TargetVerdict.AreaVerdict county(SweepResult.Point p, String period) {
        return p.verdict().periods().stream().filter(v -> v.period().equals(period)).findFirst()
                .flatMap(v -> v.areas().stream().filter(a -> a.area().equals(p.county())).findFirst()).orElse(null);
    }

    private static String percent(Estimate e) {
        return e == null ? "-" : String.format(Locale.ROOT, "%.1f%% (%.1f-%.1f)", 100 * e.mean(), 100 * e.low(), 100 * e.high());
    }

    private static String days(Estimate e) {
        return e == null ? "-" : String.format(Locale.ROOT, "%.1f d", e.mean());
    }
}
