package waitlist.solver.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;

import waitlist.scenarios.snapshot.Snapshot;
import waitlist.solver.BookingSolver;
import waitlist.solver.ProblemBuilder;
import waitlist.solver.SolverSettings;
import waitlist.solver.checker.CheckReport;
import waitlist.solver.checker.PlanChecker;
import waitlist.solver.domain.BookingPlan;
import waitlist.solver.domain.GroupStart;
import waitlist.solver.domain.OtAppointment;
import waitlist.solver.domain.Session;
import waitlist.solver.generator.SnapshotGenerator;
import waitlist.solver.generator.SnapshotRecipe;
import waitlist.solver.plan.PlanExtractor;

/**
 * The planner's hard score and the independent checker agree on random plans, rule by rule: a plan
 * scores 0 hard exactly when the checker passes it, and each scored rule's constraint fires exactly
 * when the checker reports that rule. Plans put people in any OT slot (leave and closed days
 * included, other OTs' skills and alliances, slots already taken) and any session they could start
 * in by date and activity, so every scored rule gets broken now and then.
 */
class CheckerAgreesWithScoreProperties {

    /** Weeks with Good Friday and Easter Monday in them, so closed days are in play; generous staff, so OTs differ in skills. */
    private static final LocalDate EASTER_WEEKS = LocalDate.of(2026, 3, 30);

    private static final SolutionManager<BookingPlan, HardMediumSoftScore> SCORE = SolutionManager.create(
            SolverFactory.create(BookingSolver.config(SolverSettings.stepped(1, 0), 1)));

    @Property(tries = 60)
    void hardScoreIsZeroExactlyWhenTheCheckerPassesAndEachRuleAgrees(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                                                     @ForAll @IntRange(min = 0, max = 8) int changes) {
        Snapshot snapshot = new SnapshotGenerator(SnapshotRecipe.reconnectBaseline().withStart(EASTER_WEEKS).withCapacityRatio(5), seed)
                .generate(40);
        // Start from the planner's own (legal) starting plan, then move a few people anywhere.
        BookingPlan built = BookingSolver.prepare(ProblemBuilder.build(snapshot), SolverSettings.stepped(1, 0));
        Random random = new Random(seed);
        List<OtAppointment> appointments = new ArrayList<>();
        for (OtAppointment candidate : built.getAppointments()) {
            OtAppointment a = candidate.withCandidates(built.getSlots());
            a.setSlot(candidate.getSlot());
            appointments.add(a);
        }
        List<GroupStart> starts = new ArrayList<>();
        for (GroupStart candidate : built.getGroupStarts()) {
            // Any session from the day they are ready in their activity: the rules beyond those are the planner's to judge.
            List<Session> from = built.getSessions().stream()
                    .filter(s -> !s.date().isBefore(candidate.waitingSince()))
                    .filter(s -> candidate.getActivity() == null || candidate.getActivity().equals(s.activity()))
                    .toList();
            GroupStart g = candidate.withCandidates(from);
            g.setSession(candidate.getSession());
            starts.add(g);
        }
        for (int i = 0; i < changes; i++) {
            if (random.nextInt(4) > 0 || starts.isEmpty()) {
                OtAppointment a = appointments.get(random.nextInt(appointments.size()));
                a.setSlot(random.nextInt(6) == 0 ? null : built.getSlots().get(random.nextInt(built.getSlots().size())));
            } else {
                GroupStart g = starts.get(random.nextInt(starts.size()));
                List<Session> from = g.getCandidateSessions();
                g.setSession(from.isEmpty() || random.nextInt(6) == 0 ? null : from.get(random.nextInt(from.size())));
            }
        }
        BookingPlan plan = new BookingPlan(built.getHorizonStart(), built.getHorizonEnd(), built.getStaff(), built.getSlots(),
                built.getSessions(), appointments, starts);
        CheckReport report = new PlanChecker(snapshot).check(PlanExtractor.extract(plan, "random"));
        Statistics.label("legal plan").collect(report.feasible());
        Statistics.label("legal plan").coverage(c -> {
            c.check(true).count(n -> n > 0);
            c.check(false).count(n -> n > 0);
        });
        for (HardRule rule : HardRule.values()) {
            if (report.breaks(rule)) {
                Statistics.label("rules broken").collect(rule.id());
            }
        }

        plan.setConstraintWeightOverrides(ConstraintWeightOverrides.none());
        HardMediumSoftScore score = SCORE.update(plan);
        assertThat(score.hardScore() == 0).as("hard %s, checker %s", score, report.violations()).isEqualTo(report.feasible());

        for (HardRule rule : HardRule.values()) {
            if (!rule.scored()) {
                assertThat(report.breaks(rule)).as("%s can only break rules the planner scores", rule).isFalse();
                continue;
            }
            plan.setConstraintWeightOverrides(ConstraintWeightOverrides.of(only(rule)));
            long hard = SCORE.update(plan).hardScore();
            assertThat(hard < 0).as("%s: constraint says %d, checker says %s", rule, hard, report.violations())
                    .isEqualTo(report.breaks(rule));
        }
    }

    /** Every constraint weighed zero but this rule's. */
    private static Map<String, HardMediumSoftScore> only(HardRule rule) {
        Map<String, HardMediumSoftScore> weights = new LinkedHashMap<>();
        for (HardRule r : HardRule.values()) {
            if (r.scored() && r != rule) {
                weights.put(r.id(), HardMediumSoftScore.ZERO);
            }
        }
        for (String id : Objective.ids()) {
            weights.put(id, HardMediumSoftScore.ZERO);
        }
        return weights;
    }

}
