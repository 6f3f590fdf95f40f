package waitlist.app.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import waitlist.simulator.results.SimulationResult;
import waitlist.simulator.results.StageResult;
import waitlist.simulator.stats.Estimate;

/**
 * The stages of a network, for the text and HTML reports: per stage, its places as the scenario
 * gives them, then one row per area (alliances, then the county) over the whole horizon: how full
 * the places were, how long people kept them (and how long they were held after the work, waiting
 * for a later stage), how many left a year and how many the places could take a year at that length
 * of stay, and who waited for a place. Stage and area names are the scenario's own.
 */
final class StageReport {

    private static final List<String> COLUMNS = List.of("area", "occupied (95% CI)", "stay, days (95% CI)", "p50/p90/p95",
            "held, days", "left a year", "could take a year (95% CI)", "waiting", "wait, days");

    private StageReport() {
    }

    /** One line on a stage's places and what holds them, e.g. "reablement: 500 places (north-east 135, ...); held until ...". */
    static String heading(StageResult st) {
        StringBuilder sb = new StringBuilder(st.stage()).append(": ");
        Map<String, Integer> places = st.places();
        if (places == null) {
            sb.append("no limit on places");
        } else {
            String county = places.keySet().stream().reduce((a, b) -> b).orElseThrow();
            sb.append(String.format(Locale.ROOT, "%,d places", places.get(county)));
            if (places.size() > 1) {
                StringJoiner each = new StringJoiner(", ", " (", ")");
                places.forEach((area, n) -> {
                    if (!area.equals(county)) {
                        each.add(area + " " + n);
                    }
                });
                sb.append(each);
            } else {
                sb.append(" shared county-wide");
            }
        }
        if (st.holdsUntil() != null) {
            sb.append("; a place is held after the work ends until ").append(st.holdsUntil()).append(" starts");
        }
        return sb.toString();
    }

    /** The cells of one area's row, in {@link #COLUMNS} order after the area name. */
    private static List<String> cells(Map<String, Estimate> m) {
        List<String> out = new ArrayList<>();
        out.add(TextReport.pctCi(m.get("occupancy")));
        out.add(numberCi(m.get("lengthOfStayMeanDays"), "%.1f"));
        out.add(whole(m.get("lengthOfStayMedianDays")) + "/" + whole(m.get("lengthOfStayP90Days")) + "/" + whole(m.get("lengthOfStayP95Days")));
        out.add(m.get("heldMeanDays") == null ? "-" : String.format(Locale.ROOT, "%.1f", m.get("heldMeanDays").mean()));
        out.add(whole(m.get("completedPerYear")));
        out.add(numberCi(m.get("capacityPerYear"), "%,.0f"));
        out.add(m.get("queueMean") == null ? "-" : String.format(Locale.ROOT, "%.1f", m.get("queueMean").mean()));
        out.add(m.get("queueWaitMeanDays") == null ? "-" : String.format(Locale.ROOT, "%.1f", m.get("queueWaitMeanDays").mean()));
        return out;
    }

    static void text(StringBuilder sb, SimulationResult r) {
        if (r.stages().isEmpty()) {
            return;
        }
        sb.append(String.format(Locale.ROOT, "%nStages over the whole horizon (mean of the replications, 95%% CI). occupied: places in use,"
                + " active or held; stay: from starting the stage to freeing its place; held: days a place was kept after the work"
                + " ended; could take a year: places x 365.25 / mean stay; waiting: people waiting for a place (time-average).%n"));
        String format = "%-22s %-20s %-19s %-12s %10s %11s %-26s %8s %10s%n";
        for (StageResult st : r.stages()) {
            sb.append('\n').append(heading(st)).append('\n');
            sb.append(String.format(Locale.ROOT, format, COLUMNS.toArray()));
            for (Map.Entry<String, Map<String, Estimate>> area : st.wholeHorizon().areas().entrySet()) {
                List<Object> row = new ArrayList<>();
                row.add(r.areas().get(area.getKey()));
                row.addAll(cells(area.getValue()));
                sb.append(String.format(Locale.ROOT, format, row.toArray()));
            }
        }
    }

    static void html(StringBuilder sb, SimulationResult r) {
        if (r.stages().isEmpty()) {
            return;
        }
        sb.append("<h2>Stages (whole horizon)</h2>\n<p>Mean of the replications with 95% confidence intervals. <em>Occupied</em>: places in use,"
                + " active or held; <em>stay</em>: days from starting the stage to freeing its place; <em>held</em>: days a place was kept"
                + " after the work ended, waiting for a later stage; <em>could take a year</em>: places &#xD7; 365.25 / mean stay;"
                + " <em>waiting</em>: people waiting for a place (time-average) and their mean wait in days.</p>\n");
        for (StageResult st : r.stages()) {
            sb.append("<table class=\"stage\">\n<caption>").append(HtmlReport.escape(heading(st))).append("</caption>\n<thead><tr>");
            COLUMNS.forEach(h -> sb.append("<th scope=\"col\">").append(HtmlReport.escape(h)).append("</th>"));
            sb.append("</tr></thead>\n<tbody>\n");
            for (Map.Entry<String, Map<String, Estimate>> area : st.wholeHorizon().areas().entrySet()) {
                sb.append("<tr><th scope=\"row\">").append(HtmlReport.escape(r.areas().get(area.getKey()))).append("</th>");
                cells(area.getValue()).forEach(c -> sb.append("<td>").append(HtmlReport.escape(c)).append("</td>"));
                sb.append("</tr>\n");
            }
            sb.append("</tbody>\n</table>\n");
        }
    }

    private static String numberCi(Estimate e, String format) {
        if (e == null) {
            return "-";
        }
        return String.format(Locale.ROOT, format + " (" + format + "-" + format + ")", e.mean(), e.low(), e.high());
    }

    private static String whole(Estimate e) {
        return e == null ? "-" : String.format(Locale.ROOT, "%,.0f", e.mean());
    }
}
