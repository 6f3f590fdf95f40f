package waitlist.app.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import waitlist.app.CliRun;

class PlanCommandTest {

    @TempDir
    Path dir;


    private Path snapshot() {
        Path s = dir.resolve("s.json");
        assertThat(CliRun.run("snapshot", "--referrals", "60", "--seed", "2", "--start", "2026-03-02", "--out", s.toString()).exit()).isZero();
        return s;
    }

    @Test
    void plansASnapshotWritesPlanAndDiariesAndComparesWithFirstComeFirstServed() throws IOException {
        Path out = dir.resolve("out");
        CliRun r = CliRun.run("plan", snapshot().toString(), "--seed", "1", "--steps", "500", "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("optimised", "FCFS", "breach-days", "hard-rule violations (checker)", "Mid Essex");
        assertThat(Files.readString(out.resolve("plan.json"))).contains("\"bookings\"", "\"firstComeFirstServed\"")
                .doesNotContain("otAppointment");
        try (var diaries = Files.list(out.resolve("diaries"))) {
            assertThat(diaries.toList()).isNotEmpty().allSatisfy(p -> assertThat(Files.readString(p)).startsWith(Diaries.HEADER));
        }
    }

    @Test
    void sameSeedAndStepsGiveTheSamePlanFile() throws IOException {
        Path s = snapshot();
        CliRun.run("plan", s.toString(), "--seed", "4", "--steps", "300", "--out", dir.resolve("a").toString());
        CliRun.run("plan", s.toString(), "--seed", "4", "--steps", "300", "--out", dir.resolve("b").toString());
        assertThat(Files.readString(dir.resolve("a/plan.json"))).isEqualTo(Files.readString(dir.resolve("b/plan.json")));
    }

    @Test
    void aSeededRunStopsOnStepsAloneUnlessAClockIsAskedFor() {
        // A default 30 s cap cut seeded runs short on a busy machine, so the same seed gave different plans.
        Path s = snapshot();
        CliRun stepped = CliRun.run("plan", s.toString(), "--seed", "4", "--steps", "50", "--out", dir.resolve("c").toString());
        assertThat(stepped.out()).contains("stopped by 50 steps or 5000 move evaluations, whichever came first, seed 4)");
        CliRun both = CliRun.run("plan", s.toString(), "--seed", "4", "--steps", "50", "--time-limit", "1m", "--out", dir.resolve("d").toString());
        assertThat(both.out()).contains("stopped by 50 steps, 5000 move evaluations or 1m, whichever came first (a run stopped by the clock may not repeat), seed 4");
    }

    @Test
    void aWeekWhereTheStartingPlanIsProvablyOptimalIsNotSearched() throws IOException {
        // One OT, one need a client, no group starts: nothing is left for a search to improve.
        Path tiny = dir.resolve("tiny.json");
        Files.writeString(tiny, """
                {"name": "tiny", "horizon": {"start": "2026-03-02", "end": "2026-03-06"}, "otSlotMinutes": 150,
                 "alliances": [{"id": "mid", "name": "Mid Essex"}],
                 "practitioners": [{"id": "ot-1", "role": "ot", "homeAlliance": "mid", "workingDays": ["MONDAY", "TUESDAY"],
                                    "dayStart": "09:00", "dayEnd": "17:00", "maxAppointmentsPerDay": 1}],
                 "venues": [],
                 "demand": {"referrals": [
                   {"id": "R1", "referred": "2026-01-10", "alliance": "mid", "priority": "routine"},
                   {"id": "R2", "referred": "2026-02-20", "alliance": "mid", "priority": "urgent"},
                   {"id": "R3", "referred": "2026-02-27", "alliance": "mid", "priority": "routine"}]}}
                """);
        CliRun r = CliRun.run("plan", tiny.toString(), "--out", dir.resolve("tiny").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("no search: the starting plan is provably optimal here").doesNotContain("stopped by");
        // Two slots (one a day): the one past six weeks and the urgent one, the longest waiter first.
        assertThat(Files.readString(dir.resolve("tiny/plan.json")).replaceAll("\\s+", "")).contains("\"unbooked\":[\"R3\"]");
    }

    @Test
    void malformedSnapshotGivesLocatedMessagesAndExitCode2() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(snapshot())
                .replaceFirst("\"alliance\": \"mid\"", "\"alliance\": \"middle\"")
                .replaceFirst("\"otSlotMinutes\": 150", "\"otSlotMinutes\": -5"));
        CliRun r = CliRun.run("plan", bad.toString(), "--seed", "1", "--steps", "10");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("bad.json:", "/otSlotMinutes").doesNotContain("Exception");
    }

    @Test
    void badOptionsAreUserErrors() {
        Path s = snapshot();
        assertThat(CliRun.run("plan", s.toString(), "--time-limit", "soon").err()).contains("--time-limit must be");
        CliRun weight = CliRun.run("plan", s.toString(), "--weight", "Nonsense=1");
        assertThat(weight.exit()).isEqualTo(2);
        assertThat(weight.err()).contains("breach-day", "person-breaching").doesNotContain("Exception");
        CliRun negative = CliRun.run("plan", s.toString(), "--weight", "breach-day=-5");
        assertThat(negative.exit()).isEqualTo(2);
        assertThat(negative.err()).contains("--weight breach-day: the weight must be a whole number, 0 or more");
        assertThat(CliRun.run("plan", dir.resolve("missing.json").toString()).err()).contains("no such snapshot file");
        assertThat(CliRun.run("plan", dir.toString()).err()).contains(dir + " is a folder; give a snapshot file");
    }

    @Test
    void aScenarioGivenForASnapshotIsNamedAsSuch() throws IOException {
        Path scenario = Files.copy(Path.of("../scenarios/reconnect-baseline.json"), dir.resolve("baseline.json"));
        CliRun r = CliRun.run("plan", scenario.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: " + scenario + " is a scenario, not a snapshot; draw a snapshot from it with: "
                + "waitlist snapshot --scenario " + scenario).hasLineCount(2);
    }

    @Test
    void helpListsEveryWeightByNameWithItsLevelAndDefault() {
        CliRun help = CliRun.run("plan", "--help");
        for (waitlist.solver.rules.Objective o : waitlist.solver.rules.Objective.values()) {
            assertThat(help.out()).containsPattern(o.id() + "\\s+" + o.level().name().toLowerCase() + "\\s+"
                    + String.format(java.util.Locale.ROOT, "%,d", o.defaultWeight()));
        }
    }

    @Test
    void aWeightChangesThePlan() throws IOException {
        Path s = snapshot();
        CliRun.run("plan", s.toString(), "--seed", "4", "--steps", "100", "--out", dir.resolve("a").toString());
        CliRun.run("plan", s.toString(), "--seed", "4", "--steps", "100", "--weight", "waiting-order=0", "--weight", "ot-travel=100000",
                "--out", dir.resolve("b").toString());
        assertThat(Files.readString(dir.resolve("a/plan.json"))).isNotEqualTo(Files.readString(dir.resolve("b/plan.json")));
    }
}
