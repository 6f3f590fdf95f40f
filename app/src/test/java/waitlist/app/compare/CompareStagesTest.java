package waitlist.app.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import waitlist.app.CliRun;

/** {@code waitlist compare} on the Connect scenarios shows what the redesign does to the reablement places, in every format. */
class CompareStagesTest {

    @Test
    void theRedesignsStageDifferencesAppearInTextJsonCsvAndHtml() {
        String[] scenarios = {"compare", "connect-reablement-series", "connect-reablement", "--replications", "10"};
        CliRun text = CliRun.run(scenarios);
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out()).contains("connect-reablement minus connect-reablement-series, stage reablement by area, whole horizon",
                "could take a year", "Mid quadrant");
        CliRun json = CliRun.run(with(scenarios, "--format", "json"));
        JsonNode reablement = JsonMapper.shared().readTree(json.out()).get("differences").get(0).get("stages").get(0);
        assertThat(reablement.get("stage").asString()).isEqualTo("reablement");
        JsonNode gain = reablement.get("areas").get("county").get("capacityPerYear").get("difference");
        assertThat(gain.get("low").asDouble()).isGreaterThan(300);
        assertThat(gain.get("high").asDouble()).isLessThan(500);
        CliRun csv = CliRun.run(with(scenarios, "--format", "csv"));
        assertThat(csv.out()).contains("difference,connect-reablement,connect-reablement-series,whole horizon,2027-07-05,2029-07-02,"
                + "county,reablement/capacityPerYear,difference,");
        CliRun html = CliRun.run(with(scenarios, "--format", "html"));
        assertThat(html.out()).contains("<caption>connect-reablement minus connect-reablement-series, stage reablement by area, whole horizon");
    }

    private static String[] with(String[] args, String... more) {
        String[] out = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, out, args.length, more.length);
        return out;
    }
}
