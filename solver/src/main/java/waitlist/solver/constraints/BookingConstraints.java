package waitlist.solver.constraints;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.loadBalance;

import java.math.RoundingMode;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.score.stream.common.LoadBalance;
import waitlist.solver.domain.AppointmentKind;
import waitlist.solver.domain.Demand;
import waitlist.solver.domain.GroupStart;
import waitlist.solver.domain.OtAppointment;
import waitlist.solver.domain.Session;
import waitlist.solver.domain.Staff;
import waitlist.solver.rules.HardRule;
import waitlist.solver.rules.Objective;

/**
 * The booking rules. Hard: what a plan must never do ({@link HardRule}; the checker uses the same
 * names). Medium and soft: the objective in the service's order, weights from the one table in
 * {@link Objective}, each overridable by its name for a run.
 */
public final class BookingConstraints implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory f) {
        return new Constraint[] {
                slotDoubleBooked(f),
                sessionOverCapacity(f),
                otLacksSkill(f),
                venueLacksFacility(f),
                clientUnavailableForAppointment(f),
                clientUnavailableForGroup(f),
                otOnLeave(f),
                coachOnLeave(f),
                bookedOnClosedDay(f),
                otOverDailyMaximum(f),
                crossAllianceNotAllowed(f),
                clientTwoAppointmentsOnADay(f),
                clientInGroupOnAppointmentDay(f),
                clientInTwoGroupsOnOneDay(f),
                appointmentNotBooked(f),
                groupStartNotBooked(f),
                personBreaching(f),
                breachDays(f),
                waitingOrder(f),
                reviewWithAnotherOt(f),
                otTravelsAcrossAlliance(f),
                groupOutsideClientAlliance(f),
                appointmentAtUnpreferredTime(f),
                groupAtUnpreferredTime(f),
                unbalancedOtWorkload(f),
                unevenGroupFill(f),
        };
    }

    // ---- hard ----

    /** A slot holds one appointment. */
    Constraint slotDoubleBooked(ConstraintFactory f) {
        return f.forEachUniquePair(OtAppointment.class, Joiners.equal(OtAppointment::getSlot))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(HardRule.SLOT_DOUBLE_BOOKED.id());
    }

    /** A group session takes no more new starters than it has free places. */
    Constraint sessionOverCapacity(ConstraintFactory f) {
        return f.forEach(GroupStart.class)
                .groupBy(GroupStart::getSession, count())
                .filter((session, starters) -> starters > session.freePlaces())
                .penalize(HardMediumSoftScore.ONE_HARD, (session, starters) -> starters - session.freePlaces())
                .asConstraint(HardRule.SESSION_OVER_CAPACITY.id());
    }

    /** A client who needs a speciality is seen by an OT who has it. */
    Constraint otLacksSkill(ConstraintFactory f) {
        return f.forEach(OtAppointment.class)
                .filter(a -> !a.getSlot().ot().skills().containsAll(a.getNeeds()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(HardRule.OT_LACKS_SKILL.id());
    }

    /** A client who needs a facility joins a session at a venue that has it. */
    Constraint venueLacksFacility(ConstraintFactory f) {
        return f.forEach(GroupStart.class)
                .filter(g -> !g.getSession().facilities().containsAll(g.getFacilities()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(HardRule.VENUE_LACKS_FACILITY.id());
    }

    /** Nobody is given an appointment on a day they said they cannot do. */
    Constraint clientUnavailableForAppointment(ConstraintFactory f) {
        return f.forEach(OtAppointment.class)
                .filter(a -> a.getUnavailable().contains(a.getSlot().date()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(HardRule.CLIENT_UNAVAILABLE_FOR_APPOINTMENT.id());
    }

    /** Nobody starts a group on a day they said they cannot do. */
    Constraint clientUnavailableForGroup(ConstraintFactory f) {
        return f.forEach(GroupStart.class)
                .filter(g -> g.getUnavailable().contains(g.getSession().date()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(HardRule.CLIENT_UNAVAILABLE_FOR_GROUP.id());
    }

    /** No appointment with an OT on leave. */
    Constraint otOnLeave(ConstraintFactory f) {
        return f.forEach(OtAppointment.class)
                .filter(a -> a.getSlot().ot().leave().contains(a.getSlot().date()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(HardRule.OT_ON_LEAVE.id());
    }

    /** No new starter in a session whose coach is on leave (the session will not run). */
    Constraint coachOnLeave(ConstraintFactory f) {
        return f.forEach(GroupStart.class)
                .filter(g -> g.getSession().coach().leave().contains(g.getSession().date()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(HardRule.COACH_ON_LEAVE.id());
    }

    /** No appointment or group start on a bank holiday or in the Christmas closure. */
    Constraint bookedOnClosedDay(ConstraintFactory f) {
        return f.forEach(OtAppointment.class)
                .filter(a -> a.getSlot().closed())
                .map(a -> (Demand) a)
                .concat(f.forEach(GroupStart.class)
                        .filter(g -> g.getSession().closed())
                        .map(g -> (Demand) g))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(HardRule.SERVICE_CLOSED.id());
    }

    /** An OT sees no more people on a day than their stated maximum. */
    Constraint otOverDailyMaximum(ConstraintFactory f) {
        return f.forEach(OtAppointment.class)
                .groupBy(a -> a.getSlot().ot(), a -> a.getSlot().date(), count())
                .filter((ot, date, seen) -> seen > ot.maxAppointmentsPerDay())
                .penalize(HardMediumSoftScore.ONE_HARD, (ot, date, seen) -> seen - ot.maxAppointmentsPerDay())
                .asConstraint(HardRule.OT_OVER_DAILY_MAXIMUM.id());
    }

    /** An OT works for another alliance's client only if they may work there. */
    Constraint crossAllianceNotAllowed(ConstraintFactory f) {
        return f.forEach(OtAppointment.class)
                .filter(a -> !a.getSlot().ot().mayWorkIn(a.getAlliance()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(HardRule.CROSS_ALLIANCE_NOT_ALLOWED.id());
    }

    /** A client has at most one OT appointment a day. */
    Constraint clientTwoAppointmentsOnADay(ConstraintFactory f) {
        return f.forEachUniquePair(OtAppointment.class,
                        Joiners.equal(OtAppointment::getClient),
                        Joiners.equal(a -> a.getSlot().date()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(HardRule.CLIENT_TWO_APPOINTMENTS_ON_A_DAY.id());
    }

    /** A client is not asked to a group start and an OT appointment on the same day. */
    Constraint clientInGroupOnAppointmentDay(ConstraintFactory f) {
        return f.forEach(OtAppointment.class)
                .join(GroupStart.class,
                        Joiners.equal(OtAppointment::getClient, GroupStart::getClient),
                        Joiners.equal(a -> a.getSlot().date(), g -> g.getSession().date()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(HardRule.CLIENT_GROUP_AND_APPOINTMENT_ON_A_DAY.id());
    }

    /** A client does not start two groups on the same day. */
    Constraint clientInTwoGroupsOnOneDay(ConstraintFactory f) {
        return f.forEachUniquePair(GroupStart.class,
                        Joiners.equal(GroupStart::getClient),
                        Joiners.equal(g -> g.getSession().date()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(HardRule.CLIENT_TWO_GROUPS_ON_A_DAY.id());
    }

    // ---- medium: urgency ----

    /** Book as many as possible; leaving an urgent or long waiter out costs more. */
    Constraint appointmentNotBooked(ConstraintFactory f) {
        return f.forEachIncludingUnassigned(OtAppointment.class)
                .filter(a -> a.getSlot() == null)
                .penalize(Objective.UNBOOKED_APPOINTMENT.score(), OtAppointment::getUrgency)
                .asConstraint(Objective.UNBOOKED_APPOINTMENT.id());
    }

    /** Give as many as possible a group place; urgent and long waiters first. */
    Constraint groupStartNotBooked(ConstraintFactory f) {
        return f.forEachIncludingUnassigned(GroupStart.class)
                .filter(g -> g.getSession() == null)
                .penalize(Objective.UNBOOKED_GROUP_START.score(), GroupStart::getUrgency)
                .asConstraint(Objective.UNBOOKED_GROUP_START.id());
    }

    // ---- soft, in the service's order ----

    /** Each person seen after the target (or projected past it, if unbooked) counts once. */
    Constraint personBreaching(ConstraintFactory f) {
        return f.forEachIncludingUnassigned(OtAppointment.class)
                .filter(a -> a.getKind() == AppointmentKind.FIRST_ASSESSMENT && a.breachDays() > 0)
                .penalize(Objective.PERSON_BREACHING.score())
                .asConstraint(Objective.PERSON_BREACHING.id());
    }

    /** Then every day beyond the target, booked or (if unbooked) projected to the day after the horizon. */
    Constraint breachDays(ConstraintFactory f) {
        return f.forEachIncludingUnassigned(OtAppointment.class)
                .filter(a -> a.getKind() == AppointmentKind.FIRST_ASSESSMENT && a.breachDays() > 0)
                .penalize(Objective.BREACH_DAY.score(), OtAppointment::breachDays)
                .asConstraint(Objective.BREACH_DAY.id());
    }

    /** Each day of delay costs in proportion to urgency, so urgent and long waiters go earlier. */
    Constraint waitingOrder(ConstraintFactory f) {
        return f.forEach(OtAppointment.class)
                .penalize(Objective.WAITING_ORDER.score(), a -> a.getSlot().day() * a.getUrgency())
                .asConstraint(Objective.WAITING_ORDER.id());
    }

    /** Continuity: a review is best done by the OT who assessed the client. */
    Constraint reviewWithAnotherOt(ConstraintFactory f) {
        return f.forEach(OtAppointment.class)
                .filter(a -> a.getKind() == AppointmentKind.REVIEW
                        && !a.getSlot().ot().id().equals(a.getAssessedBy()))
                .penalize(Objective.REVIEW_CONTINUITY.score())
                .asConstraint(Objective.REVIEW_CONTINUITY.id());
    }

    /** Travel: an OT seeing a client outside their home alliance. */
    Constraint otTravelsAcrossAlliance(ConstraintFactory f) {
        return f.forEach(OtAppointment.class)
                .filter(OtAppointment::isCrossAlliance)
                .penalize(Objective.OT_TRAVEL.score())
                .asConstraint(Objective.OT_TRAVEL.id());
    }

    /** Travel: a client joining a group outside their own alliance. */
    Constraint groupOutsideClientAlliance(ConstraintFactory f) {
        return f.forEach(GroupStart.class)
                .filter(GroupStart::isCrossAlliance)
                .penalize(Objective.GROUP_TRAVEL.score())
                .asConstraint(Objective.GROUP_TRAVEL.id());
    }

    /** An appointment in the part of the day the client did not want. */
    Constraint appointmentAtUnpreferredTime(ConstraintFactory f) {
        return f.forEach(OtAppointment.class)
                .filter(a -> a.getPrefers() != null && a.getPrefers() != a.getSlot().partOfDay())
                .penalize(Objective.APPOINTMENT_TIME_PREFERENCE.score())
                .asConstraint(Objective.APPOINTMENT_TIME_PREFERENCE.id());
    }

    /** A group start in the part of the day the client did not want. */
    Constraint groupAtUnpreferredTime(ConstraintFactory f) {
        return f.forEach(GroupStart.class)
                .filter(g -> g.getPrefers() != null && g.getPrefers() != g.getSession().partOfDay())
                .penalize(Objective.GROUP_TIME_PREFERENCE.score())
                .asConstraint(Objective.GROUP_TIME_PREFERENCE.id());
    }

    /**
     * Fair diaries: utilisation spread evenly over every OT. Idle OTs count (with {@code complement}, as
     * the Timefold quickstarts do), or putting everyone on one OT would cost nothing.
     */
    Constraint unbalancedOtWorkload(ConstraintFactory f) {
        return f.forEach(OtAppointment.class)
                .groupBy(a -> a.getSlot().ot(), count())
                .complement(Staff.class, ot -> 0L)
                .filter((ot, n) -> ot.ot())
                .groupBy(loadBalance((Staff ot, Long n) -> ot, (Staff ot, Long n) -> ot.utilisationPerMille(n)))
                .penalize(Objective.OT_WORKLOAD_BALANCE.score(), balance -> whole(balance, 0))
                .asConstraint(Objective.OT_WORKLOAD_BALANCE.id());
    }

    /** New starters spread over the sessions rather than piled into a few; empty sessions count. */
    Constraint unevenGroupFill(ConstraintFactory f) {
        return f.forEach(GroupStart.class)
                .groupBy(GroupStart::getSession, count())
                .complement(Session.class, session -> 0L)
                .filter((session, n) -> session.usable())
                .groupBy(loadBalance((Session session, Long n) -> session, (Session session, Long n) -> n))
                .penalize(Objective.GROUP_FILL_BALANCE.score(), balance -> whole(balance, 2))
                .asConstraint(Objective.GROUP_FILL_BALANCE.id());
    }

    /** Timefold's long scores cannot take a BigDecimal weight; keep {@code decimals} places. */
    private static long whole(LoadBalance<?> balance, int decimals) {
        return balance.unfairness().movePointRight(decimals).setScale(0, RoundingMode.HALF_UP).longValue();
    }
}
