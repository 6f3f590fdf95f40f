package waitlist.app.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import waitlist.app.CliRun;

/** Every command that writes files follows the same folder rules, checked before any work. */
class OutputCommandsTest {

    static final String TINY = """
            {
              "name": "tiny",
              "horizon": {"start": "2026-03-02", "end": "2026-03-06"},
              "otSlotMinutes": 150,
              "alliances": [{"id": "mid", "name": "Mid Essex"}],
              "practitioners": [
                %s
              ],
              "venues": [],
              "demand": {"referrals": [{"id": "R1", "referred": "2026-01-20", "alliance": "mid", "priority": "urgent"}]}
            }
            """;
    static final String OT = """
            {"id": "%s", "role": "ot", "homeAlliance": "mid", "workingDays": ["MONDAY", "TUESDAY"],
             "dayStart": "09:00", "dayEnd": "17:00", "maxAppointmentsPerDay": 3}""";

    @TempDir
    Path dir;

    private Path snapshot(String name, String... ots) throws IOException {
        String practitioners = String.join(",\n", Stream.of(ots).map(OT::formatted).toList());
        return Files.writeString(dir.resolve(name), TINY.formatted(practitioners));
    }

    private static Stream<String> names(Path folder) throws IOException {
        return Files.list(folder).map(p -> p.getFileName().toString()).sorted();
    }

    @Test
    void anEmptyOutputNameIsRefusedByEveryCommand() throws IOException {
        Path s = snapshot("s.json", "ot-1");
        CliRun sim = CliRun.run("simulate", "--out", "", "--replications", "2");
        assertThat(sim.exit()).isEqualTo(2);
        assertThat(sim.err()).isEqualTo("error: --out is empty; name a folder to write into, e.g. --out results\n"
                + "see 'waitlist simulate --help'\n");
        assertThat(CliRun.run("plan", s.toString(), "-o", "").err()).startsWith("error: --out is empty");
        assertThat(CliRun.run("snapshot", "--referrals", "20", "-o", "").err()).startsWith("error: --out is empty");
    }

    @Test
    void aFolderOfTheUsersFilesIsRefusedBeforeTheRunUnlessForced() throws IOException {
        Path mine = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(mine.resolve("budget.xlsx"), "precious");
        CliRun refused = CliRun.run("simulate", "--out", mine.toString(), "--replications", "2");
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.out()).isEmpty(); // refused before simulating anything
        assertThat(refused.err()).contains("already holds files waitlist did not write (budget.xlsx)", "--force");
        CliRun forced = CliRun.run("simulate", "--out", mine.toString(), "--replications", "2", "--force");
        assertThat(forced.exit()).as(forced.err()).isZero();
        assertThat(names(mine)).containsExactly(OutputFolder.MANIFEST, "budget.xlsx", "simulation-wide.csv", "simulation.csv",
                "simulation.html", "simulation.json", "simulation.txt");
        // Now the folder is waitlist's own: a second run needs no --force.
        assertThat(CliRun.run("simulate", "--out", mine.toString(), "--replications", "2").exit()).isZero();
    }

    @Test
    void aPlanClearsTheDiariesOfItsEarlierRun() throws IOException {
        Path out = dir.resolve("plan");
        CliRun first = CliRun.run("plan", snapshot("a.json", "ot-1", "ot-2").toString(), "--seed", "1", "--steps", "20", "-o", out.toString());
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(names(out.resolve("diaries"))).containsExactly("ot-1.csv", "ot-2.csv");
        CliRun second = CliRun.run("plan", snapshot("b.json", "ot-3").toString(), "--seed", "1", "--steps", "20", "-o", out.toString());
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(names(out.resolve("diaries"))).containsExactly("ot-3.csv");
        assertThat(Files.readString(out.resolve(OutputFolder.MANIFEST))).contains("\"complete\" : true", "diaries/ot-3.csv");
    }

    @Test
    void aSnapshotFileIsReplacedOnlyWithForce() {
        Path s = dir.resolve("s.json");
        assertThat(CliRun.run("snapshot", "--referrals", "20", "-o", s.toString()).exit()).isZero();
        CliRun again = CliRun.run("snapshot", "--referrals", "20", "--seed", "2", "-o", s.toString());
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("already exists", "--force");
        assertThat(CliRun.run("snapshot", "--referrals", "20", "--seed", "2", "-o", s.toString(), "--force").exit()).isZero();
    }
}
