package waitlist.solver;

import java.time.Duration;
import java.util.Map;

/**
 * How long and how to solve.
 *
 * @param timeLimit   wall-clock limit for the whole solve (starting plan and local search)
 * @param steps       if set, stop after this many local-search steps instead: with a seed, the same plan every run
 * @param seed        random seed (Timefold's own default is 0)
 * @param weights     weight overrides by name from {@link waitlist.solver.rules.Objective}, e.g. {@code "breach-day" -> 2000}
 */
public record SolverSettings(Duration timeLimit, Long steps, long seed, Map<String, Long> weights) {

    public static SolverSettings timed(Duration limit, long seed) {
        return new SolverSettings(limit, null, seed, Map.of());
    }

    public static SolverSettings stepped(long steps, long seed) {
        return new SolverSettings(Duration.ofMinutes(10), steps, seed, Map.of());
    }

    public SolverSettings withWeights(Map<String, Long> overrides) {
        return new SolverSettings(timeLimit, steps, seed, overrides);
    }

    public SolverSettings withTimeLimit(Duration limit) {
        return new SolverSettings(limit, steps, seed, weights);
    }
}
