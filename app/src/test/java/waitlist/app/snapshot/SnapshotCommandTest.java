package waitlist.app.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import waitlist.app.CliRun;
import waitlist.scenarios.snapshot.SnapshotFiles;

class SnapshotCommandTest {

    @TempDir
    Path dir;


    @Test
    void writesAValidSnapshotAndTheSameSeedGivesTheSameFile() throws IOException {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        CliRun r = CliRun.run("snapshot", "--referrals", "40", "--seed", "3", "--out", a.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("40 referrals", "% of demand has a legal slot or place");
        CliRun.run("snapshot", "--referrals", "40", "--seed", "3", "--out", b.toString());
        assertThat(Files.readString(a)).isEqualTo(Files.readString(b));
        assertThat(SnapshotFiles.read(a).demand().referrals()).hasSize(40);
    }

    @Test
    void refusesReferralCountsOutsideTheRange() {
        CliRun r = CliRun.run("snapshot", "--referrals", "5");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--referrals must be from 20 to 10000").doesNotContain("Exception");
    }

    @Test
    void refusesAStartItsOwnFileCouldNotHold() {
        CliRun r = CliRun.run("snapshot", "--referrals", "20", "--start", "1800-01-06");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--start must be from 1905-01-02 to 2199-06-29, not 1800-01-06");
        assertThat(CliRun.run("snapshot", "--referrals", "20", "--start", "2026-03-03").err())
                .contains("--start must be a Monday; 2026-03-03 is a Tuesday");
    }

    @Test
    void unknownScenarioIsAUserError() {
        CliRun r = CliRun.run("snapshot", "--referrals", "20", "--scenario", "no-such-scenario");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no scenario file or bundled scenario called 'no-such-scenario'");
    }

    @Test
    void theDefaultStartIsNextMonday() throws IOException {
        Path a = dir.resolve("a.json");
        assertThat(CliRun.run("snapshot", "--referrals", "20", "--out", a.toString()).exit()).isZero();
        java.time.LocalDate start = SnapshotFiles.read(a).horizon().start();
        java.time.LocalDate today = java.time.LocalDate.now();
        assertThat(start.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
        assertThat(start).isAfter(today).isBeforeOrEqualTo(today.plusDays(7));
    }

    @Test
    void aChristmasWeekListsTheClosedDaysAndBooksNothingOnThem() throws IOException {
        Path a = dir.resolve("a.json");
        CliRun r = CliRun.run("snapshot", "--referrals", "40", "--start", "2026-12-21", "--out", a.toString());
        assertThat(r.out()).contains("closed 2026-12-24, 2026-12-25, 2026-12-28, 2026-12-29, 2026-12-30, 2026-12-31, 2027-01-01");
        var s = SnapshotFiles.read(a);
        assertThat(s.groupSessionsOrEmpty()).noneMatch(g -> s.closures().containsKey(g.date()));
        Path out = dir.resolve("plan");
        CliRun plan = CliRun.run("plan", a.toString(), "--seed", "1", "--steps", "200", "--out", out.toString());
        assertThat(plan.exit()).as(plan.err()).isZero();
        assertThat(Files.readString(out.resolve("plan.json"))).doesNotContain("\"2026-12-25\"", "\"2026-12-28\"", "\"2027-01-01\"");
    }
}
