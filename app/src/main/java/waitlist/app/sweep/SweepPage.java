package waitlist.app.sweep;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import waitlist.app.report.Charts;
import waitlist.app.report.Figures;
import waitlist.app.report.Page;
import waitlist.app.report.RunStamp;
import waitlist.app.report.Table;
import waitlist.app.report.UkDates;
import waitlist.simulator.results.TargetVerdict;
import waitlist.simulator.stats.Estimate;

/**
 * The sweep page: where the county's verdict changes (the break-even, marked on the curves), the county's chance that every
 * period holds and its attainment against the first swept input (one line per combination of the others), staff cost where
 * it moves, and every point in a table.
 */
final class SweepPage {

    private SweepPage() {
    }

    static String render(SweepResult r, String unit, double confidence, double target, RunStamp stamp) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Scenario", r.scenario());
        facts.put("Inputs swept", String.join(", ", r.parameters()));
        facts.put("Points", Integer.toString(r.points().size()));
        facts.put("Replications", r.replicationRule() + ", on the same random numbers at every point");
        facts.put("Seed", Long.toString(r.seed()));
        String headline = r.breakEvens().isEmpty() ? "The county's verdict is the same at every point: " + r.points().get(0).state(unit) + "."
                : "The county's verdict changes " + (r.breakEvens().size() == 1 ? "once" : r.breakEvens().size() + " times")
                + ": " + r.breakEvens().get(0).text() + ".";
        Page page = new Page("Sweep report", "Sweep of " + r.scenario(), headline, null, Page.facts(stamp, facts));

        page.section("break-even", "Where the verdict changes");
        if (r.breakEvens().isEmpty()) {
            page.paragraph("Nowhere on this grid: " + r.points().get(0).state(unit) + " at every point.");
        } else {
            page.list(r.breakEvens().stream().map(SweepResult.BreakEven::text).toList());
        }
        String axis = r.parameters().get(0);
        List<String> xs = firstValues(r);
        List<Double> numbers = numeric(xs);
        List<Charts.Line> marks = new ArrayList<>();
        if (numbers != null) {
            for (SweepResult.BreakEven b : r.breakEvens()) {
                double mid = (Double.parseDouble(b.from()) + Double.parseDouble(b.to())) / 2;
                if (marks.stream().noneMatch(m -> m.value() == mid)) {
                    marks.add(new Charts.Line(mid, "verdict changes"));
                }
            }
        }
        page.section("curves", "The county against " + axis);
        page.figure(chart(r, "p-all", "Chance every " + unit + " holds (county)", axis, "chance, %", xs, numbers, marks,
                        p -> p.verdict().countyAllPeriods(), List.of(new Charts.Line(confidence, "confidence " + Figures.percent(confidence)))),
                "Share of replications in which the county met the target in every " + unit + ", with its 95% interval; dashed vertical "
                        + "lines mark where the verdict changes, between two neighbouring values.");
        page.figure(chart(r, "attainment", "County attainment over the whole horizon", axis, "attainment, %", xs, numbers, marks,
                        SweepResult.Point::attainment, List.of(new Charts.Line(target, "target " + Figures.percent(target)))),
                "Mean share seen within the target over the whole horizon, with its 95% interval.");
        if (r.points().stream().anyMatch(p -> p.cost() != null)
                && r.points().stream().map(p -> p.cost() == null ? 0L : Math.round(p.cost().annualTotal().mean())).distinct().count() > 1) {
            page.figure(chart(r, "cost", "Staff cost a year", axis, "pounds a year", xs, numbers, List.of(),
                    p -> p.cost() == null ? null : p.cost().annualTotal(), List.of()), null);
        }

