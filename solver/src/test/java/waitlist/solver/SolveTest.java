package waitlist.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import waitlist.scenarios.snapshot.Snapshot;
import waitlist.scenarios.snapshot.SnapshotFiles;
import waitlist.solver.baseline.FirstComeFirstServed;
import waitlist.solver.checker.CheckReport;
import waitlist.solver.checker.PlanChecker;
import waitlist.solver.rules.Objective;
import waitlist.solver.domain.BookingPlan;
import waitlist.solver.generator.SnapshotGenerator;
import waitlist.solver.generator.SnapshotRecipe;
import waitlist.solver.plan.Plan;
import waitlist.solver.plan.PlanExtractor;

/** Solving generated snapshots: legal by the independent checker, and no worse than first-come first-served on breaches. */
class SolveTest {

    private static final long STEPS = 3_000;

    private static Plan solve(Snapshot snapshot, long seed) {
        BookingPlan best = BookingSolver.solve(ProblemBuilder.build(snapshot), SolverSettings.stepped(STEPS, seed), null);
        return PlanExtractor.extract(best, "timefold");
    }

    @Test
    void solvedPlanKeepsEveryHardRuleAndBreachesNoMoreThanFirstComeFirstServed() {
        for (SnapshotRecipe recipe : new SnapshotRecipe[] {SnapshotRecipe.reconnectBaseline(),
                SnapshotRecipe.reconnectBaseline().withCapacityRatio(0.6)}) {
            Snapshot snapshot = new SnapshotGenerator(recipe, 3).generate(150);
            PlanChecker checker = new PlanChecker(snapshot);
            CheckReport fcfs = checker.check(PlanExtractor.extract(FirstComeFirstServed.book(ProblemBuilder.build(snapshot)), "fcfs"));
            CheckReport solved = checker.check(solve(snapshot, 0));

            assertThat(fcfs.violations()).isEmpty();
            assertThat(solved.violations()).isEmpty();
            assertThat(solved.kpis().breachDays()).isLessThanOrEqualTo(fcfs.kpis().breachDays());
            assertThat(solved.kpis().booked()).isGreaterThan(0);
        }
    }

    /**
     * One OT slot on Monday and one on Friday. X has waited longest and can come any day; Y cannot
     * come on Friday. First-come first-served gives X the earliest slot, Monday, and strands Y; the
     * solver must see that X on Friday and Y on Monday books both.
     */
    @Test
    void beatsFirstComeFirstServedWhereItsGreedyOrderStrandsSomeone(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("stranded.json");
        Files.writeString(file, """
                {
                  "name": "stranded", "horizon": {"start": "2026-03-02", "end": "2026-03-06"}, "otSlotMinutes": 150,
                  "alliances": [{"id": "mid", "name": "Mid Essex"}],
                  "practitioners": [{"id": "ot-1", "role": "ot", "homeAlliance": "mid", "workingDays": ["MONDAY", "FRIDAY"],
                                     "dayStart": "09:00", "dayEnd": "11:30", "maxAppointmentsPerDay": 1}],
                  "venues": [],
                  "demand": {"referrals": [
                    {"id": "X", "referred": "2026-01-21", "alliance": "mid", "priority": "routine"},
                    {"id": "Y", "referred": "2026-01-22", "alliance": "mid", "priority": "routine", "unavailable": ["2026-03-06"]}
                  ]}
                }
                """);
        Snapshot snapshot = SnapshotFiles.read(file);
        PlanChecker checker = new PlanChecker(snapshot);
        CheckReport fcfs = checker.check(PlanExtractor.extract(FirstComeFirstServed.book(ProblemBuilder.build(snapshot)), "fcfs"));
        CheckReport solved = checker.check(solve(snapshot, 0));

        assertThat(fcfs.kpis().booked()).isEqualTo(1);
        assertThat(solved.kpis().booked()).isEqualTo(2);
        assertThat(solved.violations()).isEmpty();
    }

