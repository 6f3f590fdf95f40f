package waitlist.app.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import waitlist.app.CliRun;
import waitlist.scenarios.AllianceState;
import waitlist.scenarios.FteChange;
import waitlist.scenarios.Scenario;
import waitlist.scenarios.Scenarios;

/** {@code waitlist import} as a user meets it: what it writes, what it says, and how it refuses bad input. */
class ImportCommandTest {

    static final Path BASELINE = Path.of("../scenarios/reconnect-baseline.json").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private Path extract(String name, String csv) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, csv);
        return file;
    }

    /** A two-and-a-half-year synthetic extract: long enough to fit growth and seasonality. */
    private Path synthetic() {
        Path file = dir.resolve("synthetic.csv");
        CliRun r = CliRun.run("synthetic-extract", "--from", "2023-09-04", "--to", "2026-03-02", "--seed", "5", "-o", file.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        return file;
    }

    @Test
    void fromAnExtractToARunnableScenarioThatExtendsTheBase() throws IOException {
        Path out = dir.resolve("today.json");
        Path series = dir.resolve("series.csv");
        CliRun r = CliRun.run("import", synthetic().toString(), "-o", out.toString(), "--observed", series.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("as of 2026-03-02 (the day after the last date in the extract, 2026-03-01)",
                "demand fitted from", "growth", "seasonality  Jan..Dec", "wrote " + out, "wrote " + series);

        String json = Files.readString(out);
        assertThat(json).startsWith("{\n  \"extends\": \"reconnect-baseline\",\n  \"name\": \"today\",");
        Scenario s = Scenarios.load(out).scenario();
        assertThat(s.horizon().start()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(s.horizon().end()).isEqualTo(Scenarios.load(BASELINE).scenario().horizon().end());
        assertThat(s.initialState().alliances()).extracting(AllianceState::alliance)
                .containsExactly("south-east", "south-west", "mid", "north-east", "west");
        assertThat(s.initialState().alliances()).allSatisfy(a -> {
            assertThat(a.waitingByWeeksWaited()).isNull();
            assertThat(a.caseloadOrEmpty()).isNotEmpty();
        });
        // the baseline's staff lists start in 2027: each alliance gets an entry on the new start with its first FTE
        Scenario baseline = Scenarios.load(BASELINE).scenario();
        for (FteChange first : baseline.workforce().ot().fte()) {
            assertThat(s.workforce().ot().fte()).contains(new FteChange(LocalDate.of(2026, 3, 2), first.alliance(), first.fte()), first);
        }
        assertThat(s.workforce().ot().fte()).hasSize(2 * baseline.workforce().ot().fte().size());
        assertThat(s.pathway()).isEqualTo(Scenarios.load(BASELINE).scenario().pathway());
        assertThat(Scenarios.load(out).sources().noteFor("/demand/growthPerYear")).startsWith("fitted: compound growth a year");
        assertThat(Files.readString(series)).startsWith(ObservedSeries.HEADER + "\n");

        CliRun sim = CliRun.run("simulate", out.toString(), "--replications", "2", "--format", "csv");
        assertThat(sim.exit()).as(sim.err()).isZero();
    }

    @Test
    void theSameExtractAndFlagsGiveTheSameBytes() throws IOException {
        Path in = synthetic();
        Path first = dir.resolve("a.json");
        Path second = dir.resolve("b.json");
        assertThat(CliRun.run("import", in.toString(), "-o", first.toString(), "--name", "x", "--observed", dir.resolve("a.csv").toString()).exit()).isZero();
        assertThat(CliRun.run("import", in.toString(), "-o", second.toString(), "--name", "x", "--observed", dir.resolve("b.csv").toString()).exit()).isZero();
        assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
        assertThat(Files.readString(dir.resolve("b.csv"))).isEqualTo(Files.readString(dir.resolve("a.csv")));
    }

    @Test
    void periodsAreNamedAsInAScenarioFileIncludingFinancialOnes() throws IOException {
        Path in = extract("tiny.csv", TinyExtract.CSV);
        Path monthly = dir.resolve("monthly.csv");
        CliRun r = CliRun.run("import", in.toString(), "-o", dir.resolve("m.json").toString(), "--observed", monthly.toString(),
                "--period", "month", "--growth", "base", "--seasonality", "base");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(monthly)).contains("period,2026-01,").doesNotContain("2025/26");
        Path financial = dir.resolve("financial.csv");
        r = CliRun.run("import", in.toString(), "-o", dir.resolve("f.json").toString(), "--observed", financial.toString(),
                "--period", "financial-year", "--growth", "base", "--seasonality", "base");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(financial)).contains("period,2025/26,").doesNotContain("period,2026-01,");

        r = CliRun.run("import", in.toString(), "-o", dir.resolve("x.json").toString(), "--period", "monthly");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("'monthly' is not a reporting period; use one of week, month, quarter, year, "
                + "financial-quarter, financial-year").doesNotContain("FINANCIAL_");
    }

    @Test
    void aHistoryTooShortForWhatIsAskedSaysWhatToKeepFromTheBase() throws IOException {
        CliRun r = CliRun.run("import", extract("tiny.csv", TinyExtract.CSV).toString(), "-o", dir.resolve("t.json").toString(),
                "--seasonality", "fit");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: cannot fit demand from 8 referrals over ")
                .contains("the history cannot tell these values apart", "--seasonality base")
                .doesNotContain("matrix", "Poisson fit", "Exception");
    }

    @Test
    void aBadRowStopsTheImportNamingItsLineAndColumn() throws IOException {
        Path in = extract("bad.csv", TinyExtract.CSV.replace("A3,2026-01-12,west,", "A3,2026-01-12,westt,")
                .replace("A5,2026-01-21,mid,routine,dropped-out", "A5,2026-01-21,mid,routine,gone"));
        Path out = dir.resolve("today.json");
        CliRun r = CliRun.run("import", in.toString(), "-o", out.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(
                "error: bad.csv:4:3: alliance: \"westt\" is not an alliance of reconnect-baseline;",
                "error: bad.csv:6:5: status: \"gone\" is not a status;",
                "error: 2 problems in 2 of 8 rows of bad.csv; correct them, or pass --skip-bad to leave those rows out (each is listed)");
        assertThat(r.err()).doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }

    @Test
    void skipBadLeavesOutAndListsEveryBadRow() throws IOException {
        Path in = extract("bad.csv", TinyExtract.CSV.replace("A3,2026-01-12,west,", "A3,2026-01-12,westt,"));
        Path out = dir.resolve("today.json");
        CliRun r = CliRun.run("import", in.toString(), "-o", out.toString(), "--skip-bad", "--growth", "base", "--seasonality", "base");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("skipped: bad.csv:4:3: alliance:", "skipped 1 of 8 rows of bad.csv (lines 4)");
        assertThat(r.out()).contains("read bad.csv: 8 rows, 7 used", "today's list: 2 waiting (0 in triage), 0 assessed and waiting for a place, 2 in service",
                "growth       +5.0% a year from the base (not fitted: 47 days of history");
        assertThat(Files.readString(out)).contains("8 rows, 7 used, 1 bad rows skipped (lines 4)");
    }

    @Test
    void rowsAfterTheAsOfDateAreListedNotDropped() throws IOException {
        Path in = extract("tiny.csv", TinyExtract.CSV);
        CliRun r = CliRun.run("import", in.toString(), "-o", dir.resolve("t.json").toString(), "--as-of", "09/02/2026");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("as of 2026-02-09 (given by --as-of)", "left out: 1 rows referred on or after 2026-02-09 (lines 8)",
                "today's list: 4 waiting (0 in triage), 0 assessed and waiting for a place, 1 in service");
    }

    @Test
    void aBaseStaffedBeforeTheStartKeepsItsStaffLists() throws IOException {
        // a base whose horizon and FTE lists start in 2025: those entries still apply from 2026, so nothing is restated
        Path base = dir.resolve("base-2025.json");
        Files.writeString(base, "{\"extends\": \"" + BASELINE.toString().replace('\\', '/') + "\", \"name\": \"base-2025\",\n"
                + "\"horizon\": {\"start\": \"2025-01-06\"},\n"
                + "\"workforce\": {\"ot\": {\"fte\": [" + fte("2025-01-06", 1.2) + "]}, \"coach\": {\"fte\": [" + fte("2025-01-06", 1.6) + "]}}}\n");
        Path out = dir.resolve("today.json");
        CliRun r = CliRun.run("import", extract("tiny.csv", TinyExtract.CSV).toString(), "--scenario", base.toString(), "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(out)).doesNotContain("\"workforce\"").contains("\"extends\": \"base-2025.json\"");
        Scenario s = Scenarios.load(out).scenario();
        assertThat(s.workforce().ot().fte()).filteredOn(c -> !c.from().isAfter(s.horizon().start()))
                .hasSize(5).allSatisfy(c -> assertThat(c.fte()).isEqualTo(1.2));
        // the base ends 65 weeks after 2025-01-06, under 13 weeks after the new start: a year is simulated instead
        assertThat(s.horizon().weeks()).isEqualTo(52);
    }

    @Test
    void stepChangesBeforeTheStartAreTakenOutAndLaterOnesKept() throws IOException {
        Path base = dir.resolve("base-steps.json");
        Files.writeString(base, "{\"extends\": \"reconnect-baseline\", \"name\": \"base-steps\",\n"
                + "\"demand\": {\"stepChanges\": [{\"date\": \"2025-06-02\", \"factor\": 1.2},"
                + " {\"date\": \"2025-09-01\", \"alliance\": \"west\", \"factor\": 1.5}, {\"date\": \"2026-09-07\", \"factor\": 1.1}]}}\n");
        Path out = dir.resolve("today.json");
        CliRun r = CliRun.run("import", extract("tiny.csv", TinyExtract.CSV).toString(), "--scenario", base.toString(), "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("note: import: the base's step changes before 2026-02-28 (2025-06-02 ×1.2, 2025-09-01 ×1.5 in west) are taken out");
        Scenario s = Scenarios.load(out).scenario();
        assertThat(s.demand().stepChanges()).extracting(c -> c.date().toString()).containsExactly("2026-09-07");
    }

    private static String fte(String from, double fte) {
        StringBuilder sb = new StringBuilder();
        for (String a : new String[] {"south-east", "south-west", "mid", "north-east", "west"}) {
            sb.append(sb.isEmpty() ? "" : ", ").append("{\"from\": \"").append(from).append("\", \"alliance\": \"").append(a)
                    .append("\", \"fte\": ").append(fte).append('}');
        }
        return sb.toString();
    }

    @Test
    void helpListsTheColumns() {
        CliRun r = CliRun.run("import", "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("alliance, priority, status (required)", "95% interval", "--skip-bad");
        assertThat(r.err()).isEmpty();
        assertThat(CliRun.run("--help").out()).contains("import");
    }

    @Test
    void optionMistakesAreUserErrors() throws IOException {
        Path in = extract("tiny.csv", TinyExtract.CSV);
        assertThat(CliRun.run("import", in.toString(), "--growth", "maybe").err()).contains("error: --growth maybe: use auto, fit or base");
        assertThat(CliRun.run("import", in.toString(), "--as-of", "2026-02-30").err())
                .contains("error: --as-of 2026-02-30: not a date; write YYYY-MM-DD or DD/MM/YYYY");
        assertThat(CliRun.run("import", dir.resolve("none.csv").toString()).err()).contains("error: none.csv: no such file");
        CliRun r = CliRun.run("import", in.toString(), "--scenario", "mmc-queue");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("mmc-queue has no Reconnect-style pathway");
    }
}
