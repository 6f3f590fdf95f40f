package waitlist.app.booking;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
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

/**
 * Books each simulated cycle with the Timefold planner: the cycle becomes a one-week problem with
 * exactly {@code cycle.slots()} first-assessment slots in the cycle's alliance (the reserved ones
 * open only to urgent referrals), and the planner's constraints decide who goes in. The planner
 * stops on a step count, with a seed taken from the cycle's alliance and date, so a replication
 * books the same people whichever thread runs it.
 *
 * <p>Thread-safe: every call builds its own solver, from solver factories shared through a concurrent
 * map (the seed lives in the solver configuration, hence one factory per seed).
 *
 * <p>The simulator's priority classes map onto the planner's two: class 0 is urgent, every other
 * class routine. Escalation is not passed on: an escalated referral has waited long, and the
 * planner already weighs every day waited (and more so every day past six weeks).
 */
public final class SolverBookingPolicy implements BookingPolicy {

    /**
     * Local-search steps per referral on the list. Measured on 200 random one-alliance cycles (5-44
     * waiting, 1-12 slots): 20 times this budget booked the same people in 192 of them, at about five
     * times the cost (17 ms a cycle against 86 ms).
     */
    static final int STEPS_PER_REFERRAL = 10;
    static final int MIN_STEPS = 100;
    static final int MAX_STEPS = 2_000;
    /** Moves evaluated per step allowed on average; the local search takes the best of 4 accepted. */
    static final int MOVES_PER_STEP = 10;

    /** Distinct seeds used, each with its own solver factory. */
    static final int SEEDS = 8;
    /** Below the solver module's large-problem threshold: the late-acceptance search is the one used. */
    private static final int SMALL_PROBLEM = 1;
    /** Never reached in practice; only there so that a bug cannot hang a simulation for good. */
    private static final Duration GUARD = Duration.ofMinutes(10);

    private final int stepsPerReferral;
    private final int targetDays;
    private final Map<Long, SolverFactory<BookingPlan>> factories = new ConcurrentHashMap<>();

    /** For a service whose promise is six weeks. */
    public SolverBookingPolicy() {
        this(Snapshot.SIX_WEEKS);
    }

    /** @param targetDays the scenario's target: days from referral to first assessment */
    public SolverBookingPolicy(int targetDays) {
        this(STEPS_PER_REFERRAL, targetDays);
    }

    SolverBookingPolicy(int stepsPerReferral, int targetDays) {
        this.stepsPerReferral = stepsPerReferral;
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
        BookingPlan best = solve(problem, waiting.size(), seed(cycle));
        if (!best.getScore().isFeasible()) {
            throw new IllegalStateException("the planner broke a hard rule booking " + cycle.alliance() + " on "
                    + cycle.date() + ": " + best.getScore());
        }

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

    /**
     * Starts from first-come first-served and improves it. Two budgets, both counts so the answer does
     * not depend on the machine: steps, and moves as well, because a step ends only when it finds a move
     * to accept, and on a small list at its optimum there may be none, so a step-limited search would
     * run on to the ten-minute wall-clock guard.
     */
    private BookingPlan solve(BookingPlan problem, int listSize, long seed) {
        long steps = Math.clamp((long) stepsPerReferral * listSize, MIN_STEPS, MAX_STEPS);
        BookingSolver.prepare(problem, SolverSettings.timed(GUARD, seed));
        SolverConfigOverride budget = new SolverConfigOverride().withTerminationConfig(
                new TerminationConfig().withSpentLimit(GUARD)
                        .withStepCountLimit((int) steps)
                        .withMoveCountLimit(steps * MOVES_PER_STEP));
        return factory(seed).buildSolver(budget).solve(problem);
    }

    /**
     * Building a solver factory (domain descriptors, generated accessors, the constraint network) cost
     * far more than solving one of these small problems, and serialised the threads on class
     * generation; so each seed's factory is built once and shared (SolverFactory is thread-safe).
     */
    private SolverFactory<BookingPlan> factory(long seed) {
        return factories.computeIfAbsent(seed, s -> {
            SolverConfig config = BookingSolver.config(SolverSettings.timed(GUARD, s), SMALL_PROBLEM);
            return SolverFactory.create(config);
        });
    }

    /**
     * The same cycle always gets the same seed (String.hashCode is fixed by the language, not the
     * JVM run); one of a few, so that only a few solver factories are ever built.
     */
    static long seed(BookingCycle cycle) {
        return Math.floorMod(31L * cycle.alliance().hashCode() + cycle.date().toEpochDay(), SEEDS);
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
