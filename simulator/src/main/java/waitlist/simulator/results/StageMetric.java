package waitlist.simulator.results;

/**
 * What a stage network reports per (period, area, stage): how long people keep a stage's places,
 * how full the places are, how many people the places serve and could serve, and who waits for
 * one. Stage and area names come from the scenario file, so the same set describes reablement
 * places, assessors or any other stage. NaN (null in JSON) where a value has no meaning: occupancy
 * of a stage without a limit, or of one alliance's share of a pool shared county-wide.
 */
public enum StageMetric {
    STARTED("started", "people who started the stage"),
    COMPLETED("completed", "people who left the stage, freeing its place"),
    COMPLETED_PER_YEAR("completedPerYear", "people leaving the stage, a year (completed x 365.25 / days in the period)"),
    LENGTH_OF_STAY_MEAN("lengthOfStayMeanDays", "mean days from starting the stage to freeing its place (its work plus any days held), of those who left in the period"),
    LENGTH_OF_STAY_MEDIAN("lengthOfStayMedianDays", "median length of stay, days"),
    LENGTH_OF_STAY_P90("lengthOfStayP90Days", "90th percentile length of stay, days"),
    LENGTH_OF_STAY_P95("lengthOfStayP95Days", "95th percentile length of stay, days"),
    HELD("held", "people whose place was held after the stage's own work ended (holdsUntil), counted when the place was freed"),
    HELD_MEAN("heldMeanDays", "mean days a place was held after the stage's own work ended, e.g. waiting for onward care to start"),
    HELD_P95("heldP95Days", "95th percentile of the days held, days"),
    OCCUPIED_MEAN("occupiedMean", "places in use on average, in active work or held"),
    HELD_PLACES_MEAN("heldPlacesMean", "places held on average after the work ended"),
    OCCUPANCY("occupancy", "places in use (active or held) / places"),
    UTILISATION("utilisation", "places in active work / places (held places not counted)"),
    CAPACITY_PER_YEAR("capacityPerYear", "people a year the places could take at this length of stay: places x 365.25 / mean length of stay"),
    QUEUE_MEAN("queueMean", "people waiting for a place, time-average"),
    QUEUE_END("queueEnd", "people waiting for a place at the period end (last weekly census)"),
    QUEUE_WAIT_MEAN("queueWaitMeanDays", "mean days from being ready for the stage to starting it, of those who started in the period"),
    QUEUE_WAIT_P95("queueWaitP95Days", "95th percentile of the wait for a place, days");

    private final String key;
    private final String description;

    StageMetric(String key, String description) {
        this.key = key;
        this.description = description;
    }

    /** The name in JSON and CSV. */
    public String key() {
        return key;
    }

    public String description() {
        return description;
    }
}
