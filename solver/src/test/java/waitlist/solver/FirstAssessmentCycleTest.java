package waitlist.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import waitlist.scenarios.snapshot.Priority;
import waitlist.scenarios.snapshot.Referral;
import waitlist.solver.domain.BookingPlan;
import waitlist.solver.domain.OtAppointment;
import waitlist.solver.domain.Slot;

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

    @Test
    void refusesMoreReservedSlotsThanSlots() {
        assertThatThrownBy(() -> ProblemBuilder.firstAssessmentCycle(MONDAY, MONDAY, "mid", 1, 2, 42, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
