package waitlist.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import waitlist.scenarios.Scenarios;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: exit codes, messages, no stack traces. */
class CommandLineTest {

    static final Path SCENARIOS = Path.of("../scenarios").toAbsolutePath().normalize();

    @TempDir
    Path dir;


    @Test
    void versionAndHelp() {
        assertThat(CliRun.run("--version").out()).startsWith("waitlist ");
        CliRun help = CliRun.run("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("validate", "scenarios", "schema");
    }

    @Test
    void unknownFlagIsAUserError() {
        CliRun r = CliRun.run("--frobnicate");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option: '--frobnicate'").doesNotContain("Exception");
    }

    @Test
    void scenariosListsEveryBundledScenarioOnOneLine() {
        CliRun r = CliRun.run("scenarios");
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines()).hasSize(Scenarios.BUNDLED.size()).anySatisfy(l -> assertThat(l).startsWith("reconnect-baseline "));
    }

    @Test
    void validateAcceptsTheBundledFiles() throws IOException {
        try (var files = Files.list(SCENARIOS)) {
            String[] args = files.filter(p -> p.toString().endsWith(".json")).map(Path::toString).sorted()
                    .toList().toArray(new String[0]);
            String[] withCommand = new String[args.length + 1];
            withCommand[0] = "validate";
            System.arraycopy(args, 0, withCommand, 1, args.length);
            CliRun r = CliRun.run(withCommand);
            assertThat(r.exit()).isZero();
            assertThat(r.out().lines()).hasSize(args.length).allSatisfy(l -> assertThat(l).startsWith("ok: "));
        }
    }

    @Test
    void threeMistakesGiveThreeMessagesAndExitTwo() throws IOException {
        Path file = dir.resolve("three.json");
        Files.writeString(file, """
                {
                  "extends": "%s",
                  "horizon": { "weeks": -1 },
                  "target": { "dayz": 42 },
                  "booking": { "policy": "fifo" }
                }
                """.formatted(SCENARIOS.resolve("reconnect-baseline.json")));
        CliRun r = CliRun.run("validate", file.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines().filter(l -> l.startsWith("error: "))).containsExactly(
                "error: " + file + ":3:25: /horizon/weeks: must be greater than 0, found -1",
                "error: " + file + ":4:23: /target/dayz: unknown field \"dayz\"; did you mean \"days\"? Allowed here: days, attainment, reportingPeriod, confidence",
                "error: " + file + ":5:26: /booking/policy: \"fifo\" is not allowed; use one of \"first-come-first-served\", \"priority-first\", \"solver\"");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void anUnwritableOutputIsAUserErrorWithoutAStackTrace() throws IOException {
        Path aFile = Files.writeString(dir.resolve("a-file"), "x");
        CliRun r = CliRun.run("snapshot", "--referrals", "20", "--seed", "1", "-o", aFile.resolve("s.json").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: --out " + aFile.resolve("s.json") + ": cannot be made, because " + aFile
                + " is a file, not a folder").doesNotContain("\tat ");
    }

    @Test
    void validateNamesAMissingFile() {
        CliRun r = CliRun.run("validate", dir.resolve("nope.json").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("nope.json: /: no such file");
    }

    @Test
    void everyCommandsHelpPrintsWithoutAFormattingWarning() {
        // picocli formats descriptions with String.format and, on a stray '%', warns on the process's stderr, not the command's
        java.io.PrintStream stderr = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            for (String command : Main.commandLine().getSubcommands().keySet()) {
                CliRun help = CliRun.run(command, "--help");
                assertThat(help.exit()).as(command).isZero();
                assertThat(help.out()).as(command).contains("Usage:");
            }
        } finally {
            System.setErr(stderr);
        }
        assertThat(captured.toString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("WARN");
    }
}
