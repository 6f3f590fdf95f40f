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
import waitlist.solver.domain.GroupStart;
import waitlist.solver.domain.OtAppointment;

/**
 * The booking rules. Hard: what a plan must never do. Medium: book as many as possible, urgent
 * and long waiters first. Soft: what makes one legal plan better than another. Each constraint's
 * name (see {@link ConstraintNames}) is the key for per-run weight overrides.
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
                practitionerUnavailable(f),
                coachUnavailable(f),
                otOverDailyMaximum(f),
                crossAllianceNotAllowed(f),
                clientBookedTwiceOnOneDay(f),
                clientInGroupOnAppointmentDay(f),
                clientInTwoGroupsOnOneDay(f),
                appointmentNotBooked(f),
                groupStartNotBooked(f),
                sixWeekBreach(f),
                longestWaitersAndUrgentFirst(f),
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
                .asConstraint(ConstraintNames.SLOT_DOUBLE_BOOKED);
    }

    /** A group session takes no more new starters than it has free places. */
    Constraint sessionOverCapacity(ConstraintFactory f) {
        return f.forEach(GroupStart.class)
                .groupBy(GroupStart::getSession, count())
                .filter((session, starters) -> starters > session.freePlaces())
                .penalize(HardMediumSoftScore.ONE_HARD, (session, starters) -> starters - session.freePlaces())
                .asConstraint(ConstraintNames.SESSION_OVER_CAPACITY);
    }

    /** A client who needs a speciality is seen by an OT who has it. */
    Constraint otLacksSkill(ConstraintFactory f) {
        return f.forEach(OtAppointment.class)
                .filter(a -> !a.getSlot().ot().skills().containsAll(a.getNeeds()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(ConstraintNames.OT_LACKS_SKILL);
    }

    /** A client who needs a facility joins a session at a venue that has it. */
    Constraint venueLacksFacility(ConstraintFactory f) {
        return f.forEach(GroupStart.class)
                .filter(g -> !g.getSession().facilities().containsAll(g.getFacilities()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(ConstraintNames.VENUE_LACKS_FACILITY);
    }

    /** Nobody is given an appointment on a day they said they cannot do. */
    Constraint clientUnavailableForAppointment(ConstraintFactory f) {
        return f.forEach(OtAppointment.class)
                .filter(a -> a.getUnavailable().contains(a.getSlot().date()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(ConstraintNames.CLIENT_UNAVAILABLE_FOR_APPOINTMENT);
    }

    /** Nobody starts a group on a day they said they cannot do. */
    Constraint clientUnavailableForGroup(ConstraintFactory f) {
        return f.forEach(GroupStart.class)
                .filter(g -> g.getUnavailable().contains(g.getSession().date()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(ConstraintNames.CLIENT_UNAVAILABLE_FOR_GROUP);
    }

    /** No appointment with an OT on leave. */
    Constraint practitionerUnavailable(ConstraintFactory f) {
        return f.forEach(OtAppointment.class)
                .filter(a -> a.getSlot().ot().leave().contains(a.getSlot().date()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(ConstraintNames.PRACTITIONER_UNAVAILABLE);
    }

    /** No new starter in a session whose coach is on leave (the session will not run). */
    Constraint coachUnavailable(ConstraintFactory f) {
        return f.forEach(GroupStart.class)
                .filter(g -> g.getSession().coach().leave().contains(g.getSession().date()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(ConstraintNames.COACH_UNAVAILABLE);
    }

    /** An OT sees no more people on a day than their stated maximum. */
    Constraint otOverDailyMaximum(ConstraintFactory f) {
        return f.forEach(OtAppointment.class)
                .groupBy(a -> a.getSlot().ot(), a -> a.getSlot().date(), count())
                .filter((ot, date, seen) -> seen > ot.maxAppointmentsPerDay())
                .penalize(HardMediumSoftScore.ONE_HARD, (ot, date, seen) -> seen - ot.maxAppointmentsPerDay())
                .asConstraint(ConstraintNames.OT_OVER_DAILY_MAXIMUM);
    }

    /** An OT works for another alliance's client only if they may work there. */
    Constraint crossAllianceNotAllowed(ConstraintFactory f) {
        return f.forEach(OtAppointment.class)
                .filter(a -> !a.getSlot().ot().mayWorkIn(a.getAlliance()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(ConstraintNames.CROSS_ALLIANCE_NOT_ALLOWED);
    }

    /** A client has at most one OT appointment a day. */
    Constraint clientBookedTwiceOnOneDay(ConstraintFactory f) {
        return f.forEachUniquePair(OtAppointment.class,
                        Joiners.equal(OtAppointment::getClient),
                        Joiners.equal(a -> a.getSlot().date()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(ConstraintNames.CLIENT_BOOKED_TWICE);
    }

    /** A client is not asked to a group start and an OT appointment on the same day. */
    Constraint clientInGroupOnAppointmentDay(ConstraintFactory f) {
        return f.forEach(OtAppointment.class)
                .join(GroupStart.class,
                        Joiners.equal(OtAppointment::getClient, GroupStart::getClient),
                        Joiners.equal(a -> a.getSlot().date(), g -> g.getSession().date()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(ConstraintNames.CLIENT_GROUP_AND_APPOINTMENT);
    }

    /** A client does not start two groups on the same day. */
    Constraint clientInTwoGroupsOnOneDay(ConstraintFactory f) {
        return f.forEachUniquePair(GroupStart.class,
                        Joiners.equal(GroupStart::getClient),
                        Joiners.equal(g -> g.getSession().date()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(ConstraintNames.CLIENT_TWO_GROUPS);
    }

    // ---- medium ----

    /** Book as many as possible; leaving an urgent or long waiter out costs more. */
    Constraint appointmentNotBooked(ConstraintFactory f) {
        return f.forEachIncludingUnassigned(OtAppointment.class)
                .filter(a -> a.getSlot() == null)
                .penalize(HardMediumSoftScore.ONE_MEDIUM, OtAppointment::getUrgency)
                .asConstraint(ConstraintNames.APPOINTMENT_NOT_BOOKED);
    }

    /** Give as many as possible a group place; urgent and long waiters first. */
    Constraint groupStartNotBooked(ConstraintFactory f) {
        return f.forEachIncludingUnassigned(GroupStart.class)
                .filter(g -> g.getSession() == null)
                .penalize(HardMediumSoftScore.ONE_MEDIUM, GroupStart::getUrgency)
                .asConstraint(ConstraintNames.GROUP_START_NOT_BOOKED);
    }

    // ---- soft ----

    /**
     * Every day beyond six weeks, booked or (if unbooked) projected to the day after the horizon;
     * squared so that one person ten days late is worse than ten people one day late.
     */
    Constraint sixWeekBreach(ConstraintFactory f) {
        return f.forEachIncludingUnassigned(OtAppointment.class)
                .filter(a -> a.getKind() == AppointmentKind.FIRST_ASSESSMENT && a.breachDays() > 0)
                .penalize(HardMediumSoftScore.ofSoft(100), a -> a.breachDays() * a.breachDays())
                .asConstraint(ConstraintNames.SIX_WEEK_BREACH);
    }

    /** Each day of delay costs in proportion to urgency, so urgent and long waiters go earlier. */
    Constraint longestWaitersAndUrgentFirst(ConstraintFactory f) {
        return f.forEach(OtAppointment.class)
                .penalize(HardMediumSoftScore.ONE_SOFT, a -> a.getSlot().day() * a.getUrgency())
                .asConstraint(ConstraintNames.WAITERS_FIRST);
    }

    /** Continuity: a review is best done by the OT who assessed the client. */
    Constraint reviewWithAnotherOt(ConstraintFactory f) {
        return f.forEach(OtAppointment.class)
                .filter(a -> a.getKind() == AppointmentKind.REVIEW
                        && !a.getSlot().ot().id().equals(a.getAssessedBy()))
                .penalize(HardMediumSoftScore.ofSoft(200))
                .asConstraint(ConstraintNames.REVIEW_CONTINUITY);
    }

    /** Travel: an OT seeing a client outside their home alliance. */
    Constraint otTravelsAcrossAlliance(ConstraintFactory f) {
        return f.forEach(OtAppointment.class)
                .filter(OtAppointment::isCrossAlliance)
                .penalize(HardMediumSoftScore.ofSoft(100))
                .asConstraint(ConstraintNames.OT_TRAVEL);
    }

    /** Travel: a client joining a group outside their own alliance. */
    Constraint groupOutsideClientAlliance(ConstraintFactory f) {
        return f.forEach(GroupStart.class)
                .filter(GroupStart::isCrossAlliance)
                .penalize(HardMediumSoftScore.ofSoft(100))
                .asConstraint(ConstraintNames.GROUP_TRAVEL);
    }

    /** An appointment in the part of the day the client did not want. */
    Constraint appointmentAtUnpreferredTime(ConstraintFactory f) {
        return f.forEach(OtAppointment.class)
                .filter(a -> a.getPrefers() != null && a.getPrefers() != a.getSlot().partOfDay())
                .penalize(HardMediumSoftScore.ofSoft(30))
                .asConstraint(ConstraintNames.APPOINTMENT_PREFERRED_TIME);
    }

    /** A group start in the part of the day the client did not want. */
    Constraint groupAtUnpreferredTime(ConstraintFactory f) {
        return f.forEach(GroupStart.class)
                .filter(g -> g.getPrefers() != null && g.getPrefers() != g.getSession().partOfDay())
                .penalize(HardMediumSoftScore.ofSoft(30))
                .asConstraint(ConstraintNames.GROUP_PREFERRED_TIME);
    }

    /** Fair diaries: appointments spread evenly over the OTs who have any. */
    Constraint unbalancedOtWorkload(ConstraintFactory f) {
        return f.forEach(OtAppointment.class)
                .groupBy(loadBalance(a -> a.getSlot().ot()))
                .penalize(HardMediumSoftScore.ONE_SOFT, BookingConstraints::hundredths)
                .asConstraint(ConstraintNames.OT_WORKLOAD_BALANCE);
    }

    /** New starters spread over the sessions rather than piled into a few. */
    Constraint unevenGroupFill(ConstraintFactory f) {
        return f.forEach(GroupStart.class)
                .groupBy(loadBalance(GroupStart::getSession))
                .penalize(HardMediumSoftScore.ONE_SOFT, BookingConstraints::hundredths)
                .asConstraint(ConstraintNames.GROUP_FILL_BALANCE);
    }

    /** Timefold's long scores cannot take a BigDecimal weight; keep two decimals. */
    private static long hundredths(LoadBalance<?> balance) {
        return balance.unfairness().movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValue();
    }
}
