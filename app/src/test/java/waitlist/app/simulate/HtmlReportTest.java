package waitlist.app.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static waitlist.app.CliRun.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import waitlist.app.CliRun;

/** {@code waitlist simulate --format html}: the page a manager opens in a browser and pastes into a board paper. */
class HtmlReportTest {

    @TempDir
    Path dir;

    @Test
    void pageLeadsWithTheVerdictAndHasATablePerAreaAndTheAssumptions() {
        CliRun html = run("simulate", "--replications", "10", "--seed", "4", "--format", "html");
        assertThat(html.exit()).as(html.err()).isZero();
        JsonNode json = json("--replications", "10", "--seed", "4");
        String page = html.out();
        assertThat(page).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        assertThat(page).contains("<h1>" + HtmlReport.escape(json.get("verdict").get("text").asString()) + ".</h1>");
        // the title block: scenario, run date, tool version, seed and replications
        assertThat(page).contains("<dt>Scenario</dt><dd>reconnect-baseline</dd>", "<dt>Seed</dt><dd>4</dd>", "<dt>Replications</dt><dd>10</dd>",
                "<dt>Run date</dt><dd>", "<dt>Tool version</dt><dd>waitlist ");
        assertThat(page).contains("10 independent runs", "95% confidence intervals", "Chance the target holds, by period and area");
        assertThat(count(page, "<table class=\"area\"")).isEqualTo(6);
        for (String name : List.of("South East Essex", "South West Essex", "Mid Essex", "North East Essex", "West Essex", "County")) {
            assertThat(page).contains("<caption>" + name + "</caption>");
        }
        assertThat(page).contains("OT work done a year (county):", "Workload demanded vs available");
        assertThat(page).contains("<section id=\"assumptions\">\n<h2>Assumptions and sources</h2>",
                "<dt class=\"pointer\">/demand/annualReferrals</dt><dd>published: 660 new referrals in the past 12 months</dd>");
        // UK dates for people: the horizon in the title block
        assertThat(page).contains("<dt>Horizon</dt><dd>4 Jan 2027 to 2 Apr 2028 (65 weeks)</dd>");
        // plain ASCII (en dashes etc. as character references), so redirecting stdout cannot garble it whatever the console encoding
        assertThat(page.chars().allMatch(c -> c < 128)).isTrue();
        // self-contained: nothing fetched, nothing run
        assertThat(page).doesNotContain("<script", "<link", "src=", "@import", "url(http", "href=\"http");
        assertThat(page.replace("href=\"#", "")).doesNotContain("href=");
    }

    @Test
    void everyPeriodBelowTheThresholdIsMarkedInWordsNotOnlyColour() {
        CliRun html = run("simulate", "reconnect-extension-2030", "--replications", "10", "--seed", "4", "--format", "html");
        JsonNode json = json("reconnect-extension-2030", "--replications", "10", "--seed", "4");
        int notLikely = 0;
        for (JsonNode period : json.get("verdict").get("periods")) {
            for (JsonNode area : period.get("areas")) {
                if (!area.get("status").asString().equals("likely-to-hold")) {
                    notLikely++;
                }
            }
        }
        assertThat(notLikely).as("the extension to 2029/30 is not sure everywhere").isPositive();
        assertThat(count(html.out(), "<td class=\"risk\">&#x2717;&#xA0;at risk</td>")
                + count(html.out(), "<td class=\"miss\">&#x2717;&#xA0;likely to miss</td>")).isEqualTo(notLikely);
    }

