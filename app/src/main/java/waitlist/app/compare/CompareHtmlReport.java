package waitlist.app.compare;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import waitlist.app.output.Html;
import waitlist.scenarios.LoadedScenario;
import waitlist.simulator.compare.ComparisonResult;
import waitlist.simulator.results.SimulationResult;

/** One self-contained page: each scenario's verdict and cost, then the paired differences from the first, county by period and by area. */
final class CompareHtmlReport {

    private static final String STYLE = """
            body { font-family: Arial, Helvetica, sans-serif; color: #000; background: #fff; max-width: 72rem; margin: 1.5rem auto; padding: 0 1rem; line-height: 1.4; }
            h1 { font-size: 1.4rem; } h2 { font-size: 1.15rem; margin-top: 2rem; border-bottom: 1px solid #000; }
            table { border-collapse: collapse; font-size: 0.85rem; margin-bottom: 1rem; }
            caption { text-align: left; font-weight: bold; padding: 0.3rem 0; }
            th, td { border: 1px solid #999; padding: 0.2rem 0.4rem; } th { background: #eee; text-align: left; }
            td { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            @media print { body { max-width: none; margin: 0; font-size: 9pt; } table { break-inside: avoid; } }
            """;

    private CompareHtmlReport() {
    }

    static String render(ComparisonResult r, List<LoadedScenario> loaded) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(Html.escape(String.join(" vs ", r.labels()))).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n<h1>").append(Html.escape(String.join(" vs ", r.labels()))).append("</h1>\n");
        sb.append("<p>").append(Html.escape(String.format(Locale.ROOT, "The same %d replications of each scenario (seed %d; %s). Every "
                + "referral meets the same fate in every scenario, so each difference is the change's effect; ranges are 95%% "
                + "intervals over the paired replications.", r.replications(), r.seed(), r.replicationRule()))).append("</p>\n<ul>\n");
        for (int k = 0; k < r.arms().size(); k++) {
            SimulationResult arm = r.arms().get(k);
            String description = loaded.get(k).scenario().description();
            sb.append("<li><strong>").append(Html.escape(r.labels().get(k))).append("</strong>")
                    .append(description == null ? "" : " (" + Html.escape(description) + ")").append(": ")
                    .append(Html.escape(arm.verdict().text())).append('.');
            if (arm.cost() != null) {
                sb.append(" Staff cost ").append(Html.escape(CompareTextReport.pounds(arm.cost().annualTotal().mean()))).append(" a year.");
            }
            sb.append("</li>\n");
        }
        sb.append("</ul>\n");
        for (ComparisonResult.ArmDifference d : r.differences()) {
            String county = CompareTextReport.countyKey(r, d);
            sb.append("<h2>").append(Html.escape(d.arm() + " minus " + d.versus())).append("</h2>\n");
            table(sb, "County, by period", "period", d.periods().stream()
                    .map(p -> Map.entry(p.period(), p.areas().get(county))).toList());
            if (!d.periods().isEmpty() && r.arms().get(0).areas().size() > 2) {
                ComparisonResult.PeriodDifference last = d.periods().get(d.periods().size() - 1);
                SimulationResult arm = CompareTextReport.armResult(r, d.arm());
                table(sb, "By area, " + last.period(), "area", last.areas().entrySet().stream()
                        .map(e -> Map.entry(arm.areas().getOrDefault(e.getKey(), e.getKey()), e.getValue())).toList());
            }
            CompareStageReport.html(sb, r, d);
        }
        return sb.append("</body>\n</html>\n").toString();
    }

    private static void table(StringBuilder sb, String caption, String first,
                              List<Map.Entry<String, Map<String, ComparisonResult.Delta>>> rows) {
        sb.append("<table>\n<caption>").append(Html.escape(caption)).append("</caption>\n<thead><tr><th scope=\"col\">")
                .append(Html.escape(first)).append("</th>");
        for (Differences.Column c : Differences.COLUMNS) {
            sb.append("<th scope=\"col\">").append(Html.escape(c.heading())).append("</th>");
        }
        sb.append("<th scope=\"col\">better: attainment</th></tr></thead>\n<tbody>\n");
        for (var row : rows) {
            sb.append("<tr><th scope=\"row\">").append(Html.escape(row.getKey())).append("</th>");
            for (Differences.Column c : Differences.COLUMNS) {
                sb.append("<td>").append(Html.escape(Differences.write(Differences.get(row.getValue(), c.key()), c.kind()))).append("</td>");
            }
            sb.append("<td>").append(Html.escape(Differences.better(Differences.get(row.getValue(), "attainment")))).append("</td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n");
    }
}
