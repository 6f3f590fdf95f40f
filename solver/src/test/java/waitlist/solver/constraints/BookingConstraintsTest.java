package waitlist.solver.constraints;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import ai.timefold.solver.core.api.score.stream.test.ConstraintVerifier;
import org.junit.jupiter.api.Test;

import waitlist.scenarios.snapshot.Facility;
import waitlist.scenarios.snapshot.PartOfDay;
import waitlist.scenarios.snapshot.Priority;
import waitlist.scenarios.snapshot.Skill;
import waitlist.solver.domain.AppointmentKind;
import waitlist.solver.domain.BookingPlan;
import waitlist.solver.domain.GroupStart;
import waitlist.solver.domain.OtAppointment;
import waitlist.solver.domain.Session;
import waitlist.solver.domain.Slot;
import waitlist.solver.domain.Staff;

/** One case each constraint penalises and one it leaves alone. */
class BookingConstraintsTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final LocalDate TUESDAY = MONDAY.plusDays(1);
    private static final LocalDate AFTER_HORIZON = MONDAY.plusDays(26);

    private final ConstraintVerifier<BookingConstraints, BookingPlan> verifier =
            ConstraintVerifier.build(new BookingConstraints(), BookingPlan.class, OtAppointment.class, GroupStart.class);

    private final Staff ann = new Staff("ann", "mid", Set.of("west"), EnumSet.of(Skill.LEARNING_DISABILITY), Set.of(TUESDAY), 2, true, 10);
    private final Staff bob = new Staff("bob", "west", Set.of(), EnumSet.noneOf(Skill.class), Set.of(), 3, true, 10);
    private final Staff coach = new Staff("cat", "mid", Set.of(), EnumSet.noneOf(Skill.class), Set.of(TUESDAY), 1, false, 0);

    private Slot slot(Staff ot, LocalDate day, int hour) {
        return new Slot(ot.id() + day + hour, ot, day, LocalTime.of(hour, 0), (int) (day.toEpochDay() - MONDAY.toEpochDay()), false);
    }

    private Session session(String id, LocalDate day, int freePlaces, Set<Facility> facilities, String alliance) {
        return new Session(id, "pool", alliance, facilities, coach, "swimming", day, LocalTime.of(10, 0),
                (int) (day.toEpochDay() - MONDAY.toEpochDay()), freePlaces, false);
    }

    private OtAppointment referral(String id, String alliance, Set<Skill> needs, LocalDate referred, Slot slot) {
        return appointment(id, id, AppointmentKind.FIRST_ASSESSMENT, alliance, needs, Set.of(), null, referred, null, Priority.ROUTINE, slot);
    }

    private OtAppointment appointment(String id, String client, AppointmentKind kind, String alliance, Set<Skill> needs,
                                      Set<LocalDate> unavailable, PartOfDay prefers, LocalDate since, String assessedBy,
                                      Priority priority, Slot slot) {
        OtAppointment a = new OtAppointment(id, kind, client, alliance, priority, needs, unavailable, prefers, since,
                assessedBy, MONDAY, AFTER_HORIZON, 42, List.of());
        a.setSlot(slot);
        return a;
    }

    private GroupStart start(String id, String client, String alliance, Set<Facility> needs, Set<LocalDate> unavailable,
                             PartOfDay prefers, Session session) {
        GroupStart g = new GroupStart(id, client, alliance, Priority.ROUTINE, needs, unavailable, prefers, MONDAY, null, MONDAY, List.of());
        g.setSession(session);
        return g;
    }

    private OtAppointment plain(String id, Slot slot) {
        return referral(id, "mid", Set.of(), MONDAY.minusDays(10), slot);
    }

    // ---- hard ----

    @Test
    void slotHoldsOneAppointment() {
        Slot s = slot(ann, MONDAY, 9);
        verifier.verifyThat(BookingConstraints::slotDoubleBooked).given(plain("a", s), plain("b", s)).penalizesBy(1);
        verifier.verifyThat(BookingConstraints::slotDoubleBooked).given(plain("a", s), plain("b", slot(ann, MONDAY, 11))).penalizesBy(0);
    }

    @Test
    void sessionTakesNoMoreThanItsFreePlaces() {
        Session one = session("s1", MONDAY, 1, Set.of(), "mid");
        Session two = session("s2", MONDAY, 2, Set.of(), "mid");
        verifier.verifyThat(BookingConstraints::sessionOverCapacity)
                .given(start("g1", "c1", "mid", Set.of(), Set.of(), null, one), start("g2", "c2", "mid", Set.of(), Set.of(), null, one))
                .penalizesBy(1);
        verifier.verifyThat(BookingConstraints::sessionOverCapacity)
                .given(start("g1", "c1", "mid", Set.of(), Set.of(), null, two), start("g2", "c2", "mid", Set.of(), Set.of(), null, two))
                .penalizesBy(0);
    }

    @Test
    void otMustHaveTheSkillTheClientNeeds() {
        Set<Skill> ld = EnumSet.of(Skill.LEARNING_DISABILITY);
        verifier.verifyThat(BookingConstraints::otLacksSkill).given(referral("r", "west", ld, MONDAY, slot(bob, MONDAY, 9))).penalizesBy(1);
        verifier.verifyThat(BookingConstraints::otLacksSkill).given(referral("r", "mid", ld, MONDAY, slot(ann, MONDAY, 9))).penalizesBy(0);
    }

    @Test
    void venueMustHaveTheFacilityTheClientNeeds() {
        Set<Facility> hoist = EnumSet.of(Facility.HOIST);
        verifier.verifyThat(BookingConstraints::venueLacksFacility)
                .given(start("g", "c", "mid", hoist, Set.of(), null, session("s", MONDAY, 3, EnumSet.of(Facility.POOL_POD), "mid")))
                .penalizesBy(1);
        verifier.verifyThat(BookingConstraints::venueLacksFacility)
                .given(start("g", "c", "mid", hoist, Set.of(), null, session("s", MONDAY, 3, EnumSet.of(Facility.HOIST), "mid")))
                .penalizesBy(0);
    }

    @Test
    void clientUnavailableDayIsNotUsedForAnAppointment() {
        verifier.verifyThat(BookingConstraints::clientUnavailableForAppointment)
                .given(appointment("a", "c", AppointmentKind.FIRST_ASSESSMENT, "west", Set.of(), Set.of(MONDAY), null, MONDAY, null, Priority.ROUTINE, slot(bob, MONDAY, 9)))
                .penalizesBy(1);
        verifier.verifyThat(BookingConstraints::clientUnavailableForAppointment)
                .given(appointment("a", "c", AppointmentKind.FIRST_ASSESSMENT, "west", Set.of(), Set.of(TUESDAY), null, MONDAY, null, Priority.ROUTINE, slot(bob, MONDAY, 9)))
                .penalizesBy(0);
    }

    @Test
    void clientUnavailableDayIsNotUsedForAGroupStart() {
        Session monday = session("s", MONDAY, 3, Set.of(), "mid");
        verifier.verifyThat(BookingConstraints::clientUnavailableForGroup)
                .given(start("g", "c", "mid", Set.of(), Set.of(MONDAY), null, monday)).penalizesBy(1);
        verifier.verifyThat(BookingConstraints::clientUnavailableForGroup)
                .given(start("g", "c", "mid", Set.of(), Set.of(TUESDAY), null, monday)).penalizesBy(0);
    }

    @Test
    void noAppointmentWithAnOtOnLeave() {
        verifier.verifyThat(BookingConstraints::otOnLeave).given(plain("a", slot(ann, TUESDAY, 9))).penalizesBy(1);
        verifier.verifyThat(BookingConstraints::otOnLeave).given(plain("a", slot(ann, MONDAY, 9))).penalizesBy(0);
    }

    @Test
    void noGroupStartWhenTheCoachIsOnLeave() {
        verifier.verifyThat(BookingConstraints::coachOnLeave)
                .given(start("g", "c", "mid", Set.of(), Set.of(), null, session("s", TUESDAY, 3, Set.of(), "mid"))).penalizesBy(1);
        verifier.verifyThat(BookingConstraints::coachOnLeave)
                .given(start("g", "c", "mid", Set.of(), Set.of(), null, session("s", MONDAY, 3, Set.of(), "mid"))).penalizesBy(0);
    }

    @Test
    void otSeesNoMoreThanTheirDailyMaximum() {
        // ann takes at most 2 a day
        verifier.verifyThat(BookingConstraints::otOverDailyMaximum)
                .given(plain("a", slot(ann, MONDAY, 9)), plain("b", slot(ann, MONDAY, 11)), plain("c", slot(ann, MONDAY, 14)))
                .penalizesBy(1);
        verifier.verifyThat(BookingConstraints::otOverDailyMaximum)
                .given(plain("a", slot(ann, MONDAY, 9)), plain("b", slot(ann, MONDAY, 11)))
                .penalizesBy(0);
    }

    @Test
    void crossAllianceOnlyWhereAllowed() {
        // bob is West only; ann (Mid) may also work in West
        verifier.verifyThat(BookingConstraints::crossAllianceNotAllowed)
                .given(referral("r", "mid", Set.of(), MONDAY, slot(bob, MONDAY, 9))).penalizesBy(1);
        verifier.verifyThat(BookingConstraints::crossAllianceNotAllowed)
                .given(referral("r", "west", Set.of(), MONDAY, slot(ann, MONDAY, 9))).penalizesBy(0);
    }

    @Test
    void clientNotBookedTwiceOnOneDay() {
        OtAppointment review = appointment("v", "c", AppointmentKind.REVIEW, "west", Set.of(), Set.of(), null, MONDAY, "bob", Priority.ROUTINE, slot(bob, MONDAY, 9));
        OtAppointment sameDay = appointment("v2", "c", AppointmentKind.REVIEW, "west", Set.of(), Set.of(), null, MONDAY, "bob", Priority.ROUTINE, slot(bob, MONDAY, 14));
        OtAppointment nextDay = appointment("v2", "c", AppointmentKind.REVIEW, "west", Set.of(), Set.of(), null, MONDAY, "bob", Priority.ROUTINE, slot(bob, TUESDAY, 9));
        verifier.verifyThat(BookingConstraints::clientTwoAppointmentsOnADay).given(review, sameDay).penalizesBy(1);
        verifier.verifyThat(BookingConstraints::clientTwoAppointmentsOnADay).given(review, nextDay).penalizesBy(0);
    }

    @Test
    void clientNotInAGroupOnTheDayOfAnAppointment() {
        OtAppointment review = appointment("v", "c", AppointmentKind.REVIEW, "west", Set.of(), Set.of(), null, MONDAY, "bob", Priority.ROUTINE, slot(bob, MONDAY, 9));
        verifier.verifyThat(BookingConstraints::clientInGroupOnAppointmentDay)
                .given(review, start("g", "c", "mid", Set.of(), Set.of(), null, session("s", MONDAY, 3, Set.of(), "mid"))).penalizesBy(1);
        verifier.verifyThat(BookingConstraints::clientInGroupOnAppointmentDay)
                .given(review, start("g", "c", "mid", Set.of(), Set.of(), null, session("s", TUESDAY, 3, Set.of(), "mid"))).penalizesBy(0);
    }

    @Test
    void clientDoesNotStartTwoGroupsOnOneDay() {
        Session monday = session("s1", MONDAY, 3, Set.of(), "mid");
        Session alsoMonday = session("s2", MONDAY, 3, Set.of(), "mid");
        Session tuesday = session("s3", TUESDAY, 3, Set.of(), "mid");
        verifier.verifyThat(BookingConstraints::clientInTwoGroupsOnOneDay)
                .given(start("g1", "c", "mid", Set.of(), Set.of(), null, monday), start("g2", "c", "mid", Set.of(), Set.of(), null, alsoMonday))
                .penalizesBy(1);
        verifier.verifyThat(BookingConstraints::clientInTwoGroupsOnOneDay)
                .given(start("g1", "c", "mid", Set.of(), Set.of(), null, monday), start("g2", "c", "mid", Set.of(), Set.of(), null, tuesday))
                .penalizesBy(0);
    }

    // ---- medium ----

    @Test
    void unbookedAppointmentCostsByWaitAndPriority() {
        // routine, waited 10 days: 7 + 10; urgent adds 21
        verifier.verifyThat(BookingConstraints::appointmentNotBooked).given(plain("a", null)).penalizesBy(17);
        // waited 30 days: 7 + 30, plus the 30 + 26 - 42 = 14 days it will be past six weeks after the horizon
        verifier.verifyThat(BookingConstraints::appointmentNotBooked)
                .given(referral("late", "mid", Set.of(), MONDAY.minusDays(30), null)).penalizesBy(37 + 14);
        verifier.verifyThat(BookingConstraints::appointmentNotBooked)
                .given(appointment("u", "u", AppointmentKind.FIRST_ASSESSMENT, "mid", Set.of(), Set.of(), null, MONDAY.minusDays(10), null, Priority.URGENT, null))
                .penalizesBy(38);
        verifier.verifyThat(BookingConstraints::appointmentNotBooked).given(plain("a", slot(ann, MONDAY, 9))).penalizesBy(0);
    }

    @Test
    void unbookedGroupStartCosts() {
        verifier.verifyThat(BookingConstraints::groupStartNotBooked).given(start("g", "c", "mid", Set.of(), Set.of(), null, null)).penalizesBy(7);
        verifier.verifyThat(BookingConstraints::groupStartNotBooked)
                .given(start("g", "c", "mid", Set.of(), Set.of(), null, session("s", MONDAY, 3, Set.of(), "mid"))).penalizesBy(0);
    }

    // ---- soft ----

    @Test
    void aPersonSeenAfterTheTargetCountsOnceHoweverLate() {
        verifier.verifyThat(BookingConstraints::personBreaching)
                .given(referral("r", "mid", Set.of(), TUESDAY.minusDays(45), slot(ann, TUESDAY, 9)),
                        referral("s", "mid", Set.of(), TUESDAY.minusDays(60), slot(ann, TUESDAY, 11)))
                .penalizesBy(2);
        // unbooked and past the target by the day after the horizon (26 + 20 > 42)
        verifier.verifyThat(BookingConstraints::personBreaching)
                .given(referral("r", "mid", Set.of(), MONDAY.minusDays(20), null)).penalizesBy(1);
        verifier.verifyThat(BookingConstraints::personBreaching)
                .given(referral("r", "mid", Set.of(), MONDAY.minusDays(42), slot(ann, MONDAY, 9))).penalizesBy(0);
        // reviews run on no clock
        verifier.verifyThat(BookingConstraints::personBreaching)
                .given(appointment("v", "c", AppointmentKind.REVIEW, "mid", Set.of(), Set.of(), null, MONDAY.minusDays(60), "ann", Priority.ROUTINE, slot(ann, MONDAY, 9)))
                .penalizesBy(0);
    }

    @Test
    void breachDaysCountLinearlyBeyondTheTarget() {
        // referred 45 days before Tuesday: 3 days late when seen on Tuesday
        verifier.verifyThat(BookingConstraints::breachDays)
                .given(referral("r", "mid", Set.of(), TUESDAY.minusDays(45), slot(ann, TUESDAY, 9))).penalizesBy(3);
        // unbooked: projected to the day after the horizon, 26 + 20 - 42 = 4 days late
        verifier.verifyThat(BookingConstraints::breachDays)
                .given(referral("r", "mid", Set.of(), MONDAY.minusDays(20), null)).penalizesBy(4);
        verifier.verifyThat(BookingConstraints::breachDays)
                .given(referral("r", "mid", Set.of(), MONDAY.minusDays(41), slot(ann, MONDAY, 9))).penalizesBy(0);
    }

    @Test
    void theTargetComesFromTheProblemNotACodedSixWeeks() {
        OtAppointment a = new OtAppointment("r", AppointmentKind.FIRST_ASSESSMENT, "r", "mid", Priority.ROUTINE, Set.of(), Set.of(),
                null, TUESDAY.minusDays(30), null, MONDAY, AFTER_HORIZON, 28, List.of());
        a.setSlot(slot(ann, TUESDAY, 9));
        verifier.verifyThat(BookingConstraints::breachDays).given(a).penalizesBy(2);
    }

    @Test
    void laterDaysCostMoreForLongerWaiters() {
        // day 1 × (7 + 10)
        verifier.verifyThat(BookingConstraints::waitingOrder).given(plain("a", slot(ann, TUESDAY, 9))).penalizesBy(17);
        verifier.verifyThat(BookingConstraints::waitingOrder).given(plain("a", slot(ann, MONDAY, 9))).penalizesBy(0);
    }

    @Test
    void reviewIsBestWithTheAssessingOt() {
        verifier.verifyThat(BookingConstraints::reviewWithAnotherOt)
                .given(appointment("v", "c", AppointmentKind.REVIEW, "west", Set.of(), Set.of(), null, MONDAY, "ann", Priority.ROUTINE, slot(bob, MONDAY, 9)))
                .penalizesBy(1);
        verifier.verifyThat(BookingConstraints::reviewWithAnotherOt)
                .given(appointment("v", "c", AppointmentKind.REVIEW, "west", Set.of(), Set.of(), null, MONDAY, "bob", Priority.ROUTINE, slot(bob, MONDAY, 9)))
                .penalizesBy(0);
    }

    @Test
    void otTravellingOutsideHomeAllianceCosts() {
        verifier.verifyThat(BookingConstraints::otTravelsAcrossAlliance)
                .given(referral("r", "west", Set.of(), MONDAY, slot(ann, MONDAY, 9))).penalizesBy(1);
        verifier.verifyThat(BookingConstraints::otTravelsAcrossAlliance)
                .given(referral("r", "mid", Set.of(), MONDAY, slot(ann, MONDAY, 9))).penalizesBy(0);
    }

    @Test
    void groupOutsideTheClientsAllianceCosts() {
        verifier.verifyThat(BookingConstraints::groupOutsideClientAlliance)
                .given(start("g", "c", "west", Set.of(), Set.of(), null, session("s", MONDAY, 3, Set.of(), "mid"))).penalizesBy(1);
        verifier.verifyThat(BookingConstraints::groupOutsideClientAlliance)
                .given(start("g", "c", "mid", Set.of(), Set.of(), null, session("s", MONDAY, 3, Set.of(), "mid"))).penalizesBy(0);
    }

    @Test
    void appointmentOutsideThePreferredPartOfTheDayCosts() {
        verifier.verifyThat(BookingConstraints::appointmentAtUnpreferredTime)
                .given(appointment("a", "c", AppointmentKind.FIRST_ASSESSMENT, "mid", Set.of(), Set.of(), PartOfDay.AFTERNOON, MONDAY, null, Priority.ROUTINE, slot(ann, MONDAY, 9)))
                .penalizesBy(1);
        verifier.verifyThat(BookingConstraints::appointmentAtUnpreferredTime)
                .given(appointment("a", "c", AppointmentKind.FIRST_ASSESSMENT, "mid", Set.of(), Set.of(), PartOfDay.AFTERNOON, MONDAY, null, Priority.ROUTINE, slot(ann, MONDAY, 14)))
                .penalizesBy(0);
    }

    @Test
    void groupStartOutsideThePreferredPartOfTheDayCosts() {
        Session morning = session("s", MONDAY, 3, Set.of(), "mid");
        verifier.verifyThat(BookingConstraints::groupAtUnpreferredTime)
                .given(start("g", "c", "mid", Set.of(), Set.of(), PartOfDay.AFTERNOON, morning)).penalizesBy(1);
        verifier.verifyThat(BookingConstraints::groupAtUnpreferredTime)
                .given(start("g", "c", "mid", Set.of(), Set.of(), PartOfDay.MORNING, morning)).penalizesBy(0);
    }

    @Test
    void unevenDiariesCostAndIdleOtsCount() {
        // ann and bob can each take 10: 2 and 1 appointments are 200 and 100 per mille; unfairness sqrt(50^2 + 50^2) = 70.7
        verifier.verifyThat(BookingConstraints::unbalancedOtWorkload)
                .given(ann, bob, coach, plain("a", slot(ann, MONDAY, 9)), plain("b", slot(ann, MONDAY, 11)), plain("c", slot(bob, MONDAY, 9)))
                .penalizesBy(71);
        verifier.verifyThat(BookingConstraints::unbalancedOtWorkload)
                .given(ann, bob, coach, plain("a", slot(ann, MONDAY, 9)), plain("c", slot(bob, MONDAY, 9)))
                .penalizesBy(0);
        // Everything on ann while bob sits idle is not balanced: 300 against 0.
        verifier.verifyThat(BookingConstraints::unbalancedOtWorkload)
                .given(ann, bob, coach, plain("a", slot(ann, MONDAY, 9)), plain("b", slot(ann, MONDAY, 11)), plain("c", slot(ann, MONDAY, 14)))
                .penalizesBy(212);
    }

    @Test
    void unevenGroupsCostAndEmptySessionsCount() {
        Session s1 = session("s1", MONDAY, 3, Set.of(), "mid");
        Session s2 = session("s2", MONDAY.plusDays(2), 3, Set.of(), "mid");
        Session s3 = session("s3", MONDAY.plusDays(3), 3, Set.of(), "mid");
        // 2 and 1 new starters: sqrt(0.5^2 + 0.5^2) = 0.707, in hundredths
        verifier.verifyThat(BookingConstraints::unevenGroupFill)
                .given(s1, s2, start("g1", "c1", "mid", Set.of(), Set.of(), null, s1), start("g2", "c2", "mid", Set.of(), Set.of(), null, s1),
                        start("g3", "c3", "mid", Set.of(), Set.of(), null, s2))
                .penalizesBy(71);
        verifier.verifyThat(BookingConstraints::unevenGroupFill)
                .given(s1, s2, start("g1", "c1", "mid", Set.of(), Set.of(), null, s1), start("g3", "c3", "mid", Set.of(), Set.of(), null, s2))
                .penalizesBy(0);
        // an empty third session makes 1, 1, 0 uneven: sqrt(2 * (1/3)^2 + (2/3)^2) = 0.816
        verifier.verifyThat(BookingConstraints::unevenGroupFill)
                .given(s1, s2, s3, start("g1", "c1", "mid", Set.of(), Set.of(), null, s1), start("g3", "c3", "mid", Set.of(), Set.of(), null, s2))
                .penalizesBy(82);
    }
}
