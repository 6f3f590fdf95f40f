package waitlist.app.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import waitlist.app.CliRun;

/** {@code waitlist compare} as a commissioner meets it. */
class CompareCommandTest {

    @TempDir
    Path dir;

    @Test
    void textGivesEachVerdictTheCostsAndThePairedDifferences() {
        CliRun r = CliRun.run("compare", "reconnect-baseline", "reconnect-ai-assessment", "--replications", "100");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Comparing 2 scenarios on the same 100 replications (seed 1; fixed).")
                .contains("reconnect-baseline: Six-week target", "reconnect-ai-assessment: Six-week target",
                        "Staff cost a year (county, whole horizon): reconnect-baseline £465,000; reconnect-ai-assessment £465,000 (no change)",
                        "reconnect-ai-assessment minus reconnect-baseline, county", "whole horizon", "by area, whole horizon", "Mid Essex");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void jsonCsvAndHtmlCarryTheSameDifferencesAndOutWritesAllFour() throws Exception {
        CliRun json = CliRun.run("compare", "reconnect-baseline", "reconnect-ai-assessment", "--replications", "20", "--format", "json",
                "--out", dir.toString());
        assertThat(json.exit()).as(json.err()).isZero();
        JsonNode tree = JsonMapper.shared().readTree(json.out());
        assertThat(tree.get("labels").get(1).asString()).isEqualTo("reconnect-ai-assessment");
        JsonNode wait = tree.get("differences").get(0).get("periods").get(5).get("areas").get("county").get("waitMeanDays");
        double mean = wait.get("difference").get("mean").asDouble();
        assertThat(mean).as("the AI scribe shortens waits").isNegative();
        assertThat(wait.get("pBetter").get("mean").asDouble()).isBetween(0.5, 1.0);
        String csv = Files.readString(dir.resolve("comparison.csv"));
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("kind,arm,versus,period,start,end,area,metric,statistic,value");
        assertThat(csv).contains("difference,reconnect-ai-assessment,reconnect-baseline,whole horizon,2027-01-04,2028-04-03,county,"
                + "waitMeanDays,difference,");
        assertThat(Files.readString(dir.resolve("comparison.html"))).startsWith("<!DOCTYPE html>").contains("minus reconnect-baseline");
        assertThat(Files.readString(dir.resolve("comparison.txt"))).startsWith("Comparing 2 scenarios");
        assertThat(Files.readString(dir.resolve("comparison.json"))).isEqualTo(json.out());
    }

    @Test
    void sameSeedSameBytesWhateverTheThreads() {
        CliRun one = CliRun.run("compare", "reconnect-baseline", "reconnect-west-expansion", "--replications", "30", "--format", "csv",
                "--threads", "1");
        CliRun three = CliRun.run("compare", "reconnect-baseline", "reconnect-west-expansion", "--replications", "30", "--format", "csv",
                "--threads", "3");
        assertThat(one.exit()).isZero();
        assertThat(three.out()).isEqualTo(one.out());
    }

    @Test
    void mistakesAreUserErrors() {
        CliRun one = CliRun.run("compare", "reconnect-baseline");
        assertThat(one.exit()).isEqualTo(2);
        CliRun unknown = CliRun.run("compare", "reconnect-baseline", "no-such-thing");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("no bundled scenario named 'no-such-thing'").doesNotContain("Exception");
    }
}