        page.section("points", "Every point");
        List<String> headings = new ArrayList<>(r.parameters());
        headings.addAll(List.of("county verdict", "chance all hold (95% CI)", "attainment (95% CI)", "mean wait", "p95 wait",
                "staff cost a year", "replications"));
        Table t = new Table(null, "points", headings);
        for (SweepResult.Point p : r.points()) {
            List<Table.Cell> cells = new ArrayList<>();
            r.parameters().forEach(k -> cells.add(Table.Cell.of(p.values().get(k))));
            cells.add(new Table.Cell(p.state(unit), "text", null));
            cells.add(Table.Cell.of(Figures.chance(p.verdict().countyAllPeriods())));
            cells.add(Table.Cell.of(Figures.percentCi(p.attainment())));
            cells.add(Table.Cell.of(Figures.days(p.waitMeanDays())));
            cells.add(Table.Cell.of(Figures.days(p.waitP95Days())));
            cells.add(Table.Cell.of(p.cost() == null ? "-" : Figures.pounds(p.cost().annualTotal().mean())));
            cells.add(Table.Cell.of(Long.toString(p.replications())));
            t.row(cells, null);
        }
        page.table(t);
        return page.finish("Made by waitlist " + stamp.toolVersion() + " (sweep) on " + UkDates.format(stamp.runDate()) + ": "
                + r.points().size() + " points of " + r.scenario() + ", seed " + r.seed()
                + ". The same scenario, grid, seed and run date give this page again, byte for byte.");
    }

    /** The first input's values in the order swept. */
    private static List<String> firstValues(SweepResult r) {
        List<String> out = new ArrayList<>();
        for (SweepResult.Point p : r.points()) {
            String v = p.values().get(r.parameters().get(0));
            if (!out.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }

    /** The values as numbers, or null if any is not a plain number (a list or an object: drawn as categories). */
    private static List<Double> numeric(List<String> values) {
        List<Double> out = new ArrayList<>();
        for (String v : values) {
            try {
                out.add(new BigDecimal(v.trim()).doubleValue());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return out;
    }

    /** One line per combination of the other inputs, the first input along the horizontal axis. */
    private static Charts.Chart chart(SweepResult r, String id, String title, String axis, String yLabel, List<String> xs, List<Double> numbers,
                                      List<Charts.Line> marks, java.util.function.Function<SweepResult.Point, Estimate> value,
                                      List<Charts.Line> lines) {
        Map<String, List<Estimate>> byOthers = new LinkedHashMap<>();
        for (SweepResult.Point p : r.points()) {
            Map<String, String> others = new LinkedHashMap<>(p.values());
            others.remove(axis);
            String name = others.isEmpty() ? "county" : others.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .reduce((a, b) -> a + ", " + b).orElse("");
            List<Estimate> values = byOthers.computeIfAbsent(name, k -> new ArrayList<>(java.util.Collections.nCopies(xs.size(), (Estimate) null)));
            values.set(xs.indexOf(p.values().get(axis)), value.apply(p));
        }
        List<Charts.Series> series = new ArrayList<>();
        byOthers.forEach((name, values) -> series.add(new Charts.Series(name, values, byOthers.size() == 1)));
        Charts.Scale scale = yLabel.startsWith("pounds") ? Charts.Scale.POUNDS : Charts.Scale.PERCENT;
        if (numbers != null) {
            return Charts.curve(id, title, axis, yLabel, scale, numbers, series, lines, marks, Charts.WIDE, Charts.TALL);
        }
        return Charts.byCategory(id, title, axis, yLabel, scale, xs, series, lines, true, Charts.WIDE, Charts.TALL);
    }

    /** The sweep for a spreadsheet: one row per point, period and area, the class and chance of holding and the attainment. */
    static String wideCsv(SweepResult r) {
        StringBuilder sb = new StringBuilder();
        waitlist.app.output.SpreadsheetCsv csv = new waitlist.app.output.SpreadsheetCsv(sb, v -> String.format(Locale.ROOT, "%.4g", v));
        List<Object> header = new ArrayList<>(r.parameters());
        header.addAll(List.of("Period", "Start", "End (exclusive)", "Area id", "Verdict", "Chance target holds (%)",
                "Chance target holds, 95% CI low (%)", "Chance target holds, 95% CI high (%)", "Attainment (%)", "Attainment, 95% CI low (%)",
                "Attainment, 95% CI high (%)"));
        csv.row(header);
        for (SweepResult.Point p : r.points()) {
            for (TargetVerdict.PeriodVerdict period : p.verdict().periods()) {
                for (TargetVerdict.AreaVerdict a : period.areas()) {
                    List<Object> row = new ArrayList<>();
                    r.parameters().forEach(k -> row.add(p.values().get(k)));
                    row.addAll(List.of(period.period(), period.start().toString(), period.end().toString(), a.area(), a.status().words()));
                    for (Estimate e : new Estimate[] {a.pHolds(), a.attainment()}) {
                        row.add(e == null ? null : 100 * e.mean());
                        row.add(e == null ? null : 100 * e.low());
                        row.add(e == null ? null : 100 * e.high());
                    }
                    csv.row(row);
                }
            }
        }
        return sb.toString();
    }
}
