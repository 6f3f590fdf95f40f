package waitlist.app.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import waitlist.app.CliRun;
import waitlist.scenarios.Demand;
import waitlist.scenarios.Scenario;
import waitlist.scenarios.Scenarios;

/** The example extract shipped in scenarios/examples: reproducible from its seed, and the import recovers its truth. */
class ExampleExtractTest {

    static final Path EXAMPLE = Path.of("../scenarios/examples/referrals-example.csv");
    /** How the example was made (the README says the same). */
    static final String[] GENERATE = {"synthetic-extract", "--from", "2024-01-01", "--to", "2026-03-02", "--seed", "3",
            "--annual", "620", "--wait-first", "100", "--wait-last", "30"};

    @TempDir
    Path dir;

    @Test
    void theShippedExampleIsWhatTheGeneratorWritesForItsSeed() throws IOException {
        CliRun r = CliRun.run(GENERATE);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).as("scenarios/examples/referrals-example.csv is out of date; regenerate it with ./waitlist "
                + String.join(" ", GENERATE) + " -o scenarios/examples/referrals-example.csv").isEqualTo(Files.readString(EXAMPLE));
    }

    @Test
    void importingTheExampleRecoversItsTrueDemandWithinTheIntervals() throws IOException {
        Scenario base = Scenarios.bundled("reconnect-baseline").scenario();
        Demand truth = new Demand(620, base.demand().allianceShares(), base.demand().seasonality(), base.demand().growthPerYear(), null);
        LocalDate asOf = LocalDate.of(2026, 3, 2);
        SyntheticExtract.Truth t = new SyntheticExtract.Truth(truth, LocalDate.of(2024, 1, 1), asOf, 100, 30, 10);
        ExtractReader.Extract read = new ExtractReader("example", Vocabulary.of(base), java.util.Map.of(), ',').read(EXAMPLE);
        assertThat(read.problems()).isEmpty();
        List<String> alliances = base.alliances().stream().map(a -> a.id()).toList();
        FittedDemand d = DemandFit.fit(read.rows(), LocalDate.of(2024, 1, 1), asOf, alliances, base.demand(),
                DemandFit.Choice.AUTO, DemandFit.Choice.AUTO);
        double county = alliances.stream().mapToDouble(a -> t.annual(a, asOf)).sum();
        assertThat(county).isBetween(d.county().low(), d.county().high());
        assertThat(0.05).isBetween(d.growth().low(), d.growth().high());
        // and the command writes a scenario that loads
        Path out = dir.resolve("today.json");
        assertThat(CliRun.run("import", EXAMPLE.toString(), "-o", out.toString()).exit()).isZero();
        assertThat(Scenarios.load(out).scenario().initialState().alliances()).hasSize(5);
    }
}
