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
        assertThat(r.out()).contains("40 referrals");
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
    void unknownScenarioIsAUserError() {
        CliRun r = CliRun.run("snapshot", "--referrals", "20", "--scenario", "no-such-scenario");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no scenario file or bundled scenario called 'no-such-scenario'");
    }
}
