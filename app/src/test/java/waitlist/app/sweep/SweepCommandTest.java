package waitlist.app.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import waitlist.app.CliRun;

/** {@code waitlist sweep}: a grid of inputs on the same random numbers, and where the verdict changes. */
class SweepCommandTest {

    @Test
    void eachPointIsWhatSimulateGivesWithThatValueAndTheBreakEvenIsNamed() {
        CliRun sweep = CliRun.run("sweep", "--set", "/demand/growthPerYear=0.05,0.4", "--replications", "100", "--format", "json");
        assertThat(sweep.exit()).as(sweep.err()).isZero();
        JsonNode json = JsonMapper.shared().readTree(sweep.out());
        assertThat(json.get("parameters").get(0).asString()).isEqualTo("/demand/growthPerYear");
        assertThat(json.get("points")).hasSize(2);
        CliRun simulate = CliRun.run("simulate", "--set", "/demand/growthPerYear=0.05", "--replications", "100", "--format", "json");
        JsonNode alone = JsonMapper.shared().readTree(simulate.out());
        assertThat(json.get("points").get(0).get("verdict")).isEqualTo(alone.get("verdict"));
        assertThat(json.get("points").get(0).get("worst").asString()).isEqualTo("likely-to-hold");
        assertThat(json.get("points").get(1).get("worst").asString()).isNotEqualTo("likely-to-hold");
        JsonNode breakEven = json.get("breakEvens").get(0);
        assertThat(breakEven.get("from").asString()).isEqualTo("0.05");
        assertThat(breakEven.get("to").asString()).isEqualTo("0.4");
        assertThat(breakEven.get("text").asString()).startsWith("/demand/growthPerYear 0.05 -> 0.4: likely to hold in every quarter -> ");
    }

    @Test
    void rangesGridsAndTheWideCsv() {
        CliRun r = CliRun.run("sweep", "--set", "/demand/growthPerYear=0..0.1:0.05", "--set", "/pathway/dropoutPerWeek=0,0.02",
                "--replications", "20", "--format", "csv");
        assertThat(r.exit()).as(r.err()).isZero();
        String[] lines = r.out().split("\n");
        assertThat(lines).hasSize(1 + 3 * 2);
        assertThat(lines[0]).startsWith("/demand/growthPerYear,/pathway/dropoutPerWeek,replications,worst_status,")
                .contains(",status 2026/27 Q4,", ",p_holds 2027/28 Q4");
        assertThat(lines[1]).startsWith("0,0,20,");
        assertThat(lines[6]).startsWith("0.1,0.02,20,");
    }

    @Test
    void mistakesAreNamedBeforeAnyWork() {
        CliRun none = CliRun.run("sweep");
        assertThat(none.exit()).isEqualTo(2);
        CliRun single = CliRun.run("sweep", "--set", "/demand/growthPerYear=0.1");
        assertThat(single.exit()).isEqualTo(2);
        assertThat(single.err()).contains("give at least one input with two or more values");
        CliRun bad = CliRun.run("sweep", "--set", "/demand/growthPerYear=0.1,abc");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("--set /demand/growthPerYear=abc").doesNotContain("Exception");
        CliRun huge = CliRun.run("sweep", "--set", "/demand/growthPerYear=0..1:0.001");
        assertThat(huge.exit()).isEqualTo(2);
        assertThat(huge.err()).contains("at most 50");
    }
}
