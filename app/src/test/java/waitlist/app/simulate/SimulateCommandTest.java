package waitlist.app.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import waitlist.app.CliRun;

/** {@code waitlist simulate} as a user meets it, and (e): same seed → identical bytes, whatever the thread count. */
class SimulateCommandTest {

    @TempDir
    Path dir;


    @Test
    void sameSeedGivesIdenticalJsonWithOneThreadAndWithSeveral() {
        CliRun one = CliRun.run("simulate", "--replications", "50", "--seed", "7", "--format", "json", "--threads", "1");
        CliRun three = CliRun.run("simulate", "--replications", "50", "--seed", "7", "--format", "json", "--threads", "3");
        CliRun again = CliRun.run("simulate", "--replications", "50", "--seed", "7", "--format", "json", "--threads", "2");
        assertThat(one.exit()).isZero();
        assertThat(three.out()).isEqualTo(one.out());
        assertThat(again.out()).isEqualTo(one.out());
        CliRun otherSeed = CliRun.run("simulate", "--replications", "50", "--seed", "8", "--format", "json", "--threads", "2");
        assertThat(otherSeed.out()).isNotEqualTo(one.out());
    }

    @Test
    void textVerdictForTheBaselineNamesPeriodsAttainmentAndWeakestAlliance() {
        CliRun r = CliRun.run("simulate", "--replications", "100", "--seed", "3");
        assertThat(r.exit()).as(r.err()).isZero();
        String first = r.out().lines().findFirst().orElseThrow();
        assertThat(first).matches("Six-week target \\(95% within 42 days\\): likely to hold in (all 5 quarters|\\d of 5 quarters.*)"
                + "; chance that all five hold \\d+% \\(\\d+–\\d+%\\); weakest: [A-Za-z ]+ \\d{4}/\\d{2} Q\\d, \\d+% chance\\.");
        assertThat(r.out()).contains("Alliances: ", "alliance-quarters", "OT work done a year (county)",
                "Workload demanded vs available", "South East Essex", "West Essex", "County", "whole horizon");
        assertThat(r.err()).isEmpty(); // no progress line when not on a terminal
        // The figures travel with their assumptions: the scenario's source notes are repeated.
        assertThat(r.out()).contains("Assumptions and sources (from the scenario file)",
                "  /demand/annualReferrals: published: 660 new referrals in the past 12 months");
    }

    @Test
    void jsonCarriesVerdictPeriodsAndWeeksPerArea() {
        CliRun r = CliRun.run("simulate", "--replications", "10", "--format", "json");
        JsonNode json = JsonMapper.shared().readTree(r.out());
        assertThat(json.get("replications").asLong()).isEqualTo(10);
        JsonNode verdict = json.get("verdict");
        assertThat(verdict.get("text").asString()).startsWith("Six-week target (95% within 42 days): ");
        assertThat(verdict.get("confidence").asDouble()).isEqualTo(0.8);
        assertThat(verdict.get("periods")).hasSize(5);
        JsonNode q1 = verdict.get("periods").get(0);
        assertThat(q1.get("period").asString()).isEqualTo("2026/27 Q4");
        assertThat(q1.get("start").asString()).isEqualTo("2027-01-04");
        assertThat(q1.get("areas")).hasSize(6);
        JsonNode cell = q1.get("areas").get(5);
        assertThat(cell.get("area").asString()).isEqualTo("county");
        assertThat(cell.get("status").asString()).isIn("likely-to-hold", "at-risk", "likely-to-miss");
        assertThat(cell.get("pHolds").get("low").asDouble()).isLessThanOrEqualTo(cell.get("pHolds").get("mean").asDouble());
        assertThat(cell.get("attainment").get("high").asDouble()).isGreaterThanOrEqualTo(cell.get("attainment").get("mean").asDouble());
        assertThat(verdict.get("allPeriods")).hasSize(6);
        assertThat(verdict.get("allPeriods").get(5).get("pAllHold").get("mean").isNumber()).isTrue();
        JsonNode county = json.get("periods").get(0).get("areas").get("county");
        assertThat(county.get("attainment").get("low").asDouble()).isLessThanOrEqualTo(county.get("attainment").get("mean").asDouble());
        assertThat(json.get("weeks").size()).isEqualTo(65);
        assertThat(json.get("areas").propertyNames()).containsExactly("south-east", "south-west", "mid", "north-east", "west", "county");
        assertThat(json.get("sources").get("/pathway/dropoutPerWeek").asString()).startsWith("assumption");
    }

    @Test
    void csvIsTidyAndOutWritesAllThreeFiles() throws Exception {
        CliRun r = CliRun.run("simulate", "--replications", "5", "--format", "csv", "--out", dir.toString());
        assertThat(r.exit()).isZero();
        String[] lines = r.out().split("\n");
        assertThat(lines[0]).isEqualTo("granularity,period,start,end,area,metric,statistic,value");
        assertThat(lines).allSatisfy(l -> assertThat(l.split(",", -1)).hasSize(8));
        assertThat(r.out()).contains("period,2026/27 Q4,2027-01-04,2027-04-01,county,attainment,mean,",
                "verdict,2026/27 Q4,2027-01-04,2027-04-01,county,status,class,", "verdict,whole horizon,2027-01-04,2028-04-03,county,pAllHold,mean,");
        assertThat(Files.readString(dir.resolve("simulation.csv"))).isEqualTo(r.out());
        assertThat(Files.readString(dir.resolve("simulation.txt"))).startsWith("Six-week target");
        assertThat(Files.readString(dir.resolve("simulation.json"))).startsWith("{\n  \"scenario\": \"reconnect-baseline\"");
    }

