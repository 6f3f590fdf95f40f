package waitlist.app.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import waitlist.app.report.Charts;
import waitlist.app.report.Figures;
import waitlist.app.report.HeatMap;
import waitlist.app.report.Page;
import waitlist.app.report.RunStamp;
import waitlist.app.report.Table;
import waitlist.app.report.UkDates;
import waitlist.scenarios.LoadedScenario;
import waitlist.simulator.compare.ComparisonResult;
import waitlist.simulator.results.SimulationResult;
import waitlist.simulator.results.TargetVerdict;
import waitlist.simulator.stats.Estimate;

/**
 * The comparison page, in the simulation report's style: each scenario's verdict and cost, the county's chance of holding
 * per period for every scenario side by side, then for each scenario its paired differences from the first, charted with
 * their 95 % intervals (attainment and mean wait by period and area) and tabled (county by period, areas over the whole
 * horizon), with the chance it did better.
 */
final class CompareHtmlReport {

    private CompareHtmlReport() {
    }

    static String render(ComparisonResult r, List<LoadedScenario> loaded, RunStamp stamp) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Scenarios", String.join(", ", r.labels()) + " (the first is the one the others are compared with)");
        facts.put("Replications", r.replications() + ("fixed".equals(r.replicationRule()) ? "" : " (" + r.replicationRule() + ")")
                + ", the same for every scenario");
        facts.put("Seed", Long.toString(r.seed()));
        String title = String.join(" vs ", r.labels());
        Page page = new Page("Comparison report", title, headline(r), null, Page.facts(stamp, facts));

        page.section("scenarios", "Each scenario's verdict");
        Table verdicts = new Table(null, "scenarios", List.of("scenario", "verdict", "staff cost a year", "change"));
        SimulationResult first = r.arms().get(0);
        for (int k = 0; k < r.arms().size(); k++) {
            SimulationResult arm = r.arms().get(k);
            String description = loaded.get(k).scenario().description();
            String cost = arm.cost() == null ? "-" : Figures.pounds(arm.cost().annualTotal().mean());
            String change = k == 0 || arm.cost() == null || first.cost() == null ? "-"
                    : Figures.signedPounds(arm.cost().annualTotal().mean() - first.cost().annualTotal().mean());
            verdicts.row(List.of(new Table.Cell(r.labels().get(k), null, description), new Table.Cell(arm.verdict().text(), "text", null),
                    Table.Cell.of(cost), Table.Cell.of(change)), null);
        }
        page.table(verdicts);
        page.note("Every referral meets the same fate in every scenario (common random numbers), so each difference below is the "
                + "change's effect, not noise; ranges are 95% intervals over the paired replications. Hover a scenario for its description.");

        page.section("chance", "County: chance the target holds, by scenario");
        page.markup(heatMap(r));

