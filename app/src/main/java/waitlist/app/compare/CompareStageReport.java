package waitlist.app.compare;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import waitlist.app.output.Html;
import waitlist.simulator.compare.ComparisonResult;
import waitlist.simulator.results.SimulationResult;

/**
 * For stage networks: each stage both scenarios have, its paired differences by area over the whole horizon, e.g. how many
 * more people the same reablement places could take a year after the Connect redesign. Shared by the text and HTML reports.
 */
final class CompareStageReport {

    static final List<Differences.Column> COLUMNS = List.of(
            new Differences.Column("occupancy", "occupied, points", Differences.Kind.POINTS),
            new Differences.Column("lengthOfStayMeanDays", "stay, days", Differences.Kind.DAYS),
            new Differences.Column("heldMeanDays", "held, days", Differences.Kind.DAYS),
            new Differences.Column("completedPerYear", "left a year", Differences.Kind.PEOPLE),
            new Differences.Column("capacityPerYear", "could take a year", Differences.Kind.PEOPLE),
            new Differences.Column("queueMean", "waiting for a place", Differences.Kind.PEOPLE),
            new Differences.Column("queueWaitMeanDays", "wait for a place, days", Differences.Kind.DAYS));

    private CompareStageReport() {
    }

    private static String caption(ComparisonResult.ArmDifference d, ComparisonResult.StageDifference s) {
        return d.arm() + " minus " + d.versus() + ", stage " + s.stage() + " by area, whole horizon";
    }

    static void text(StringBuilder sb, ComparisonResult r, ComparisonResult.ArmDifference d) {
        SimulationResult arm = CompareTextReport.armResult(r, d.arm());
        for (ComparisonResult.StageDifference s : d.stages()) {
            sb.append(String.format(Locale.ROOT, "%n%s ('better': share of replications in which the places could take more a year)%n",
                    caption(d, s)));
            sb.append(String.format(Locale.ROOT, "%-20s", "area"));
            COLUMNS.forEach(c -> sb.append(String.format(Locale.ROOT, " %-26s", c.heading())));
            sb.append(" better\n");
            for (Map.Entry<String, Map<String, ComparisonResult.Delta>> area : s.areas().entrySet()) {
                sb.append(String.format(Locale.ROOT, "%-20s", arm.areas().getOrDefault(area.getKey(), area.getKey())));
                COLUMNS.forEach(c -> sb.append(String.format(Locale.ROOT, " %-26s",
                        Differences.write(Differences.get(area.getValue(), c.key()), c.kind()))));
                sb.append(' ').append(Differences.better(Differences.get(area.getValue(), "capacityPerYear"))).append('\n');
            }
        }
    }

    static void html(StringBuilder sb, ComparisonResult r, ComparisonResult.ArmDifference d) {
        SimulationResult arm = CompareTextReport.armResult(r, d.arm());
        for (ComparisonResult.StageDifference s : d.stages()) {
            sb.append("<table>\n<caption>").append(Html.escape(caption(d, s))).append("</caption>\n<thead><tr><th scope=\"col\">area</th>");
            COLUMNS.forEach(c -> sb.append("<th scope=\"col\">").append(Html.escape(c.heading())).append("</th>"));
            sb.append("<th scope=\"col\">better: could take a year</th></tr></thead>\n<tbody>\n");
            for (Map.Entry<String, Map<String, ComparisonResult.Delta>> area : s.areas().entrySet()) {
                sb.append("<tr><th scope=\"row\">").append(Html.escape(arm.areas().getOrDefault(area.getKey(), area.getKey()))).append("</th>");
                COLUMNS.forEach(c -> sb.append("<td>")
                        .append(Html.escape(Differences.write(Differences.get(area.getValue(), c.key()), c.kind()))).append("</td>"));
                sb.append("<td>").append(Html.escape(Differences.better(Differences.get(area.getValue(), "capacityPerYear"))))
                        .append("</td></tr>\n");
            }
            sb.append("</tbody>\n</table>\n");
        }
    }
}
