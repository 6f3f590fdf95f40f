package waitlist.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user error is one line in the user's words, then where to find help; never a Java name or the whole usage screen. */
class MessagesTest {

    @TempDir
    Path dir;

    private static void oneLineAndHelp(CliRun r, String command, String message) {
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines()).containsExactly("error: " + message, "see 'waitlist " + command + " --help'");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void badFlagValuesSayWhatIsAllowedInPlainWords() {
        oneLineAndHelp(CliRun.run("snapshot", "--referrals", "20", "--start", "yesterday"), "snapshot",
                "Invalid value for option '--start': 'yesterday' is not a date; write it YYYY-MM-DD, e.g. 2026-03-02");
        oneLineAndHelp(CliRun.run("snapshot", "--referrals", "lots"), "snapshot",
                "Invalid value for option '--referrals': 'lots' is not a whole number");
        oneLineAndHelp(CliRun.run("snapshot", "--referrals", "99999999999"), "snapshot",
                "Invalid value for option '--referrals': '99999999999' is too large; use a whole number from -2147483648 to 2147483647");
        oneLineAndHelp(CliRun.run("snapshot", "--referrals", "20", "--capacity", "NaN"), "snapshot",
                "Invalid value for option '--capacity': 'NaN' is not a number (write e.g. 0.9)");
        oneLineAndHelp(CliRun.run("simulate", "--replications", "1000000000"), "simulate",
                "--replications must be at most 100000 (100,000 replications already pin a 95 % interval to a few hundredths "
                        + "of a percentage point); got '1000000000'");
        oneLineAndHelp(CliRun.run("simulate", "--frobnicate"), "simulate", "Unknown option: '--frobnicate'");
        oneLineAndHelp(CliRun.run("simulate", "--seed"), "simulate", "Missing required parameter for option '--seed' (S)");
    }

    @Test
    void controlCharactersFromAFileNeverReachTheTerminal() throws IOException {
        Path file = dir.resolve("evil.json");
        Files.writeString(file, "{ \"extends\": \"" + Path.of("../scenarios/reconnect-baseline.json").toAbsolutePath().normalize()
                + "\", \"name\": \"evil\\u001b]52;c;aGk=\\u0007\\u001b[2J\" }");
        CliRun r = CliRun.run("validate", file.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("evil?]52;c;aGk=??[2J").doesNotContain("\u001b").doesNotContain("\u0007");
    }
}
