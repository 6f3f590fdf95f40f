package waitlist.solver;

import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.event.BestSolutionChangedEvent;
import ai.timefold.solver.core.config.heuristic.selector.entity.EntitySelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.CartesianProductMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchType;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import waitlist.solver.constraints.BookingConstraints;
import waitlist.solver.domain.BookingPlan;
import waitlist.solver.domain.GroupStart;
import waitlist.solver.domain.OtAppointment;
import waitlist.solver.rules.Objective;
import waitlist.solver.start.StartingPlan;

/**
 * Solves a booking problem with Timefold. The search starts from the first-come first-served plan
 * (feasible at once, and the plan to beat) and improves it by local search.
 *
 * <p>Why this local search: with Timefold's default late acceptance (400 steps, first accepted
 * move) the search wandered far down the soft level between rare medium gains, and ended with
 * several times FCFS's breach-days; a short memory (20) and the best of 4 accepted moves kept
 * the soft level in check while still booking more people (measured on generated 1,000-referral
 * snapshots; construction from scratch was also slower than the greedy start: ~5 s for 1,000).
 * Change moves alone (no swaps) barely improved on the start; swaps are kept, although with
 * entity-level value ranges Timefold precomputes which values each entity can reach when the
 * phase starts, which grows with entities × candidates × slots (many seconds at 10,000 referrals).
 *
 * <p>Change and swap moves alone cannot leave FCFS's plan where its order strands someone: X (waited
 * longest, any day) on Monday, Y (not Fridays) unbooked, Friday free. Every single move first loses
 * medium or soft score. So a "bump" move (see {@link #bump}) is mixed in rarely. Timefold's
 * ruin-and-recreate was tried first and did not help here: in a trace, whichever order X and Y
 * were ruined in, its recreate gave X Monday again and left Y unbooked.
 *
 * <p>With random move selection a step only ends once a move is accepted; where none ever is (a
 * local optimum no sampled move leaves), a step-limited run would never stop. A move-evaluation
 * limit of {@link #MOVES_PER_STEP} per allowed step stops it without a clock, so it still repeats.
 */
public final class BookingSolver {

    static final int LATE_ACCEPTANCE_SIZE = 20;
    static final int ACCEPTED_COUNT_LIMIT = 4;
    /**
     * Above this, late acceptance had too few steps per minute to win back the soft level it gave up:
     * at 10,000 referrals (17,500 entities, 60 s, over-subscribed) it ended 13 % above FCFS's
     * breach-days, hill climbing level with FCFS and with a better medium score. Such problems get
     * hill climbing on change moves alone: from the exact starting plan swaps found nothing more in
     * 12 s at 10,000 referrals, and their set-up (Timefold works out which values each entity can
     * reach when the phase starts) took 2-4 s before the first move.
     */
    static final int LARGE_PROBLEM_ENTITIES = 5_000;

    /** The share of the time limit kept for the search while the starting plan is built (at least a second). */
    static final double SEARCH_RESERVE = 0.25;

    /**
     * Relative to 1.0 each for change and swap moves. Bumps are rarely needed and dear: at 0.03 they
     * cut move evaluations/s by about a fifth on a 1,000-referral snapshot at capacity 0.9 (0.1 cut
     * more and gave worse breach-days at capacity 0.6), while breach-days in 10 s stayed level or improved.
     */
    static final double BUMP_WEIGHT = 0.03;
    /**
     * Safety stop of a step-limited run: move evaluations allowed per step. Normal steps took about
     * 22 evaluations (SolveTest snapshots, 3,000 steps), so this only ends a run that is stuck.
     */
    static final long MOVES_PER_STEP = 100;

    private BookingSolver() {
    }

