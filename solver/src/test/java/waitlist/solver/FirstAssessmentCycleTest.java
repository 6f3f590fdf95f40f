package waitlist.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import org.junit.jupiter.api.Test;

import waitlist.scenarios.snapshot.Priority;
import waitlist.scenarios.snapshot.Referral;
import waitlist.solver.domain.BookingPlan;
import waitlist.solver.domain.OtAppointment;
import waitlist.solver.domain.Slot;
import waitlist.solver.start.StartingPlan;

/** The one-cycle problem the simulator's solver-backed booking policy plans. */
class FirstAssessmentCycleTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);

    private static Referral referral(String id, int daysAgo, Priority priority, String alliance) {
        return new Referral(id, MONDAY.minusDays(daysAgo), alliance, priority, null, null, null, null);
    }

    @Test
    void slotsAreSpreadOverTheWeekInOrderAndTheReservedOnesAreOnlyForUrgentReferrals() {
        BookingPlan plan = ProblemBuilder.firstAssessmentCycle(MONDAY, MONDAY.plusDays(6), "mid", 3, 1, 42, List.of(
                referral("a", 10, Priority.ROUTINE, "mid"), referral("b", 2, Priority.URGENT, "mid")));

        assertThat(plan.getSlots()).extracting(Slot::day).containsExactly(1, 3, 5);
        assertThat(plan.getSlots()).extracting(s -> s.ot().homeAlliance()).containsOnly("mid");
        OtAppointment routine = plan.getAppointments().get(0);
        OtAppointment urgent = plan.getAppointments().get(1);
        assertThat(routine.getCandidateSlots()).containsExactlyElementsOf(plan.getSlots().subList(1, 3));
        assertThat(urgent.getCandidateSlots()).containsExactlyElementsOf(plan.getSlots());
        assertThat(plan.getGroupStarts()).isEmpty();
    }

    @Test
    void pooledTimeMaySeeEveryAllianceGiven() {
        BookingPlan plan = ProblemBuilder.firstAssessmentCycle(MONDAY, MONDAY.plusDays(6), "county", 2, 0, 42, List.of(
                referral("a", 10, Priority.ROUTINE, "mid"), referral("b", 2, Priority.ROUTINE, "west")));
        assertThat(plan.getStaff().get(0).mayWorkIn("mid")).isTrue();
        assertThat(plan.getStaff().get(0).mayWorkIn("west")).isTrue();
    }

    @Test
    void solvingBooksTheUrgentAndTheLongestWaitersIntoTheFewSlots() {
        BookingPlan plan = ProblemBuilder.firstAssessmentCycle(MONDAY, MONDAY.plusDays(6), "mid", 2, 0, 42, List.of(
                referral("new", 1, Priority.ROUTINE, "mid"),
                referral("old", 40, Priority.ROUTINE, "mid"),
                referral("mid", 20, Priority.ROUTINE, "mid"),
                referral("urgent", 3, Priority.URGENT, "mid")));
        BookingPlan best = BookingSolver.solve(plan, SolverSettings.stepped(200, 1), null);

        assertThat(best.getScore().isFeasible()).isTrue();
        assertThat(best.getAppointments().stream().filter(a -> a.getSlot() != null).map(OtAppointment::getId))
                .containsExactlyInAnyOrder("old", "urgent");
    }

    /**
     * The simulator books each cycle with the starting plan alone, on the grounds that no plan of
     * such a problem scores better. Checked here by scoring every plan of small random cycles with
     * the planner's own constraints (all levels, all terms, reserved slots, cross-alliance travel).
     */
    @Test
    void noPlanOfABookingCycleScoresBetterThanTheStartingPlan() {
        SolutionManager<BookingPlan, HardMediumSoftScore> scorer = SolutionManager.create(
                SolverFactory.create(BookingSolver.config(SolverSettings.stepped(1, 0), 1)));
        Random random = new Random(3);
        for (int n = 0; n < 25; n++) {
            List<Referral> referrals = new ArrayList<>();
            int waiting = 1 + random.nextInt(6);
            for (int i = 0; i < waiting; i++) {
                referrals.add(referral("r" + i, random.nextInt(60), random.nextInt(4) == 0 ? Priority.URGENT : Priority.ROUTINE,
                        random.nextBoolean() ? "mid" : "west"));
            }
            int slots = 1 + random.nextInt(3);
            BookingPlan plan = ProblemBuilder.firstAssessmentCycle(MONDAY, MONDAY.plusDays(6), "mid", slots,
                    random.nextInt(slots + 1), 42, referrals);
            BookingPlan start = BookingSolver.prepare(plan, SolverSettings.stepped(1, 0));
            assertThat(StartingPlan.leavesNothingToSearch(start)).isTrue();
            HardMediumSoftScore started = scorer.update(start);
            List<Slot> given = start.getAppointments().stream().map(OtAppointment::getSlot).toList();

            HardMediumSoftScore[] best = {null};
            everyPlan(plan, 0, new HashSet<>(), () -> {
                HardMediumSoftScore s = scorer.update(plan);
                if (s.isFeasible() && (best[0] == null || s.compareTo(best[0]) > 0)) {
                    best[0] = s;
                }
            });
            assertThat(started).as("cycle %d: %s", n, given).isEqualTo(best[0]);
        }
    }

    /** Each appointment in turn: unbooked, or in any of its candidate slots not yet taken. */
    private static void everyPlan(BookingPlan plan, int i, Set<Slot> taken, Runnable visit) {
        if (i == plan.getAppointments().size()) {
            visit.run();
            return;
        }
        OtAppointment a = plan.getAppointments().get(i);
        a.setSlot(null);
        everyPlan(plan, i + 1, taken, visit);
        for (Slot s : a.getCandidateSlots()) {
            if (taken.add(s)) {
                a.setSlot(s);
                everyPlan(plan, i + 1, taken, visit);
                taken.remove(s);
                a.setSlot(null);
            }
        }
    }

    @Test
    void refusesMoreReservedSlotsThanSlots() {
        assertThatThrownBy(() -> ProblemBuilder.firstAssessmentCycle(MONDAY, MONDAY, "mid", 1, 2, 42, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
