package waitlist.app.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import waitlist.app.output.Html;
import waitlist.scenarios.SourceNotes;
import waitlist.simulator.results.SimulationResult;
import waitlist.simulator.stats.Estimate;

/**
 * One self-contained HTML page for a manager to open in a browser and paste into a board paper: the verdict, how to read
 * it, two inline SVG charts, the text report's tables, and the assumptions the figures rest on. No script and nothing
 * fetched (it must open offline); no timestamp, and numbers in {@link Locale#ROOT}, so the same inputs and seed give the
 * same bytes. Everything that comes from the scenario file is escaped.
 */
final class HtmlReport {

    private HtmlReport() {
    }

    /** Small and print-friendly: black on white, tables that repeat their header and do not split a row across pages. */
    private static final String STYLE = """
            body { font-family: Arial, Helvetica, sans-serif; color: #000; background: #fff; max-width: 60rem; margin: 1.5rem auto; padding: 0 1rem; line-height: 1.4; }
            h1 { font-size: 1.5rem; margin: 0.5rem 0; }
            h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #000; }
            .scenario, .how, figcaption, footer { color: #333; }
            figure { margin: 1rem 0; }
            svg { max-width: 100%; height: auto; }
            table { border-collapse: collapse; font-size: 0.85rem; margin-bottom: 1rem; }
            caption { text-align: left; font-weight: bold; padding: 0.3rem 0; }
            th, td { border: 1px solid #999; padding: 0.2rem 0.4rem; }
            th { background: #eee; text-align: left; }
            td { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            tr.miss td.attainment { font-weight: bold; background: #fde0dc; }
            tr.whole th, tr.whole td { border-top: 2px solid #000; }
            code { font-size: 0.85rem; }
            dt { font-family: monospace; margin-top: 0.4rem; }
            dd { margin-left: 1.5rem; }
            @media print {
              body { max-width: none; margin: 0; font-size: 10pt; }
              figure, table { break-inside: avoid; }
              tr { break-inside: avoid; }
              thead { display: table-header-group; }
            }
            """;