        int n = 0;
        for (ComparisonResult.ArmDifference d : r.differences()) {
            n++;
            SimulationResult arm = CompareTextReport.armResult(r, d.arm());
            page.section("difference-" + n, d.arm() + " minus " + d.versus());
            List<ComparisonResult.PeriodDifference> periods = d.periods().stream().filter(p -> !p.wholeHorizon()).toList();
            List<String> labels = periods.stream().map(ComparisonResult.PeriodDifference::period).toList();
            page.figure(Charts.byCategory("attainment-difference-" + n, "Attainment: " + d.arm() + " minus " + d.versus(), "period",
                    "difference, percentage points", Charts.Scale.POINTS, labels, series(arm, periods, "attainment"),
                    List.of(new Charts.Line(0, "no difference")), false, Charts.WIDE, Charts.TALL),
                    "Paired difference in the share seen within the target, by period and area, with 95% intervals: above zero, "
                            + d.arm() + " does better.");
            page.figure(Charts.byCategory("wait-difference-" + n, "Mean wait: " + d.arm() + " minus " + d.versus(), "period",
                    "difference, days", Charts.Scale.DAYS, labels, series(arm, periods, "waitMeanDays"),
                    List.of(new Charts.Line(0, "no difference")), false, Charts.WIDE, Charts.TALL),
                    "Paired difference in the mean wait, with 95% intervals: below zero, people wait less in " + d.arm() + ".");
            String county = CompareTextReport.countyKey(r, d);
            page.table(table("County, by period (" + d.arm() + " minus " + d.versus() + ")", "period",
                    d.periods().stream().map(p -> Map.entry(p.period(), p.areas().get(county))).toList(),
                    d.periods().stream().map(p -> UkDates.span(p.start(), p.end())).toList()));
            if (!d.periods().isEmpty() && r.arms().get(0).areas().size() > 2) {
                ComparisonResult.PeriodDifference last = d.periods().get(d.periods().size() - 1);
                page.table(table("By area, " + last.period(), "area", last.areas().entrySet().stream()
                        .map(e -> Map.entry(arm.areas().getOrDefault(e.getKey(), e.getKey()), e.getValue())).toList(), null));
            }
            StringBuilder stages = new StringBuilder();
            CompareStageReport.html(stages, r, d); // a stage network's places: escaped tables of their own
            page.markup(stages.toString());
        }
        return page.finish("Made by waitlist " + stamp.toolVersion() + " (compare) on " + UkDates.format(stamp.runDate()) + ": "
                + r.labels().size() + " scenarios, " + r.replications() + " replications each, seed " + r.seed()
                + ". The same scenarios, seed and run date give this page again, byte for byte.");
    }

    /** "reconnect-extension-2030 vs reconnect-baseline: ..." in one line: what changes for the county over the shared horizon. */
    private static String headline(ComparisonResult r) {
        List<String> parts = new ArrayList<>();
        for (ComparisonResult.ArmDifference d : r.differences()) {
            // the whole horizon when both share it, else the last period they share
            ComparisonResult.PeriodDifference whole = d.periods().stream().filter(ComparisonResult.PeriodDifference::wholeHorizon)
                    .findFirst().orElse(d.periods().isEmpty() ? null : d.periods().get(d.periods().size() - 1));
            if (whole == null) {
                continue;
            }
            Map<String, ComparisonResult.Delta> county = whole.areas().get(CompareTextReport.countyKey(r, d));
            ComparisonResult.Delta att = county == null ? null : county.get("attainment");
            if (att != null) {
                parts.add(d.arm() + " vs " + d.versus() + ": attainment " + Differences.write(att, Differences.Kind.POINTS)
                        + " points " + (whole.wholeHorizon() ? "over the whole horizon" : "in " + whole.period()));
            }
        }
        return parts.isEmpty() ? String.join(" vs ", r.labels()) : String.join("; ", parts) + ".";
    }

    private static List<Charts.Series> series(SimulationResult arm, List<ComparisonResult.PeriodDifference> periods, String metric) {
        List<Charts.Series> out = new ArrayList<>();
        Set<String> areas = new LinkedHashSet<>();
        periods.forEach(p -> areas.addAll(p.areas().keySet()));
        for (String area : areas) {
            List<Estimate> values = new ArrayList<>();
            for (ComparisonResult.PeriodDifference p : periods) {
                Map<String, ComparisonResult.Delta> m = p.areas().get(area);
                ComparisonResult.Delta delta = m == null ? null : m.get(metric);
                values.add(delta == null ? null : delta.difference());
            }
            out.add(new Charts.Series(arm.areas().getOrDefault(area, area), values, area.equals(arm.countyKey())));
        }
        return out;
    }

    private static String heatMap(ComparisonResult r) {
        List<String> periods = new ArrayList<>();
        Map<String, Integer> column = new LinkedHashMap<>();
        for (SimulationResult arm : r.arms()) {
            for (TargetVerdict.PeriodVerdict p : arm.verdict().periods()) {
                column.computeIfAbsent(p.period(), k -> {
                    periods.add(k);
                    return periods.size() - 1;
                });
            }
        }
        List<HeatMap.Row> rows = new ArrayList<>();
        for (int k = 0; k < r.arms().size(); k++) {
            SimulationResult arm = r.arms().get(k);
            List<Estimate> chances = new ArrayList<>(java.util.Collections.nCopies(periods.size(), (Estimate) null));
            for (TargetVerdict.PeriodVerdict p : arm.verdict().periods()) {
                p.areas().stream().filter(a -> a.area().equals(arm.countyKey())).findFirst()
                        .ifPresent(a -> chances.set(column.get(p.period()), a.pHolds()));
            }
            rows.add(new HeatMap.Row(r.labels().get(k), chances, false));
        }
        return HeatMap.html("County: chance the target holds in each period, by scenario", "scenario", periods, rows,
                r.arms().get(0).verdict().confidence());
    }

    private static Table table(String caption, String first, List<Map.Entry<String, Map<String, ComparisonResult.Delta>>> rows,
                               List<String> tips) {
        List<String> headings = new ArrayList<>(List.of(first));
        Differences.COLUMNS.forEach(c -> headings.add(c.heading()));
        headings.add("chance it did better: attainment");
        Table t = new Table(caption, "differences", headings);
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            List<Table.Cell> cells = new ArrayList<>();
            cells.add(new Table.Cell(row.getKey(), null, tips == null ? null : tips.get(i)));
            for (Differences.Column c : Differences.COLUMNS) {
                cells.add(Table.Cell.of(Differences.write(Differences.get(row.getValue(), c.key()), c.kind())));
            }
            cells.add(Table.Cell.of(Differences.better(Differences.get(row.getValue(), "attainment"))));
            t.row(cells, null);
        }
        return t;
    }
}
