package waitlist.app.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import waitlist.app.CliRun;

/** {@code waitlist staff} as a service manager meets it (on a 13-week horizon, to keep the test short). */
class StaffCommandTest {

    @TempDir
    Path dir;

    @Test
    void findsStaffingWritesARunnableStaffedScenarioAndItsReports() throws Exception {
        Path out = dir.resolve("answer");
        CliRun r = CliRun.run("staff", "--set", "/horizon/weeks=13", "--confidence", "0.85", "--search-replications", "60",
                "--out", out.toString());
        assertThat(r.exit()).as(r.err() + r.out()).isZero();
        assertThat(r.out()).startsWith("Staffing for reconnect-baseline: the six-week target likely to hold (a chance of at least 85%)")
                .contains("Least cost found: £", "verified on fresh seeds with 400 replications", "OT now", "County", "Search trail",
                        "Written: " + out.resolve("staffed.json") + ", which extends the bundled reconnect-baseline",
                        "run it with: waitlist simulate " + out.resolve("staffed.json"));
        JsonNode staffed = JsonMapper.shared().readTree(Files.readString(out.resolve("staffed.json")));
        assertThat(staffed.get("extends").asString()).isEqualTo("reconnect-baseline");
        assertThat(staffed.get("horizon").get("weeks").asInt()).as("the --set is restated").isEqualTo(13);
        assertThat(staffed.get("target").get("confidence").asDouble()).isEqualTo(0.85);
        assertThat(staffed.get("workforce").get("ot").get("fte").get("value")).hasSize(5);
        assertThat(staffed.has("demand")).as("only the staffing (and the --set) is stated").isFalse();
        // runnable as it stands, and the verdict it was verified to give is there on other seeds too
        CliRun again = CliRun.run("simulate", out.resolve("staffed.json").toString(), "--replications", "200", "--seed", "11");
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("likely to hold in the one quarter")
                .contains("/workforce/ot/fte: found by waitlist staff").doesNotContain("calibrated, not published");
        for (String f : new String[] {"staffing.txt", "staffing.json", "staffing.csv", "staffing.html", "trail.csv"}) {
            assertThat(out.resolve(f)).exists();
        }
        assertThat(Files.readString(out.resolve("staffing.csv"))).startsWith(
                "area,ot_fte_now,ot_fte_proposed,coach_fte_now,coach_fte_proposed,cost_per_year_now,cost_per_year_proposed\n");
    }

    @Test
    void whenNoStaffingWithinTheBoundWillDoItSaysWhyAndExitsTwo() {
        CliRun r = CliRun.run("staff", "--set", "/horizon/weeks=13", "--set", "/demand/annualReferrals=20000", "--max-factor", "2",
                "--search-replications", "40");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("error: no staffing meets the goal:", "OT FTE", "2 times today's").doesNotContain("Exception");
    }

    @Test
    void badOptionsAreRefusedBeforeAnyWork() {
        assertThat(CliRun.run("staff", "--replications", "100").err()).contains("must be at least 400");
        assertThat(CliRun.run("staff", "--step", "0").err()).contains("--step must be above 0");
        assertThat(CliRun.run("staff", "--from", "2020-01-01").err()).contains("--from must fall within the scenario's horizon");
        assertThat(CliRun.run("staff", "mmc-queue").err()).contains("stage network");
        CliRun listSet = CliRun.run("staff", "--set", "/workforce/ot/fte/0/fte=2", "--out", dir.resolve("x").toString());
        assertThat(listSet.exit()).isEqualTo(2);
        assertThat(listSet.err()).contains("a change inside a list cannot be restated there");
    }
}