    /** The configuration for a problem of this many planning entities (appointments plus group starts). */
    public static SolverConfig config(SolverSettings settings, int entityCount) {
        LocalSearchPhaseConfig localSearch = new LocalSearchPhaseConfig();
        if (entityCount > LARGE_PROBLEM_ENTITIES) {
            localSearch.withLocalSearchType(LocalSearchType.HILL_CLIMBING)
                    .withMoveSelectorConfig(new ChangeMoveSelectorConfig());
        } else {
            localSearch.withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(LATE_ACCEPTANCE_SIZE))
                    .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(ACCEPTED_COUNT_LIMIT))
                    .withMoveSelectorConfig(new UnionMoveSelectorConfig().withMoveSelectors(
                            new ChangeMoveSelectorConfig(),
                            new SwapMoveSelectorConfig(),
                            bump(OtAppointment.class),
                            bump(GroupStart.class)));
        }
        if (settings.steps() != null) {
            localSearch.setTerminationConfig(new TerminationConfig()
                    .withStepCountLimit(settings.steps().intValue())
                    .withMoveCountLimit(moveCountLimit(settings.steps())));
        } else {
            // Stop early once nothing better has been found for a window: from the starting plan the search
            // mostly evens out diaries. (Timefold 2.2's score-difference threshold on this termination
            // failed with a NullPointerException at phase level, so the plain form is used.)
            long window = Math.clamp(settings.timeLimit().toMillis() / 6, 2_000, 10_000);
            localSearch.setTerminationConfig(new TerminationConfig().withUnimprovedMillisecondsSpentLimit(window));
        }
        return new SolverConfig()
                .withSolutionClass(BookingPlan.class)
                .withEntityClasses(OtAppointment.class, GroupStart.class)
                .withConstraintProviderClass(BookingConstraints.class)
                .withEnvironmentMode(EnvironmentMode.NO_ASSERT)
                .withRandomSeed(settings.seed())
                .withTerminationConfig(new TerminationConfig().withMillisecondsSpentLimit(Math.max(1, settings.timeLimit().toMillis())))
                .withPhases(localSearch);
    }

    /** The move evaluations a run limited to this many steps may make before it stops anyway (a stuck step). */
    public static long moveCountLimit(long steps) {
        return Math.multiplyExact(steps, MOVES_PER_STEP);
    }

    /**
     * A two-step "bump": swap B and A (A takes B's slot, B takes A's, possibly none), then move B
     * to a random one of its own candidates. So an unbooked A can take a booked B's slot while B
     * goes to a free slot A cannot use, in one move. B is the swap's first entity because Timefold
     * can only replay (mimic) that one: the second is filtered by the first's value range.
     */
    private static CartesianProductMoveSelectorConfig bump(Class<?> entityClass) {
        String bumped = "bumped" + entityClass.getSimpleName();
        return new CartesianProductMoveSelectorConfig()
                .withMoveSelectors(
                        new SwapMoveSelectorConfig()
                                .withEntitySelectorConfig(new EntitySelectorConfig(entityClass).withId(bumped))
                                .withSecondaryEntitySelectorConfig(new EntitySelectorConfig(entityClass)),
                        new ChangeMoveSelectorConfig()
                                .withEntitySelectorConfig(EntitySelectorConfig.newMimicSelectorConfig(bumped)))
                .withFixedProbabilityWeight(BUMP_WEIGHT);
    }

    /**
     * Books the problem's starting plan (in place, see {@link StartingPlan}), then returns the clone
     * the local search improved. The starting plan may use the time limit less a reserve for the
     * search ({@link #SEARCH_RESERVE}): at large sizes it is most of the result. Where the starting
     * plan is provably optimal ({@link StartingPlan#leavesNothingToSearch}), it is returned scored,
     * without a search.
     */
    public static BookingPlan solve(BookingPlan problem, SolverSettings settings,
                                    Consumer<BestSolutionChangedEvent<BookingPlan>> listener) {
        return run(problem, settings, listener).plan();
    }

    /**
     * What a solve gave, and how.
     *
     * @param startCut the clock stopped the starting plan part-way, so the plan is not the planner's best
     * @param searched the local search ran (it does not when the starting plan is provably optimal)
     */
    public record Solved(BookingPlan plan, boolean startCut, boolean searched) {
    }

    /** As {@link #solve}, saying whether the clock cut the starting plan short and whether a search ran. */
    public static Solved run(BookingPlan problem, SolverSettings settings,
                             Consumer<BestSolutionChangedEvent<BookingPlan>> listener) {
        long started = System.nanoTime();
        long limitNanos = settings.timeLimit().toNanos();
        boolean[] stopped = {false};
        long startBudget = limitNanos - Math.max((long) (limitNanos * SEARCH_RESERVE), Duration.ofSeconds(1).toNanos());
        prepare(problem, settings, () -> stopped[0] |= System.nanoTime() - started > startBudget);
        Duration left = Duration.ofNanos(Math.max(1_000_000, limitNanos - (System.nanoTime() - started)));
        SolverSettings rest = settings.withTimeLimit(left);
        SolverFactory<BookingPlan> factory = SolverFactory.create(config(rest, entityCount(problem)));
        if (!stopped[0] && StartingPlan.leavesNothingToSearch(problem)) {
            SolutionManager.create(factory).update(problem);
            return new Solved(problem, false, false);
        }
        Solver<BookingPlan> solver = factory.buildSolver();
        if (listener != null) {
            solver.addEventListener(listener::accept);
        }
        return new Solved(solver.solve(problem), stopped[0], true);
    }

    public static int entityCount(BookingPlan problem) {
        return problem.getAppointments().size() + problem.getGroupStarts().size();
    }

    /** Sets the run's weight overrides and books the starting plan, in place. */
    public static BookingPlan prepare(BookingPlan problem, SolverSettings settings) {
        return prepare(problem, settings, () -> false);
    }

    static BookingPlan prepare(BookingPlan problem, SolverSettings settings, BooleanSupplier stop) {
        Map<String, HardMediumSoftScore> overrides = Objective.overrides(settings.weights());
        problem.setConstraintWeightOverrides(overrides.isEmpty()
                ? ConstraintWeightOverrides.none() : ConstraintWeightOverrides.of(overrides));
        return StartingPlan.book(problem, stop);
    }
}
