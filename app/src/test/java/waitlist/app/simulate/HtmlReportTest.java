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
        assertThat(page).contains("How to read this", "10 independent runs", "random seed 4", "95% confidence intervals");
        assertThat(count(page, "<table class=\"area\"")).isEqualTo(6);
        for (String name : List.of("South East Essex", "South West Essex", "Mid Essex", "North East Essex", "West Essex", "County")) {
            assertThat(page).contains("<caption>" + name + "</caption>");
        }
        assertThat(page).contains("OT work done a year (county):", "Workload demanded vs available");
        assertThat(page).contains("<h2 id=\"assumptions\">Assumptions and sources</h2>",
                "<dt>/demand/annualReferrals</dt><dd>published: 660 new referrals in the past 12 months</dd>");
        // plain ASCII (en dashes etc. as character references), so redirecting stdout cannot garble it whatever the console encoding
        assertThat(page.chars().allMatch(c -> c < 128)).isTrue();
        // self-contained: nothing fetched, nothing run
        assertThat(page).doesNotContain("<script", "<link", "src=", "href=", "url(", "@import");
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
        assertThat(count(html.out(), "<strong>&#x2717;&#xA0;at risk</strong></td>")
                + count(html.out(), "<strong>&#x2717;&#xA0;likely to miss</strong></td>")).isEqualTo(notLikely);
    }

    @Test
    void attainmentChartHasOneWhiskerPerPeriodAndAreaAndTheThresholdLineAtItsValue() {
        CliRun html = run("simulate", "--replications", "10", "--seed", "4", "--format", "html");
        String page = html.out();
        String svg = page.substring(page.indexOf("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"attainment-chart\""));
        svg = svg.substring(0, svg.indexOf("</svg>"));
        // baseline: 5 quarters (the whole horizon is not plotted) x (5 alliances + county)
        List<double[]> whiskers = numbers(svg, "<line class=\"whisker\" data-low=\"([0-9.]+)\" data-high=\"([0-9.]+)\" x1=\"[0-9.]+\" "
                + "y1=\"([0-9.]+)\" x2=\"[0-9.]+\" y2=\"([0-9.]+)\"");
        assertThat(whiskers).hasSize(5 * 6);

        // Read the y axis as a person would, from its labelled gridlines, and check marks sit where their values say.
        TreeMap<Double, Double> ticks = new TreeMap<>();
        for (double[] t : numbers(svg, "<line class=\"tick\" data-value=\"([0-9.]+)\" x1=\"[0-9.]+\" y1=\"([0-9.]+)\"")) {
            ticks.put(t[0], t[1]);
        }
        assertThat(ticks.lastKey()).isEqualTo(1.0);
        assertThat(ticks.size()).isGreaterThanOrEqualTo(3);
        double v0 = ticks.firstKey();
        double y0 = ticks.firstEntry().getValue();
        double yPerUnit = (ticks.lastEntry().getValue() - y0) / (1.0 - v0);
        assertThat(yPerUnit).isNegative(); // higher attainment is further up the page
        List<double[]> threshold = numbers(svg, "<line class=\"threshold\" data-value=\"([0-9.]+)\" x1=\"[0-9.]+\" y1=\"([0-9.]+)\"");
        assertThat(threshold).hasSize(1);
        assertThat(threshold.get(0)[0]).isEqualTo(0.95);
        assertThat(threshold.get(0)[1]).isCloseTo(y0 + (0.95 - v0) * yPerUnit, within(0.2));
        for (double[] w : whiskers) {
            assertThat(w[2]).isCloseTo(y0 + (w[0] - v0) * yPerUnit, within(0.2));
            assertThat(w[3]).isCloseTo(y0 + (w[1] - v0) * yPerUnit, within(0.2));
        }
        assertThat(page).contains("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"waiting-list-chart\"", "<polyline class=\"mean\"");
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
                        "<h2>Stages (whole horizon)</h2>", "<caption>assessment: 3 places shared county-wide</caption>")
                .doesNotContain("OT use", "coach use");
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