    /**
     * One slot, one referral: FCFS books it and every other move is worse, so no step can ever
     * accept a move. Before the move-evaluation cap the first step never ended (the test ran until
     * a 10-minute clock); now the step-limited run must return the booked plan on its own.
     */
    @Test
    void aSnapshotWhereNoMoveIsEverAcceptedStillFinishes(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("stuck.json");
        Files.writeString(file, """
                {
                  "name": "stuck", "horizon": {"start": "2026-03-02", "end": "2026-03-06"}, "otSlotMinutes": 150,
                  "alliances": [{"id": "mid", "name": "Mid Essex"}],
                  "practitioners": [{"id": "ot-1", "role": "ot", "homeAlliance": "mid", "workingDays": ["MONDAY"],
                                     "dayStart": "09:00", "dayEnd": "11:30", "maxAppointmentsPerDay": 1}],
                  "venues": [],
                  "demand": {"referrals": [{"id": "X", "referred": "2026-01-21", "alliance": "mid", "priority": "routine"}]}
                }
                """);
        Snapshot snapshot = SnapshotFiles.read(file);
        // Few steps: a stuck run uses its whole move-evaluation cap, which grows with the steps.
        SolverSettings settings = SolverSettings.stepped(300, 1);
        Plan plan = PlanExtractor.extract(BookingSolver.solve(ProblemBuilder.build(snapshot), settings, null), "timefold");
        CheckReport report = new PlanChecker(snapshot).check(plan);

        assertThat(report.kpis().booked()).isEqualTo(1);
        assertThat(report.violations()).isEmpty();
        assertThat(plan).isEqualTo(PlanExtractor.extract(BookingSolver.solve(ProblemBuilder.build(snapshot), settings, null), "timefold"));
    }

    @Test
    void sameSeedAndStepLimitGiveTheSamePlan() {
        Snapshot snapshot = new SnapshotGenerator(SnapshotRecipe.reconnectBaseline(), 5).generate(60);
        assertThat(solve(snapshot, 7)).isEqualTo(solve(snapshot, 7));
    }

    @Test
    void everyUnbookedOrBreachingReferralIsExplained() {
        Snapshot snapshot = new SnapshotGenerator(SnapshotRecipe.reconnectBaseline().withCapacityRatio(0.5), 4).generate(300);
        Plan plan = solve(snapshot, 0);
        CheckReport report = new PlanChecker(snapshot).check(plan);
        assertThat(report.kpis().firstAssessmentsWaiting()).isPositive();
        for (String id : plan.unbooked()) {
            assertThat(report.explanations()).anySatisfy(e -> {
                assertThat(e.demand()).isEqualTo(id);
                assertThat(e.reason()).isNotBlank();
            });
        }
    }

    @Test
    void aWeightOverrideChangesHowAPlanScores() {
        Snapshot snapshot = new SnapshotGenerator(SnapshotRecipe.reconnectBaseline().withCapacityRatio(0.5), 6).generate(300);
        BookingPlan plan = BookingSolver.prepare(ProblemBuilder.build(snapshot), SolverSettings.stepped(1, 0));
        SolutionManager<BookingPlan, HardMediumSoftScore> manager =
                SolutionManager.create(SolverFactory.create(BookingSolver.config(SolverSettings.stepped(1, 0), BookingSolver.entityCount(plan))));
        HardMediumSoftScore normal = manager.update(plan);
        plan.setConstraintWeightOverrides(ConstraintWeightOverrides.of(
                Map.of(Objective.UNBOOKED_APPOINTMENT.id(), HardMediumSoftScore.ZERO)));
        HardMediumSoftScore unbookedIgnored = manager.update(plan);

        assertThat(normal.mediumScore()).isNegative();
        assertThat(unbookedIgnored.mediumScore()).isGreaterThan(normal.mediumScore());
    }

    @Test
    void anUnknownWeightNameIsRefusedWithTheKnownNames() {
        Snapshot snapshot = new SnapshotGenerator(SnapshotRecipe.reconnectBaseline(), 6).generate(20);
        SolverSettings settings = SolverSettings.stepped(1, 0).withWeights(Map.of("Nonsense", 1L));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BookingSolver.prepare(ProblemBuilder.build(snapshot), settings))
                .hasMessageContaining("no weight named 'Nonsense'").hasMessageContaining(Objective.BREACH_DAY.id());
    }

    /**
     * Every move's score is recomputed from scratch and compared with the incremental one (Timefold's
     * FULL_ASSERT): a constraint whose incremental score drifts, or a move that undoes badly, fails here.
     * A small snapshot with reviews, group starts and a shared client, and few steps: it is slow by design.
     */
    @Test
    void solvingWithFullScoreCorruptionChecksFindsNone() {
        Snapshot snapshot = new SnapshotGenerator(SnapshotRecipe.reconnectBaseline().withCapacityRatio(0.6), 11).generate(30);
        BookingPlan problem = BookingSolver.prepare(ProblemBuilder.build(snapshot), SolverSettings.stepped(150, 3));
        ai.timefold.solver.core.config.solver.SolverConfig config = BookingSolver.config(SolverSettings.stepped(150, 3),
                BookingSolver.entityCount(problem)).withEnvironmentMode(ai.timefold.solver.core.config.solver.EnvironmentMode.FULL_ASSERT);
        BookingPlan best = SolverFactory.<BookingPlan>create(config).buildSolver().solve(problem);
        assertThat(best.getScore().isFeasible()).isTrue();
        assertThat(new PlanChecker(snapshot).check(PlanExtractor.extract(best, "timefold")).violations()).isEmpty();
    }
}
