package waitlist.simulator.results;

/** What a stage network reports per stage over the whole reported horizon: where the bottleneck is. */
public enum StageMetric {
    UTILISATION("utilisation", "busy server-days / (servers x days)"),
    QUEUE_WAIT_MEAN("queueWaitMeanDays", "mean days from being ready for the stage to starting it"),
    STARTED("started", "people who started the stage");

    private final String key;
    private final String description;

    StageMetric(String key, String description) {
        this.key = key;
        this.description = description;
    }

    public String key() {
        return key;
    }

    public String description() {
        return description;
    }
}
