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
import waitlist.solver.rules.HardRule;

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
        assertThat(report.violations()).anyMatch(v -> v.rule() == HardRule.SLOT_DOUBLE_BOOKED && v.message().contains("holds 2 appointments"))
                .anyMatch(v -> v.rule() == HardRule.OT_LACKS_SKILL && v.message().contains("b needs [LEARNING_DISABILITY]"))
                .anyMatch(v -> v.rule() == HardRule.OUTSIDE_WORKING_PATTERN && v.message().contains("does not work on Wednesdays (2026-03-04)"));
    }

    @Test
    void aPlanNamingWhatTheSnapshotLacksIsReportedNotThrown() {
        Snapshot s = snapshot(List.of(referral("a", 10, null)));
        List<Booking> nonsense = new ArrayList<>();
        nonsense.add(new Booking("ghost", Booking.FIRST_ASSESSMENT, "ghost", "mid", "ot-mid-1", null, null, MONDAY, LocalTime.of(9, 0)));
        nonsense.add(new Booking("a", Booking.FIRST_ASSESSMENT, "a", "mid", "nobody", null, null, MONDAY, LocalTime.of(9, 0)));
        nonsense.add(new Booking("a", Booking.GROUP_START, "a", "mid", "ot-mid-1", "no-session", "nowhere", MONDAY, LocalTime.of(9, 0)));
        nonsense.add(new Booking("S9", Booking.GROUP_START, "c", "mid", "coach", "no-session", null, null, null));
        nonsense.add(null);
        CheckReport report = new PlanChecker(s).check(new Plan("hand", null, nonsense, java.util.Arrays.asList("phantom", null)));
        assertThat(report.violations()).extracting(v -> v.rule()).contains(HardRule.NOT_IN_SNAPSHOT, HardRule.BOOKED_MORE_THAN_ONCE);
        assertThat(report.violations()).anyMatch(v -> v.message().contains("ghost is booked with an OT but is not a referral or review"))
                .anyMatch(v -> v.message().contains("nobody, who is not in the snapshot"))
                .anyMatch(v -> v.message().contains("unbooked phantom is not demand"));
        assertThat(new PlanChecker(s).check(null).violations()).extracting(v -> v.rule()).containsExactly(HardRule.NOT_ACCOUNTED_FOR);
    }

    @Test
    void oneCheckerJudgesManyPlansAtOnceWithoutMixingThem() throws Exception {
        Snapshot s = snapshot(List.of(referral("a", 10, null), referral("b", 5, null)));
        PlanChecker checker = new PlanChecker(s);
        Plan good = new Plan("hand", null, List.of(booking("a", MONDAY, 9), booking("b", MONDAY, 13)), List.of());
        Plan bad = new Plan("hand", null, List.of(booking("a", MONDAY, 9), booking("b", MONDAY, 9)), List.of());
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<CheckReport>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                Plan p = i % 2 == 0 ? good : bad;
                results.add(pool.submit(() -> checker.check(p)));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get().feasible()).isEqualTo(i % 2 == 0);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void closedDaysAndLeaveAreTheirOwnRules() {
        Practitioner ot = new Practitioner("ot-mid-1", null, Role.OT, "mid", null, null,
                List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY), LocalTime.of(9, 0), LocalTime.of(17, 0), List.of(MONDAY.plusDays(1)), 2);
        Snapshot s = new Snapshot("test", null, new SnapshotHorizon(MONDAY, MONDAY.plusDays(7)), 42, List.of(MONDAY.plusDays(7)), 240,
                List.of(new Alliance("mid", "Mid Essex")), List.of(ot), List.of(), null,
                new Demand(List.of(referral("a", 10, null), referral("b", 10, null)), null, null));
        CheckReport report = new PlanChecker(s).check(new Plan("hand", null,
                List.of(booking("a", MONDAY.plusDays(1), 9), booking("b", MONDAY.plusDays(7), 9)), List.of()));
        assertThat(report.violations()).extracting(v -> v.rule())
                .containsExactlyInAnyOrder(HardRule.OT_ON_LEAVE, HardRule.SERVICE_CLOSED);
    }

    @Test
    void aSessionOutsideItsCoachsWorkingPatternIsAViolation() {
        Practitioner coach = new Practitioner("coach", null, Role.COACH, "mid", null, null,
                List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
                LocalTime.of(9, 0), LocalTime.of(17, 0), null, 1);
        waitlist.scenarios.snapshot.Venue venue = new waitlist.scenarios.snapshot.Venue("v", null, "mid", null);
        LocalDate saturday = MONDAY.plusDays(5);
        var onSaturday = new waitlist.scenarios.snapshot.GroupSession("sat", "v", "coach", saturday, LocalTime.of(10, 0), 60, "gym", 8, 0, null);
        var late = new waitlist.scenarios.snapshot.GroupSession("late", "v", "coach", MONDAY, LocalTime.of(16, 30), 75, "gym", 8, 0, null);
        var starts = List.of(new waitlist.scenarios.snapshot.InterventionStart("S1", "c1", "mid", MONDAY, null, null, null, null, null),
                new waitlist.scenarios.snapshot.InterventionStart("S2", "c2", "mid", MONDAY, null, null, null, null, null));
        Snapshot s = new Snapshot("test", null, new SnapshotHorizon(MONDAY, MONDAY.plusDays(6)), null, List.of(), 240,
                List.of(new Alliance("mid", "Mid Essex")), List.of(coach), List.of(venue), List.of(onSaturday, late),
                new Demand(List.of(), null, starts));
        CheckReport report = new PlanChecker(s).check(new Plan("hand", null, List.of(
                new Booking("S1", Booking.GROUP_START, "c1", "mid", "coach", "sat", "v", saturday, LocalTime.of(10, 0)),
                new Booking("S2", Booking.GROUP_START, "c2", "mid", "coach", "late", "v", MONDAY, LocalTime.of(16, 30))), List.of()));
        assertThat(report.violations()).filteredOn(v -> v.rule() == HardRule.OUTSIDE_WORKING_PATTERN).hasSize(2)
                .anyMatch(v -> v.message().contains("does not work on Saturdays"))
                .anyMatch(v -> v.message().contains("finishes work at 17:00"));
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
