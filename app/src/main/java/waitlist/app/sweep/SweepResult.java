package waitlist.app.sweep;

import java.util.List;
import java.util.Map;

import waitlist.simulator.results.SimulationResult;
import waitlist.simulator.results.TargetStatus;
import waitlist.simulator.results.TargetVerdict;
import waitlist.simulator.stats.Estimate;

/**
 * A sweep: every point of the grid run on the same seeds, its headline measures, and where along each line of the grid the
 * county's verdict changes.
 *
 * @param parameters the swept JSON pointers, in the order given; a point's values are keyed by them
 * @param breakEvens where the county's verdict changes between neighbouring values of the first swept input, for each
 *                   combination of the others
 */
record SweepResult(String scenario, long seed, String replicationRule, List<String> parameters, List<Point> points,
                   List<BreakEven> breakEvens) {

    /**
     * One point of the grid. {@code worst} is the county's worst class over the periods; {@code firstNotLikelyToHold} and
     * {@code firstLikelyToMiss} name the first period of that kind, or are null.
     */
    record Point(Map<String, String> values, long replications, String county, TargetStatus worst, String firstNotLikelyToHold,
                 String firstLikelyToMiss, TargetVerdict.Verdict verdict, Estimate attainment, Estimate waitMeanDays,
                 Estimate waitP95Days, SimulationResult.Cost cost) {

        /** The county's state in words: "likely to hold in every quarter", "at risk from 2028 Q2", "likely to miss from 2029 Q1". */
        String state(String unit) {
            return new TargetVerdict.Course(worst, firstNotLikelyToHold, firstLikelyToMiss).words(unit);
        }
    }

    /** Between {@code from} and {@code to} of {@code pointer} (the other inputs held at {@code others}) the verdict changes. */
    record BreakEven(String pointer, Map<String, String> others, String from, String to, String before, String after, String text) {
    }
}
