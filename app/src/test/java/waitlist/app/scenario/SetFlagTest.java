package waitlist.app.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import waitlist.app.CliRun;

/** --set works the same on every command that reads a scenario, and a bad value is reported by its flag. */
class SetFlagTest {

    @Test
    void everyScenarioCommandTakesSetAndReportsABadValueByItsFlag() {
        String bad = "error: --set /workforce/ot/fte/2/fte=abc: expected a number from 0 to 10000, found a string (\"abc\")";
        for (String[] command : new String[][] {
                {"validate", "reconnect-baseline"},
                {"simulate", "reconnect-baseline", "--replications", "2"},
                {"snapshot", "--referrals", "20"}}) {
            String[] args = new String[command.length + 2];
            System.arraycopy(command, 0, args, 0, command.length);
            args[command.length] = "--set";
            args[command.length + 1] = "/workforce/ot/fte/2/fte=abc";
            CliRun r = CliRun.run(args);
            assertThat(r.exit()).as(command[0]).isEqualTo(2);
            assertThat(r.err().lines().findFirst()).as(command[0]).contains(bad);
        }
    }

    @Test
    void aSetValueChangesTheRunAndTheReportSaysWhereItCameFrom() {
        CliRun r = CliRun.run("simulate", "reconnect-baseline", "--replications", "2", "--format", "json",
                "--set", "/horizon/weeks=13", "--set", "/target/reportingPeriod=month");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"/horizon/weeks\": \"set on the command line: --set /horizon/weeks=13\"")
                .contains("\"label\": \"2027-03\"").doesNotContain("\"label\": \"2027-04\"");
    }
}
