package waitlist.simulator.results;

/**
 * One replication's numbers: {@code periodValues} indexed [period][area][metric] and
 * {@code weekValues} [week][area][week metric], flattened; areas are the alliances in scenario
 * order, then the county. NaN means "nothing to measure" (e.g. no first assessment in a period).
 */
public record ReplicationResult(double[] periodValues, double[] weekValues, long events) {
}
