package waitlist.app.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import waitlist.app.Main;
import waitlist.scenarios.snapshot.SnapshotFiles;

class SnapshotCommandTest {

    @TempDir
    Path dir;

    record Result(int exit, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(exit, out.toString(), err.toString());
    }

    @Test
    void writesAValidSnapshotAndTheSameSeedGivesTheSameFile() throws IOException {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        Result r = run("snapshot", "--referrals", "40", "--seed", "3", "--out", a.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("40 referrals");
        run("snapshot", "--referrals", "40", "--seed", "3", "--out", b.toString());
        assertThat(Files.readString(a)).isEqualTo(Files.readString(b));
        assertThat(SnapshotFiles.read(a).demand().referrals()).hasSize(40);
    }

    @Test
    void refusesReferralCountsOutsideTheRange() {
        Result r = run("snapshot", "--referrals", "5");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--referrals must be from 20 to 10000").doesNotContain("Exception");
    }

    @Test
    void unknownScenarioIsAUserError() {
        Result r = run("snapshot", "--referrals", "20", "--scenario", "no-such-scenario");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no scenario file or bundled scenario called 'no-such-scenario'");
    }
}