    @Test
    void attainmentChartPlotsEveryPeriodAndAreaAgainstTheTargetLineAndEveryAreaHasItsWaitingList() {
        CliRun html = run("simulate", "--replications", "10", "--seed", "4", "--format", "html");
        String page = html.out();
        String figure = page.substring(page.indexOf("<figure class=\"chart\""), page.indexOf("</figure>"));
        // baseline: 5 financial quarters (the whole horizon is not plotted) x (5 alliances + county)
        assertThat(figure).startsWith("<figure class=\"chart\" data-points=\"30\">").contains("<svg id='attainment'");
        for (String label : List.of("2026/27 Q4", "2027/28 Q1", "2027/28 Q4", "target 95%", "financial quarter", "South East Essex", "County")) {
            assertThat(figure).contains(">" + label + "<");
        }
        // one small chart per area of the weekly waiting list (65 weeks each), and of the waits against the 42-day line
        assertThat(count(page, "<svg id='list-")).isEqualTo(6);
        assertThat(page).contains("data-points=\"65\"", ">42-day target<", ">median<", ">95th percentile<", ">longest<");
        // every chart has a title for screen readers and anyone pasting it alone
        assertThat(count(page, "<svg id=")).isEqualTo(count(page, "role='img' aria-label='"));
    }

    @Test
    void textFromTheScenarioIsEscapedAndNetworksGetTheirStageTable() throws Exception {
        Path file = dir.resolve("tricky.json");
        Files.writeString(file, """
                {
                  "name": "tricky",
                  "description": "Checks escaping: <script>alert('x')</script> & friends",
                  "horizon": { "start": "2027-01-04", "weeks": 26, "warmUpWeeks": 0 },
                  "target": { "days": 7, "attainment": 0.95, "reportingPeriod": "quarter" },
                  "alliances": [ { "id": "a", "name": "Alpha & Omega <North>" } ],
                  "demand": {
                    "annualReferrals": { "value": 730, "source": "assumption: <i>made up</i> & round" },
                    "allianceShares": { "a": 1.0 }
                  },
                  "network": {
                    "stages": { "assessment": { "servers": 3, "serviceDays": { "exponential": { "mean": 1.35 } } } },
                    "clockStopsAt": "assessment"
                  }
                }
                """);
        CliRun html = run("simulate", file.toString(), "--replications", "5", "--format", "html");
        assertThat(html.exit()).as(html.err()).isZero();
        assertThat(html.out()).doesNotContain("<script", "<i>", "Omega <North>")
                .contains("Checks escaping: &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; friends",
                        "<caption>Alpha &amp; Omega &lt;North&gt;</caption>",
                        "<dd>assumption: &lt;i&gt;made up&lt;/i&gt; &amp; round</dd>",
                        "<h2>Stages (whole horizon)</h2>", "<caption>assessment: 3 places shared county-wide</caption>");
        // the network's own words: its clock stop, never the Reconnect pathway's staff or first assessment
        assertThat(html.out()).contains("Wait for the start of assessment")
                .doesNotContain("first assess", ">OT", "OT use", "coach", "Coach");
    }

    @Test
    void sameSeedGivesIdenticalBytesWhateverTheThreads() {
        CliRun one = run("simulate", "--replications", "10", "--seed", "9", "--format", "html", "--threads", "1");
        CliRun three = run("simulate", "--replications", "10", "--seed", "9", "--format", "html", "--threads", "3");
        assertThat(one.exit()).isZero();
        assertThat(three.out()).isEqualTo(one.out());
        CliRun other = run("simulate", "--replications", "10", "--seed", "10", "--format", "html", "--threads", "3");
        assertThat(other.out()).isNotEqualTo(one.out());
    }

    @Test
    void outWritesSimulationHtmlBesideTheOtherThree() throws Exception {
        CliRun r = run("simulate", "--replications", "5", "--format", "html", "--out", dir.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(dir.resolve("simulation.html"))).isEqualTo(r.out());
        assertThat(dir.resolve("simulation.txt")).exists();
        assertThat(dir.resolve("simulation.json")).exists();
        assertThat(dir.resolve("simulation.csv")).exists();
    }

    private static JsonNode json(String... args) {
        List<String> all = new ArrayList<>(List.of("simulate", "--format", "json"));
        all.addAll(List.of(args));
        CliRun r = run(all.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        return JsonMapper.shared().readTree(r.out());
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    /** Every match of the pattern, its groups as numbers. */
    private static List<double[]> numbers(String text, String regex) {
        List<double[]> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            double[] row = new double[m.groupCount()];
            for (int g = 0; g < row.length; g++) {
                row[g] = Double.parseDouble(m.group(g + 1));
            }
            out.add(row);
        }
        return out;
    }
}