    @Test
    void autoReplicationsRunsUntilEveryPeriodsClassIsSettledAndSaysHowMany() {
        CliRun r = CliRun.run("simulate", "mmc-queue", "--replications", "auto", "--format", "json");
        JsonNode json = JsonMapper.shared().readTree(r.out());
        long n = json.get("replications").asLong();
        assertThat(n).isGreaterThanOrEqualTo(100).isLessThanOrEqualTo(2000);
        assertThat(n % 100).isZero();
        assertThat(json.get("replicationRule").asString()).startsWith("auto");
        // the scenario's one alliance is itself called "county", so the county-wide total gets another key
        assertThat(json.get("areas").propertyNames()).containsExactly("county", "county-total");
        JsonNode verdict = json.get("verdict");
        assertThat(verdict.get("unsettled")).isEmpty();
        for (JsonNode period : verdict.get("periods")) {
            for (JsonNode area : period.get("areas")) {
                JsonNode p = area.get("pHolds");
                double low = p.get("low").asDouble();
                double high = p.get("high").asDouble();
                boolean clear = (low >= 0.8 || high < 0.8) && (low >= 0.5 || high < 0.5);
                assertThat(clear || (high - low) / 2 <= 0.05).as(period.get("period") + " " + area.get("area")).isTrue();
            }
        }
    }

    @Test
    void confidenceFromTheCommandLineChangesTheClassesNotTheRun() {
        CliRun strict = CliRun.run("simulate", "--replications", "100", "--confidence", "0.99", "--format", "json");
        CliRun usual = CliRun.run("simulate", "--replications", "100", "--format", "json");
        JsonNode a = JsonMapper.shared().readTree(strict.out()).get("verdict");
        JsonNode b = JsonMapper.shared().readTree(usual.out()).get("verdict");
        assertThat(a.get("confidence").asDouble()).isEqualTo(0.99);
        assertThat(a.get("periods").get(1).get("areas").get(5).get("pHolds")).isEqualTo(b.get("periods").get(1).get("areas").get(5).get("pHolds"));
        assertThat(a.get("countyLikelyToHold").asInt()).isLessThan(b.get("countyLikelyToHold").asInt());
        CliRun bad = CliRun.run("simulate", "--confidence", "0.4");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("--confidence must be above 0.5 and at most 1").doesNotContain("Exception");
    }

    @Test
    void helpDescribesTheOptions() {
        CliRun r = CliRun.run("simulate", "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("--replications=N|auto", "95% confidence intervals", "--seed=S", "--format=FORMAT", "--out=DIR");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void networkScenariosSpeakTheirOwnWords() {
        CliRun r = CliRun.run("simulate", "connect-reablement", "--replications", "5");
        assertThat(r.exit()).as(r.err()).isZero();
        // the file's target (7 days) and clock-stopping stage, never the Reconnect service's words
        String report = r.out().substring(0, r.out().indexOf("Assumptions and sources")); // the notes quote the file as written
        assertThat(report).startsWith("One-week target to start reablement (90% within 7 days): ")
                .contains("whose day 7 fell in it (eligible and still waiting, or seen) had started reablement by then",
                        "reablement: 520 places (north-east 140, mid 140, south 146, west 94); a place is held after the work ends"
                                + " until domiciliary-care starts",
                        "Mid quadrant")
                .doesNotContain("OT", "coach", "first assess", "first-assess", "six-week", "Six-week", "lliance");
        assertThat(report).containsPattern("Areas: \\d+ of 32 area-quarters");
        CliRun csv = CliRun.run("simulate", "connect-reablement", "--replications", "5", "--format", "csv");
        assertThat(csv.out()).contains("\nhorizon,whole horizon,2027-07-05,2029-07-02,mid,reablement/occupancy,mean,");
        CliRun json = CliRun.run("simulate", "connect-reablement", "--replications", "5", "--format", "json");
        assertThat(json.out()).contains("\"clockStop\": \"reablement\"", "\"holdsUntil\": \"domiciliary-care\"", "\"capacityPerYear\": {");
    }

    @Test
    void badInputIsAUserErrorWithoutAStackTrace() {
        CliRun unknown = CliRun.run("simulate", "no-such-scenario");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("no bundled scenario named 'no-such-scenario'").doesNotContain("Exception");
        CliRun badCount = CliRun.run("simulate", "--replications", "lots");
        assertThat(badCount.exit()).isEqualTo(2);
        assertThat(badCount.err()).contains("--replications must be a whole number, 2 or more, or 'auto'; got 'lots'");
        CliRun zero = CliRun.run("simulate", "--replications", "0");
        assertThat(zero.exit()).isEqualTo(2);
        CliRun one = CliRun.run("simulate", "--replications", "1");
        assertThat(one.exit()).isEqualTo(2);
        assertThat(one.err()).contains("a confidence interval needs at least two");
        CliRun manyThreads = CliRun.run("simulate", "--threads", "40000");
        assertThat(manyThreads.exit()).isEqualTo(2);
        assertThat(manyThreads.err()).contains("--threads must be between 1 and 256, got 40000").doesNotContain("Exception");
        CliRun badFormat = CliRun.run("simulate", "--format", "xml");
        assertThat(badFormat.exit()).isEqualTo(2);
        assertThat(badFormat.err()).contains("xml");
    }
}
