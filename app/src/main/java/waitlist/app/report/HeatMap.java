package waitlist.app.report;

import java.util.List;
import java.util.Locale;

import waitlist.app.output.Html;
import waitlist.simulator.stats.Estimate;

/**
 * The chance that the target holds as a heat map: areas down, periods across, each cell shaded by the chance and showing
 * it as a number and a word (so it reads in black and white and to a screen reader). Drawn as an HTML table rather than a
 * chart: the numbers stay text a reader can copy, it prints crisply, and a table of a few dozen cells needs no library.
 * The five shades are from a purple-orange scale that stays distinct in the common forms of colour blindness.
 */
public final class HeatMap {

    /** One row: an area's name and its chance per period (null: nobody was due there). */
    public record Row(String name, List<Estimate> chances, boolean total) {
    }

    private HeatMap() {
    }

    /** Shade 0 (likely to miss, low) to 4 (safely likely to hold), against the confidence q. */
    static int shade(double p, double q) {
        if (p < 0.25) {
            return 0;
        }
        if (p < 0.5) {
            return 1;
        }
        if (p < q) {
            return 2;
        }
        return p < Math.max(q, 0.95) ? 3 : 4;
    }

    /** The words under a cell's number; matches the verdict's three classes. */
    static String word(double p, double q) {
        return p >= q ? "holds" : p >= 0.5 ? "at risk" : "misses";
    }

    /**
     * A run's verdict as a heat map: its areas down (the county last, set off), its periods across, and optionally a last
     * column for the chance that every period holds.
     */
    public static String ofVerdict(waitlist.simulator.results.SimulationResult r, String caption, boolean allPeriods) {
        List<String> periods = new java.util.ArrayList<>(r.verdict().periods().stream()
                .map(waitlist.simulator.results.TargetVerdict.PeriodVerdict::period).toList());
        if (allPeriods) {
            periods.add("all periods");
        }
        List<Row> rows = new java.util.ArrayList<>();
        for (java.util.Map.Entry<String, String> area : r.areas().entrySet()) {
            List<Estimate> chances = new java.util.ArrayList<>();
            for (waitlist.simulator.results.TargetVerdict.PeriodVerdict p : r.verdict().periods()) {
                chances.add(p.areas().stream().filter(a -> a.area().equals(area.getKey())).findFirst()
                        .map(waitlist.simulator.results.TargetVerdict.AreaVerdict::pHolds).orElse(null));
            }
            if (allPeriods) {
                chances.add(r.verdict().allPeriods().stream().filter(a -> a.area().equals(area.getKey())).findFirst()
                        .map(waitlist.simulator.results.TargetVerdict.AllPeriods::pAllHold).orElse(null));
            }
            rows.add(new Row(area.getValue(), chances, area.getKey().equals(r.countyKey())));
        }
        return html(caption, "area", periods, rows, r.verdict().confidence());
    }

    public static String html(String caption, String cornerHeading, List<String> periods, List<Row> rows, double q) {
        StringBuilder sb = new StringBuilder("<table class=\"heat\">\n<caption>").append(Html.escape(caption)).append("</caption>\n");
        sb.append("<thead><tr><th scope=\"col\">").append(Html.escape(cornerHeading)).append("</th>");
        for (String p : periods) {
            sb.append("<th scope=\"col\">").append(Html.escape(p)).append("</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        for (Row row : rows) {
            sb.append(row.total() ? "<tr class=\"total\">" : "<tr>").append("<th scope=\"row\">").append(Html.escape(row.name())).append("</th>");
            for (int i = 0; i < periods.size(); i++) {
                Estimate e = i < row.chances().size() ? row.chances().get(i) : null;
                if (e == null) {
                    sb.append("<td>-</td>");
                    continue;
                }
                String tip = row.name() + ", " + periods.get(i) + ": chance the target holds " + Figures.chance(e);
                sb.append("<td class=\"p").append(shade(e.mean(), q)).append("\" title=\"").append(Html.escape(tip)).append("\">")
                        .append(String.format(Locale.ROOT, "%.0f%%", 100 * e.mean())).append("<br>")
                        .append(word(e.mean(), q)).append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody>\n</table>\n");
        sb.append("<p class=\"key\">Key: <span class=\"p0\">below 25%</span><span class=\"p1\">25&#x2013;50%</span><span class=\"p2\">50%&#x2013;")
                .append(Figures.percent(q)).append(": at risk</span><span class=\"p3\">").append(Figures.percent(q))
                .append(q < 0.95 ? "&#x2013;95%" : "").append(": holds</span>");
        if (q < 0.95) {
            sb.append("<span class=\"p4\">95% or more</span>");
        }
        sb.append("</p>\n");
        return sb.toString();
    }
}
