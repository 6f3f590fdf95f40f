package waitlist.app.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import waitlist.app.CliRun;
import waitlist.simulator.results.Metric;

/** The wide CSV: what a spreadsheet user sees without a pivot table, with the same numbers as the JSON. */
class WideCsvTest {

    @TempDir
    Path dir;

    @Test
    void oneRowPerPeriodAndAreaOneColumnPerMeasureAndItsIntervalHeadedInWords() throws Exception {
        CliRun r = CliRun.run("simulate", "--replications", "10", "--seed", "5", "--out", dir.toString(), "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode json = JsonMapper.shared().readTree(r.out());
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(Files.readString(dir.resolve("simulation-wide.csv")))).getRecords();
        // 5 financial quarters and the whole horizon, 5 alliances and the county
        assertThat(rows).hasSize(6 * 6);
        CSVRecord first = rows.get(0);
        assertThat(first.getParser().getHeaderNames()).startsWith("Period", "Start", "End (exclusive)", "Area", "Area id", "Verdict")
                .contains("Attainment (%)", "Attainment, 95% CI low (%)", "Attainment, 95% CI high (%)", "Mean wait (days)",
                        "Mean wait, 95% CI low (days)", "Staff cost (pounds a year)")
                .hasSize(6 + 3 * Metric.values().length);
        assertThat(first.get("Period")).isEqualTo("2026/27 Q4");
        assertThat(first.get("Start")).isEqualTo("2027-01-04");
        assertThat(first.get("Area")).isEqualTo("South East Essex");
        double attainment = json.get("periods").get(0).get("areas").get("south-east").get("attainment").get("mean").asDouble();
        assertThat(Double.parseDouble(first.get("Attainment (%)"))).isCloseTo(100 * attainment, org.assertj.core.data.Offset.offset(0.01));
        assertThat(rows.get(rows.size() - 1).get("Period")).isEqualTo("whole horizon");
        assertThat(rows.get(rows.size() - 1).get("Area")).isEqualTo("County");
    }
}
