package waitlist.solver;

import java.time.Duration;
import java.util.Map;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;

/**
 * How long and how to solve.
 *
 * @param timeLimit   wall-clock limit
 * @param steps       if set, stop after this many local-search steps instead: with a seed, the same plan every run
 * @param seed        random seed (Timefold's own default is 0)
 * @param weights     constraint weight overrides by constraint name, e.g. {@code "Six-week breach" -> 0hard/0medium/500soft}
 */
public record SolverSettings(Duration timeLimit, Long steps, long seed, Map<String, HardMediumSoftScore> weights) {

    public static SolverSettings timed(Duration limit, long seed) {
        return new SolverSettings(limit, null, seed, Map.of());
    }

    public static SolverSettings stepped(long steps, long seed) {
        return new SolverSettings(Duration.ofMinutes(10), steps, seed, Map.of());
    }

    public SolverSettings withWeights(Map<String, HardMediumSoftScore> overrides) {
        return new SolverSettings(timeLimit, steps, seed, overrides);
    }
}
