package waitlist.app.calibrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import waitlist.app.CliRun;
import waitlist.scenarios.Scenarios;

/**
 * Calibrate on known truth: a series the simulator produced with a write-up of 30 minutes is fitted back, and the fit
 * must find about 30 with an interval that holds it and says something. Then the user-facing rules: bounds, a poor fit,
 * same bytes whatever the threads, located errors.
 */
class CalibrateCommandTest {

    /** A loaded service (1,100 referrals a year on the baseline's staff) over 39 weeks: OT time binds, so write-up shows in the waits. */
    private static final String[] SCENARIO = {"reconnect-baseline", "--set", "/horizon/weeks=39", "--set", "/demand/annualReferrals=1100"};
    private static final String[] MEASURES = {"--measure", "week:waitingList", "--measure", "waitMeanDays", "--measure", "waitP95Days",
            "--measure", "firstAssessments"};

    @TempDir
    static Path dir;
    static Path truth;

    @BeforeAll
    static void simulateTheTruth() throws IOException {
        CliRun sim = CliRun.run(concat(new String[] {"simulate"}, SCENARIO, new String[] {"--set", "/pathway/firstAssessment/writeUpMinutes=30",
                "--replications", "2", "--seed", "77", "--format", "csv"}));
        assertThat(sim.exit()).isZero();
        truth = dir.resolve("truth.csv");
        Files.writeString(truth, sim.out());
    }

    private static CliRun calibrate(String range, String... more) {
        return CliRun.run(concat(new String[] {"calibrate"}, SCENARIO, new String[] {"--observed", truth.toString(),
                "--fit", "/pathway/firstAssessment/writeUpMinutes=" + range, "--replications", "20", "--evaluations", "16"}, MEASURES, more));
    }

    @Test
    void recoversAKnownWriteUpTimeWithAnIntervalThatHoldsIt() throws IOException {
        Path out = dir.resolve("calibrated.json");
        CliRun r = calibrate("10..60", "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        Matcher m = Pattern.compile("writeUpMinutes +([0-9.]+) \\(([0-9.-]+)\u2013([0-9.]+)\\)").matcher(r.out());
        assertThat(m.find()).as(r.out()).isTrue();
        double estimate = Double.parseDouble(m.group(1));
        double low = Double.parseDouble(m.group(2));
        double high = Double.parseDouble(m.group(3));
        assertThat(low).isLessThanOrEqualTo(30);
        assertThat(high).isGreaterThanOrEqualTo(30);
        assertThat(estimate).isBetween(20.0, 40.0);
        assertThat(high - low).as("an interval that says something").isLessThan(50);
        assertThat(r.out()).doesNotContain("POOR FIT").doesNotContain("sits on its");
        // the calibrated scenario extends the bundled one and states the command line's values and the fitted one
        var loaded = Scenarios.load(out);
        assertThat(loaded.scenario().pathway().firstAssessment().writeUpMinutes().value()).isEqualTo(estimate);
        assertThat(loaded.scenario().horizon().weeks()).isEqualTo(39);
        assertThat(loaded.sources().noteFor("/pathway/firstAssessment/writeUpMinutes"))
                .startsWith("calibrated to truth.csv, week:waitingList waitMeanDays waitP95Days firstAssessments (county), 2027-01-04 to 2027-10-04");
        assertThat(Files.readString(out)).startsWith("{\n  \"extends\": \"reconnect-baseline\",");
    }

    @Test
    void saysWhenTheBestValueSitsOnItsBound() {
        CliRun r = calibrate("45..60");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("warning: writeUpMinutes sits on its lower bound (45.00)");
    }

    @Test
    void sameBytesWhateverTheThreads() {
        CliRun one = calibrate("10..60", "--threads", "1", "--evaluations", "6");
        CliRun two = calibrate("10..60", "--threads", "2", "--evaluations", "6");
        assertThat(one.out()).isEqualTo(two.out());
    }

    @Test
    void aPoorFitIsCalledPoor() throws IOException {
        // history twice as long a list as the model can make: no write-up time in range gets near it
        Path far = dir.resolve("far.csv");
        List<String> lines = Files.readAllLines(truth);
        StringBuilder b = new StringBuilder(lines.getFirst()).append('\n');
        for (String line : lines.subList(1, lines.size())) {
            if (line.startsWith("week,") && line.contains(",waitingList,mean,")) {
                String[] f = line.split(",");
                f[7] = Double.toString(Double.parseDouble(f[7]) * 3 + 200);
                line = String.join(",", f);
            }
            b.append(line).append('\n');
        }
        Files.writeString(far, b.toString());
        CliRun r = CliRun.run(concat(new String[] {"calibrate"}, SCENARIO, new String[] {"--observed", far.toString(),
                "--fit", "/pathway/firstAssessment/writeUpMinutes=10..60", "--replications", "10", "--evaluations", "8",
                "--measure", "week:waitingList"}));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("POOR FIT: history sits on average").contains("sits on its upper bound");
    }

    @Test
    void badRequestsAreNamedWithWhatIsAllowed() {
        CliRun range = CliRun.run(concat(new String[] {"calibrate"}, SCENARIO, new String[] {"--observed", truth.toString(),
                "--fit", "/pathway/firstAssessment/writeUpMinutes=60..10"}));
        assertThat(range.exit()).isEqualTo(2);
        assertThat(range.err()).contains("--fit /pathway/firstAssessment/writeUpMinutes=60..10: the range must have min < max");

        CliRun missing = CliRun.run(concat(new String[] {"calibrate"}, SCENARIO, new String[] {"--observed", truth.toString(),
                "--fit", "/pathway/firstAssessment/writeupMinutes=10..60"}));
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("/pathway/firstAssessment/writeupMinutes is not in the scenario");

        CliRun share = CliRun.run(concat(new String[] {"calibrate"}, SCENARIO, new String[] {"--observed", truth.toString(),
                "--fit", "/pathway/firstAssessment/didNotAttendShare=0..2"}));
        assertThat(share.exit()).isEqualTo(2);
        assertThat(share.err()).contains("the scenario does not accept 2 there: must be a share between 0 and 1");

        CliRun measure = calibrate("10..60", "--measure", "waitingListt");
        assertThat(measure.exit()).isEqualTo(2);
        assertThat(measure.err()).contains("\"waitingListt\" is not a measure the simulator reports");

        CliRun noOverlap = CliRun.run("calibrate", "reconnect-baseline", "--set", "/horizon/start=2030-01-07", "--observed", truth.toString(),
                "--fit", "/pathway/firstAssessment/writeUpMinutes=10..60");
        assertThat(noOverlap.exit()).isEqualTo(2);
        assertThat(noOverlap.err()).contains("share no week or period");
    }

    private static String[] concat(String[]... parts) {
        return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(String[]::new);
    }
}