    static String render(SimulationResult r, String description, SourceNotes sources) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(r.scenario())).append(": does the ").append(SimulationResult.targetName(r.target().days()))
                .append(" target hold?</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        header(sb, r, description);
        charts(sb, r);
        workload(sb, r);
        StageReport.html(sb, r);
        tables(sb, r);
        assumptions(sb, sources);
        sb.append(String.format(Locale.ROOT, "<footer>\n<p>Made by <code>waitlist simulate</code>: scenario %s, %d replications, seed %d"
                        + " (%d simulated events). The same scenario and seed give this page again, byte for byte.</p>\n</footer>\n",
                escape(r.scenario()), r.replications(), r.seed(), r.events()));
        return sb.append("</body>\n</html>\n").toString();
    }

    private static void header(StringBuilder sb, SimulationResult r, String description) {
        sb.append("<header>\n<p class=\"scenario\">Scenario <strong>").append(escape(r.scenario())).append("</strong>");
        if (description != null && !description.isBlank()) {
            sb.append(": ").append(escape(description));
        }
        sb.append("</p>\n<h1>").append(escape(r.verdict().text())).append(".</h1>\n");
        for (String line : VerdictWords.details(r)) {
            sb.append("<p>").append(escape(line)).append("</p>\n");
        }
        String rule = "fixed".equals(r.replicationRule()) ? "" : " (" + r.replicationRule() + ")";
        sb.append("<p class=\"how\"><strong>How to read this.</strong> ")
                .append(String.format(Locale.ROOT, "Each figure is the mean over %d independent runs (replications) of the scenario%s, "
                                + "random seed %d. Ranges in brackets, and the bars on the chart, are 95%% confidence intervals. ",
                        r.replications(), escape(rule), r.seed()))
                .append(escape(VerdictWords.howToRead(r)))
                .append(" Areas and periods that are not likely to hold are marked <strong>&#x2717;&#xA0;at risk</strong> or "
                        + "<strong>&#x2717;&#xA0;likely to miss</strong> in words, not colour alone.")
                .append(" Intervals: ").append(escape(r.confidenceIntervals())).append(".</p>\n</header>\n");
    }

    private static void charts(StringBuilder sb, SimulationResult r) {
        List<SimulationResult.PeriodResult> periods = r.periods().subList(0, r.periods().size() - 1); // the last is the whole horizon
        String target = TextReport.pct(r.target().attainment());
        sb.append("<h2>Attainment by reporting period</h2>\n");
        if (periods.isEmpty()) {
            sb.append("<p>The horizon is shorter than one reporting period; see the whole-horizon rows below.</p>\n");
        } else {
            List<SvgChart.Series> series = new ArrayList<>();
            for (Map.Entry<String, String> area : r.areas().entrySet()) {
                series.add(new SvgChart.Series(area.getValue(),
                        periods.stream().map(p -> p.areas().get(area.getKey()).get("attainment")).toList()));
            }
            String title = "Share whose wait for " + r.clockStop() + " was within " + r.target().days()
                    + " days, by period and area, with 95% CIs; target " + target;
            sb.append("<figure>\n").append(SvgChart.intervals("attainment-chart", title,
                            periods.stream().map(SimulationResult.PeriodResult::label).toList(), series, r.target().attainment(),
                            "target " + target))
                    .append("<figcaption>").append(escape(title))
                    .append(". Each mark is the mean over the replications; the bar is its 95% confidence interval; the dashed line is the "
                            + "threshold. County is the black square.</figcaption>\n</figure>\n");
        }
        List<Estimate> list = r.weeks().stream().map(w -> w.areas().get(r.countyKey()).get("waitingList")).toList();
        sb.append("<h2>County waiting list, week by week</h2>\n");
        if (list.stream().allMatch(e -> e == null)) {
            sb.append("<p>No weekly census in this run.</p>\n");
            return;
        }
        String title = "People waiting for " + r.clockStop() + " at each weekly census, county (mean over replications, shaded: 95% CI)";
        sb.append("<figure>\n").append(SvgChart.weekly("waiting-list-chart", title,
                        r.weeks().stream().map(w -> w.start().toString()).toList(), list, "people waiting"))
                .append("<figcaption>").append(escape(title)).append(". Week start dates on the horizontal axis.</figcaption>\n</figure>\n");
    }

    /** The same OT arithmetic as the text report, one paragraph per line. */
    private static void workload(StringBuilder sb, SimulationResult r) {
        StringBuilder text = new StringBuilder();
        TextReport.workload(text, r, r.periods().get(r.periods().size() - 1));
        if (text.isEmpty()) {
            return;
        }
        sb.append("<h2>Where the OT time goes</h2>\n");
        text.toString().lines().forEach(line -> sb.append("<p>").append(escape(line)).append("</p>\n"));
        StringBuilder table = new StringBuilder();
        TextReport.demandedVersusAvailable(table, r, r.periods().get(r.periods().size() - 1));
        sb.append("<pre>").append(escape(table.toString().strip())).append("</pre>\n");
    }

    /** One table per alliance and the county, the text report's columns; the whole horizon last, set off by a rule. */
    private static void tables(StringBuilder sb, SimulationResult r) {
        boolean staffed = r.otProductiveHoursPerFte() != null; // OT and coach columns only where there are OT and coach staff
        sb.append("<h2>Results by area</h2>\n");
        for (Map.Entry<String, String> area : r.areas().entrySet()) {
            sb.append("<table class=\"area\" id=\"area-").append(escape(area.getKey())).append("\">\n<caption>").append(escape(area.getValue()))
                    .append("</caption>\n<thead><tr>");
            List<String> headings = new ArrayList<>(List.of("period", "verdict", "P(holds) (95% CI)", "attainment (95% CI)", "mean wait",
                    "p95 wait", "list at end", "breaches"));
            if (staffed) {
                headings.addAll(List.of("OT use", "coach use"));
            }
            for (String h : headings) {
                sb.append("<th scope=\"col\">").append(h).append("</th>");
            }
            sb.append("</tr></thead>\n<tbody>\n");
            for (SimulationResult.PeriodResult p : r.periods()) {
                Map<String, Estimate> m = p.areas().get(area.getKey());
                Estimate attainment = m.get("attainment");
                String status = p.wholeHorizon() ? "all periods" : VerdictWords.status(r, p.label(), area.getKey());
                boolean misses = !p.wholeHorizon() && !status.equals("-") && !status.equals("likely to hold");
                StringJoiner cls = new StringJoiner(" ", " class=\"", "\"").setEmptyValue("");
                if (misses) {
                    cls.add("miss");
                }
                if (p.wholeHorizon()) {
                    cls.add("whole");
                }
                sb.append("<tr").append(cls).append('>')
                        .append("<th scope=\"row\">").append(escape(p.label())).append("</th>")
                        .append("<td class=\"attainment\">").append(misses ? "<strong>&#x2717;&#xA0;" + escape(status) + "</strong>" : escape(status))
                        .append("</td>")
                        .append(cell(TextReport.probability(p.wholeHorizon() ? m.get("allPeriodsHold") : m.get("targetHolds"))))
                        .append(cell(TextReport.pctCi(attainment)))
                        .append(cell(TextReport.days(m.get("waitMeanDays"))))
                        .append(cell(TextReport.days(m.get("waitP95Days"))))
                        .append(cell(TextReport.num(m.get("waitingListEnd"))))
                        .append(cell(TextReport.num(m.get("breaches"))));
                if (staffed) {
                    sb.append(cell(TextReport.pctOnly(m.get("otUtilisation")))).append(cell(TextReport.pctOnly(m.get("coachUtilisation"))));
                }
                sb.append("</tr>\n");
            }
            sb.append("</tbody>\n</table>\n");
        }
    }

    /** Every number above rests on these: the scenario's own source notes, by JSON Pointer. */
    private static void assumptions(StringBuilder sb, SourceNotes sources) {
        sb.append("<h2 id=\"assumptions\">Assumptions and sources</h2>\n");
        if (sources.byPointer().isEmpty()) {
            sb.append("<p>The scenario file gives no source notes: treat every input as an assumption.</p>\n");
            return;
        }
        sb.append("<p>From the scenario file, by the JSON path of the value each note describes.</p>\n<dl>\n");
        sources.byPointer().forEach((pointer, note) -> sb.append("<dt>").append(pointer.isEmpty() ? "(whole scenario)" : escape(pointer))
                .append("</dt><dd>").append(escape(note)).append("</dd>\n"));
        sb.append("</dl>\n");
    }

    private static String cell(String text) {
        return "<td>" + escape(text) + "</td>";
    }

    /** Text for HTML element content and attribute values (see {@link Html#escape}). */
    static String escape(String s) {
        return Html.escape(s);
    }
}
