package waitlist.app.booking;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import waitlist.scenarios.snapshot.Priority;
import waitlist.scenarios.snapshot.Referral;
import waitlist.scenarios.snapshot.Snapshot;
import waitlist.simulator.booking.BookingCycle;
import waitlist.simulator.booking.BookingPolicy;
import waitlist.simulator.booking.WaitingReferral;
import waitlist.solver.BookingSolver;
import waitlist.solver.ProblemBuilder;
import waitlist.solver.SolverSettings;
import waitlist.solver.domain.BookingPlan;
import waitlist.solver.domain.Demand;
import waitlist.solver.domain.OtAppointment;
import waitlist.solver.domain.Slot;
import waitlist.solver.start.StartingPlan;

/**
 * Books each simulated cycle with the planner: the cycle becomes a one-week problem with exactly
 * {@code cycle.slots()} first-assessment slots in the cycle's alliance (the reserved ones open only
 * to urgent referrals), and the planner's objective decides who goes in and in which order.
 *
 * <p>Such a problem (one OT, first assessments only, one need a client) is one the planner's
 * starting plan solves exactly on every level of its objective ({@link StartingPlan#leavesNothingToSearch}),
 * so no local search runs: a two-level flow, with no randomness and no Timefold set-up, a fraction
 * of a millisecond a cycle where a step-limited Timefold search took 17 ms. A replication books the
 * same people whichever thread runs it. Thread-safe: every call builds its own problem.
 *
 * <p>The simulator's priority classes map onto the planner's two: class 0 is urgent, every other
 * class routine. Escalation is not passed on: an escalated referral has waited long, and the
 * planner already weighs every day waited (and more so every day past the target).
 */
public final class SolverBookingPolicy implements BookingPolicy {

    private final int targetDays;

    /** For a service whose promise is six weeks. */
    public SolverBookingPolicy() {
        this(Snapshot.SIX_WEEKS);
    }

    /** @param targetDays the scenario's target: days from referral to first assessment */
    public SolverBookingPolicy(int targetDays) {
        this.targetDays = targetDays;
    }

    @Override
    public List<WaitingReferral> choose(BookingCycle cycle) {
        List<WaitingReferral> waiting = cycle.waiting();
        int slots = cycle.slots();
        int reserved = Math.min(Math.max(cycle.urgentSlots(), 0), Math.max(slots, 0));
        if (slots <= 0 || waiting.isEmpty()) {
            return List.of();
        }
        long routine = waiting.stream().filter(w -> !isUrgent(w)).count();
        if (waiting.size() <= slots && routine <= slots - reserved) {
            // Everyone waiting fits, reserved slots included: there is no choice to make, so no solver.
            // They are seen in the order the planner would weigh them: most urgency first.
            List<WaitingReferral> everyone = new ArrayList<>(waiting);
            everyone.sort(Comparator.comparingLong((WaitingReferral w) -> -urgency(w, cycle.date()))
                    .thenComparingLong(WaitingReferral::id));
            return everyone;
        }

        Map<String, WaitingReferral> byId = new HashMap<>();
        List<Referral> referrals = new ArrayList<>(waiting.size());
        for (WaitingReferral w : waiting) {
            String id = id(w);
            if (byId.put(id, w) != null) {
                throw new IllegalArgumentException("referral " + w.id() + " is on the list twice");
            }
            referrals.add(new Referral(id, referred(w, cycle.date()), w.alliance(), priority(w), null, null, null, null));
        }
        BookingPlan problem = ProblemBuilder.firstAssessmentCycle(cycle.date(), cycle.date().plusDays(6), cycle.alliance(),
                slots, reserved, targetDays, referrals);
        BookingPlan best = solve(problem);
        checkLegal(best, cycle);

        Map<Slot, Integer> position = new HashMap<>();
        for (Slot s : best.getSlots()) {
            position.put(s, position.size());
        }
        List<OtAppointment> booked = new ArrayList<>();
        for (OtAppointment a : best.getAppointments()) {
            if (a.getSlot() != null) {
                booked.add(a);
            }
        }
        booked.sort(Comparator.comparingInt(a -> position.get(a.getSlot())));
        List<WaitingReferral> chosen = new ArrayList<>(booked.size());
        for (OtAppointment a : booked) {
            chosen.add(byId.get(a.getId()));
        }
        return chosen;
    }

    /** The planner's starting plan, which for a cycle's problem is the planner's optimum. */
    private static BookingPlan solve(BookingPlan problem) {
        BookingSolver.prepare(problem, SolverSettings.timed(Duration.ZERO, 0));
        if (!StartingPlan.leavesNothingToSearch(problem)) {
            throw new IllegalStateException("a booking cycle's problem should leave the planner nothing to search");
        }
        return problem;
    }

    /** A plan that puts someone in a slot not open to them, or two people in one slot, is a bug: stop the run. */
    private static void checkLegal(BookingPlan plan, BookingCycle cycle) {
        Set<Slot> used = new HashSet<>();
        for (OtAppointment a : plan.getAppointments()) {
            Slot s = a.getSlot();
            if (s != null && (!used.add(s) || !a.getCandidateSlots().contains(s))) {
                throw new IllegalStateException("the planner broke a hard rule booking " + cycle.alliance() + " on "
                        + cycle.date() + ": " + a.getId() + " in " + s);
            }
        }
    }

    private static boolean isUrgent(WaitingReferral w) {
        return w.priority() == 0;
    }

    private static Priority priority(WaitingReferral w) {
        return isUrgent(w) ? Priority.URGENT : Priority.ROUTINE;
    }

    /** Whole days: the planner counts waits in dates. */
    private static LocalDate referred(WaitingReferral w, LocalDate today) {
        return today.minusDays((long) Math.floor(Math.max(0, w.daysWaited())));
    }

    private static long urgency(WaitingReferral w, LocalDate today) {
        return Demand.urgency(referred(w, today), priority(w), today);
    }

    /** Zero-padded, so the planner's tie-break by id (a string) follows the simulator's (a number). */
    private static String id(WaitingReferral w) {
        return String.format("r%019d", w.id());
    }
}
