package waitlist.simulator.compare;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import waitlist.simulator.results.SimulationResult;
import waitlist.simulator.stats.Estimate;

/**
 * Two or more scenarios run on the same seeds: each arm's own result, and for every arm after the first its paired
 * differences from the first, per reporting period and area both arms share (matched by dates and alliance id).
 *
 * @param arms        each arm's full result, in the order given; the first is the one the others are compared with
 * @param differences one per arm after the first
 */
public record ComparisonResult(long seed, long replications, String replicationRule, String confidenceIntervals,
                               List<String> labels, List<SimulationResult> arms, List<ArmDifference> differences) {

    /**
     * An arm against the first, period by period; for stage networks also stage by stage over the whole horizon
     * ({@code stages}: every stage both have, by id; empty otherwise).
     */
    public record ArmDifference(String arm, String versus, List<PeriodDifference> periods, List<StageDifference> stages) {
    }

    /** One stage both arms have: its paired differences over the whole horizon, by area, keyed by stage metric. */
    public record StageDifference(String stage, Map<String, Map<String, Delta>> areas) {
    }

    /** A period both arms report (same start and end), by area (alliances both have, then the county), by metric key. */
    public record PeriodDifference(String period, LocalDate start, LocalDate end, boolean wholeHorizon,
                                   Map<String, Map<String, Delta>> areas) {
    }

    /**
     * The mean paired difference (arm minus the first) with its 95 % interval, and the share of replications in which the
     * arm did strictly better (Wilson interval); null where the metric has no better direction or nothing was measured.
     */
    public record Delta(Estimate difference, Estimate pBetter) {
    }
}
