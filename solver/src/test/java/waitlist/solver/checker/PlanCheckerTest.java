package waitlist.solver.checker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import waitlist.scenarios.Alliance;
import waitlist.scenarios.snapshot.Demand;
import waitlist.scenarios.snapshot.Practitioner;
import waitlist.scenarios.snapshot.Priority;
import waitlist.scenarios.snapshot.Referral;
import waitlist.scenarios.snapshot.Role;
import waitlist.scenarios.snapshot.Skill;
import waitlist.scenarios.snapshot.Snapshot;
import waitlist.scenarios.snapshot.SnapshotHorizon;
import waitlist.solver.plan.Booking;
import waitlist.solver.plan.Plan;

/** The checker catches broken rules the solver never sees, and says why someone could not be booked. */
class PlanCheckerTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    /** One Mid Essex OT without learning-disability skill, working Mondays and Tuesdays, two 4-hour slots a day. */
    private static Snapshot snapshot(List<Referral> referrals) {
        Practitioner ot = new Practitioner("ot-mid-1", null, Role.OT, "mid", null, List.of(Skill.PHYSICAL_DISABILITY),
                List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY), LocalTime.of(9, 0), LocalTime.of(17, 0), null, 2);
        return new Snapshot("test", null, new SnapshotHorizon(MONDAY, MONDAY.plusDays(4)), null, null, 240,
                List.of(new Alliance("mid", "Mid Essex"), new Alliance("west", "West Essex")),
                List.of(ot), List.of(), null, new Demand(referrals, null, null));
    }

    private static Referral referral(String id, int waited, Skill need) {
        return new Referral(id, MONDAY.minusDays(waited), "mid", Priority.ROUTINE, need == null ? null : List.of(need),
                null, null, null);
    }

    private static Booking booking(String id, LocalDate day, int hour) {
        return new Booking(id, Booking.FIRST_ASSESSMENT, id, "mid", "ot-mid-1", null, null, day, LocalTime.of(hour, 0));
    }

    @Test
    void aLegalPlanHasNoViolations() {
        Snapshot s = snapshot(List.of(referral("a", 10, null), referral("b", 5, null)));
        CheckReport report = new PlanChecker(s).check(new Plan("hand", null,
                List.of(booking("a", MONDAY, 9), booking("b", MONDAY, 13)), List.of()));
        assertThat(report.violations()).isEmpty();
        assertThat(report.kpis().firstAssessmentsBooked()).isEqualTo(2);
    }

    @Test
    void findsDoubleBookingWrongSkillAndDayOff() {
        Snapshot s = snapshot(List.of(referral("a", 10, null), referral("b", 5, Skill.LEARNING_DISABILITY), referral("c", 1, null)));
        List<Booking> bookings = new ArrayList<>(List.of(booking("a", MONDAY, 9), booking("b", MONDAY, 9),
                booking("c", MONDAY.plusDays(2), 9)));
        CheckReport report = new PlanChecker(s).check(new Plan("hand", null, bookings, List.of()));
        assertThat(report.violations()).anyMatch(v -> v.contains("holds 2 appointments"))
                .anyMatch(v -> v.contains("b needs [LEARNING_DISABILITY]"))
                .anyMatch(v -> v.contains("does not work on 2026-03-04"));
    }

    @Test
    void countsBreachDaysForBookedAndUnbookedReferrals() {
        // a: referred 44 days before Tuesday -> 2 days late; b: unbooked, 40 + 5 (day after horizon) - 42 = 3 days late
        Snapshot s = snapshot(List.of(referral("a", 43, null), referral("b", 40, null)));
        CheckReport report = new PlanChecker(s).check(new Plan("hand", null,
                List.of(booking("a", MONDAY.plusDays(1), 9)), List.of("b")));
        assertThat(report.kpis().breaches()).isEqualTo(2);
        assertThat(report.kpis().breachDays()).isEqualTo(2 + 3);
    }

    @Test
    void explainsThatNoOtHasTheSkill() {
        Snapshot s = snapshot(List.of(referral("ld", 30, Skill.LEARNING_DISABILITY)));
        CheckReport report = new PlanChecker(s).check(new Plan("hand", null, List.of(), List.of("ld")));
        assertThat(report.explanations()).singleElement().satisfies(e -> assertThat(e.reason())
                .contains("no OT with learning-disability skill who may work in Mid Essex has a slot"));
    }

    @Test
    void explainsWhereTheSlotsWent() {
        // four slots, all taken by people waiting longer; the newest is left out
        List<Referral> referrals = List.of(referral("r1", 30, null), referral("r2", 29, null), referral("r3", 28, null),
                referral("r4", 27, null), referral("new", 1, null));
        Snapshot s = snapshot(referrals);
        List<Booking> bookings = List.of(booking("r1", MONDAY, 9), booking("r2", MONDAY, 13),
                booking("r3", MONDAY.plusDays(1), 9), booking("r4", MONDAY.plusDays(1), 13));
        CheckReport report = new PlanChecker(s).check(new Plan("hand", null, bookings, List.of("new")));
        assertThat(report.explanations()).singleElement().satisfies(e -> assertThat(e.reason())
                .contains("4 slots with an OT in Mid Essex").contains("4 went to referrals waiting longer"));
    }
}
