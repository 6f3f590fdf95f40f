package waitlist.simulator.results;

/**
 * One replication's numbers: {@code periodValues} indexed [period][area][metric],
 * {@code weekValues} [week][area][week metric] and, for stage networks, {@code stageValues}
 * [period][area][stage][stage metric] (empty otherwise), flattened; areas are the alliances in scenario
 * order, then the county. NaN means "nothing to measure" (e.g. no first assessment in a period).
 */
public record ReplicationResult(double[] periodValues, double[] weekValues, double[] stageValues, long events) {

    public ReplicationResult withStageValues(double[] stages) {
        return new ReplicationResult(periodValues, weekValues, stages, events);
    }
}
