package waitlist.simulator.results;

import java.util.List;

import waitlist.simulator.stats.WaitHistogram;

/**
 * Collects what happens at each stage of a network in one replication, per period, alliance and
 * stage, and turns it into one value per (period, area, stage, {@link StageMetric}). The model
 * reports starts, the end of a stage's work (when a place starts being held) and the freeing of a
 * place; the recorder keeps the time integrals of places in use, places held and people waiting
 * for a place, split at period boundaries, so time-averages are exact. Only the reported window
 * (after any warm-up) counts. The county is the sum of its alliances; its percentiles come from
 * the merged histograms. Each event is tallied once, in the row of {@link PeriodRows} its day falls
 * in; the whole horizon's row is summed from the others at the end.
 */
public final class StageRecorder {

    private enum Tally { STARTED, OCCUPIED_AREA, HELD_AREA, QUEUE_AREA, QUEUE_END }

    private enum Times { LENGTH_OF_STAY, HELD, QUEUE_WAIT }

    private static final int TALLIES = Tally.values().length;
    private static final int TIMES = Times.values().length;
    private static final int METRICS = StageMetric.values().length;

    private final Periods periods;
    private final List<Period> periodList;
    private final PeriodRows rows;
    private final int firstReportedDay;
    private final int horizonDays;
    private final int alliances;
    private final int stages;
    private final double[][] places;

    private final double[] tallies;
    private final WaitHistogram[] times;

    /** Now, per (alliance, stage): places in use, of which held, people waiting; and since when. */
    private final int[] occupied;
    private final int[] held;
    private final int[] queued;
    private final double[] since;

    /**
     * @param places [stage][area] the places of each stage: per alliance where each alliance has its
     *               own, the county total last; NaN where not defined (no limit, or a county-wide pool's alliances)
     */
    public StageRecorder(Periods periods, int alliances, int stages, double[][] places) {
        this.periods = periods;
        this.periodList = periods.all();
        this.rows = new PeriodRows(periods);
        this.firstReportedDay = periods.firstReportedDay();
        this.horizonDays = periods.horizonDays();
        this.alliances = alliances;
        this.stages = stages;
        this.places = places;
        this.tallies = new double[rows.count * alliances * stages * TALLIES];
        this.times = new WaitHistogram[rows.count * alliances * stages * TIMES];
        this.occupied = new int[alliances * stages];
        this.held = new int[alliances * stages];
        this.queued = new int[alliances * stages];
        this.since = new double[alliances * stages];
    }

    /** Someone became ready for {@code stage} and found no free place. */
    public void queued(double day, int alliance, int stage) {
        int i = accrue(alliance, stage, day);
        queued[i]++;
    }

    /** Someone started {@code stage} after waiting {@code queueWaitDays} for a place (0 if one was free). */
    public void started(double day, int alliance, int stage, double queueWaitDays, boolean fromQueue) {
        int i = accrue(alliance, stage, day);
        if (fromQueue) {
            queued[i]--;
        }
        occupied[i]++;
        add(day, alliance, stage, Tally.STARTED, 1);
        time(day, alliance, stage, Times.QUEUE_WAIT, queueWaitDays);
    }

    /** The stage's work ended but the person keeps the place (until a later stage starts). */
    public void holdStarted(double day, int alliance, int stage) {
        int i = accrue(alliance, stage, day);
        held[i]++;
    }

    /**
     * The place was freed {@code lengthOfStayDays} after the stage started; {@code heldDays} after its
     * work ended if it was held (NaN if it was not).
     */
    public void released(double day, int alliance, int stage, double lengthOfStayDays, double heldDays) {
        int i = accrue(alliance, stage, day);
        occupied[i]--;
        time(day, alliance, stage, Times.LENGTH_OF_STAY, lengthOfStayDays);
        if (!Double.isNaN(heldDays)) {
            held[i]--;
            time(day, alliance, stage, Times.HELD, heldDays);
        }
    }

    /** Places in use now (active or held) by people of {@code alliance} at {@code stage}. */
    public int occupiedNow(int alliance, int stage) {
        return occupied[alliance * stages + stage];
    }

    /** People of {@code alliance} waiting for a place at {@code stage} now. */
    public int queuedNow(int alliance, int stage) {
        return queued[alliance * stages + stage];
    }

    /** The weekly census at {@code day} (a week's end): brings the integrals up to date and notes the queues. */
    public void census(double day) {
        for (int a = 0; a < alliances; a++) {
            for (int s = 0; s < stages; s++) {
                accrue(a, s, day);
            }
        }
        for (int q : periods.endedBy(day)) {
            for (int a = 0; a < alliances; a++) {
                for (int s = 0; s < stages; s++) {
                    tallies[index(q, a, s) * TALLIES + Tally.QUEUE_END.ordinal()] = queued[a * stages + s];
                }
            }
        }
    }

    /** Adds the time since the last change at (alliance, stage) to the integrals, split by row; returns the (alliance, stage) slot. */
    private int accrue(int alliance, int stage, double until) {
        int i = alliance * stages + stage;
        double since = this.since[i];
        if ((occupied[i] | queued[i]) != 0) {
            double t = Math.max(since, firstReportedDay);
            double end = Math.min(until, horizonDays);
            while (t < end) {
                int row = rows.ofReported(t);
                double segmentEnd = Math.min(end, rows.endDay(row));
                addAreas(row, alliance, stage, i, segmentEnd - t);
                t = segmentEnd;
            }
        }
        this.since[i] = Math.max(since, until);
        return i;
    }

    /** Adds the areas of the last dt days; a count of zero adds nothing (the tallies are never -0.0, so skipping it changes no bit). */
    private void addAreas(int period, int alliance, int stage, int slot, double dt) {
        int base = index(period, alliance, stage) * TALLIES;
        if (occupied[slot] != 0) {
            tallies[base + Tally.OCCUPIED_AREA.ordinal()] += occupied[slot] * dt;
            if (held[slot] != 0) {
                tallies[base + Tally.HELD_AREA.ordinal()] += held[slot] * dt;
            }
        }
        if (queued[slot] != 0) {
            tallies[base + Tally.QUEUE_AREA.ordinal()] += queued[slot] * dt;
        }
    }

    private int index(int period, int alliance, int stage) {
        return (period * alliances + alliance) * stages + stage;
    }

    private void add(double day, int alliance, int stage, Tally t, double amount) {
        int row = rows.of(day);
        if (row >= 0) {
            tallies[index(row, alliance, stage) * TALLIES + t.ordinal()] += amount;
        }
    }

    private void time(double day, int alliance, int stage, Times kind, double days) {
        int row = rows.of(day);
        if (row >= 0) {
            histogram(row, alliance, stage, kind).add(days, Double.POSITIVE_INFINITY);
        }
    }

    private WaitHistogram histogram(int row, int alliance, int stage, Times kind) {
        int i = index(row, alliance, stage) * TIMES + kind.ordinal();
        if (times[i] == null) {
            times[i] = new WaitHistogram();
        }
        return times[i];
    }

    /** The whole horizon's row of every (alliance, stage): the sums, in calendar order, of the others (the census sets its queue at the end). */
    private void sumWholeHorizon() {
        for (int a = 0; a < alliances; a++) {
            for (int s = 0; s < stages; s++) {
                int whole = index(rows.whole, a, s);
                for (Tally k : Tally.values()) {
                    if (k == Tally.QUEUE_END) {
                        continue;
                    }
                    double sum = 0;
                    for (int row = 0; row < rows.count; row++) {
                        if (row != rows.whole) {
                            sum += tallies[index(row, a, s) * TALLIES + k.ordinal()];
                        }
                    }
                    tallies[whole * TALLIES + k.ordinal()] = sum;
                }
                for (int k = 0; k < TIMES; k++) {
                    WaitHistogram sum = null;
                    for (int row = 0; row < rows.count; row++) {
                        WaitHistogram h = times[index(row, a, s) * TIMES + k];
                        if (row != rows.whole && h != null) {
                            if (sum == null) {
                                sum = new WaitHistogram();
                            }
                            sum.addAll(h);
                        }
                    }
                    times[whole * TIMES + k] = sum;
                }
            }
        }
    }

    /** One value per (period, area, stage, metric), flattened in that order; areas are the alliances, then the county. */
    public double[] finish() {
        for (int a = 0; a < alliances; a++) {
            for (int s = 0; s < stages; s++) {
                accrue(a, s, periods.horizonDays());
            }
        }
        sumWholeHorizon();
        int areas = alliances + 1;
        double[] out = new double[periods.count() * areas * stages * METRICS];
        WaitHistogram empty = new WaitHistogram();
        WaitHistogram[] countyScratch = new WaitHistogram[TIMES];
        for (int k = 0; k < TIMES; k++) {
            countyScratch[k] = new WaitHistogram();
        }
        double[] t = new double[TALLIES];
        double[] county = new double[TALLIES];
        WaitHistogram[] h = new WaitHistogram[TIMES];
        WaitHistogram[] countyTimes = new WaitHistogram[TIMES];
        for (int p = 0; p < periods.count(); p++) {
            double days = periodList.get(p).days();
            for (int s = 0; s < stages; s++) {
                java.util.Arrays.fill(county, 0);
                java.util.Arrays.fill(countyTimes, empty);
                for (int a = 0; a < alliances; a++) {
                    for (int k = 0; k < TALLIES; k++) {
                        t[k] = tallies[index(p, a, s) * TALLIES + k];
                        county[k] += t[k];
                    }
                    for (int k = 0; k < TIMES; k++) {
                        WaitHistogram own = times[index(p, a, s) * TIMES + k];
                        h[k] = own == null ? empty : own;
                        if (own != null) {
                            if (countyTimes[k] == empty) {
                                countyScratch[k].clear();
                                countyTimes[k] = countyScratch[k];
                            }
                            countyTimes[k].addAll(own);
                        }
                    }
                    fill(out, ((p * areas + a) * stages + s) * METRICS, t, h, days, places[s][a]);
                }
                fill(out, ((p * areas + alliances) * stages + s) * METRICS, county, countyTimes, days, places[s][alliances]);
            }
        }
        return out;
    }

    private static void fill(double[] out, int base, double[] t, WaitHistogram[] h, double days, double places) {
        WaitHistogram stay = h[Times.LENGTH_OF_STAY.ordinal()];
        WaitHistogram held = h[Times.HELD.ordinal()];
        WaitHistogram queueWait = h[Times.QUEUE_WAIT.ordinal()];
        double occupied = t[Tally.OCCUPIED_AREA.ordinal()] / days;
        double heldPlaces = t[Tally.HELD_AREA.ordinal()] / days;
        out[base + StageMetric.STARTED.ordinal()] = t[Tally.STARTED.ordinal()];
        out[base + StageMetric.COMPLETED.ordinal()] = stay.count();
        out[base + StageMetric.COMPLETED_PER_YEAR.ordinal()] = stay.count() * 365.25 / days;
        out[base + StageMetric.LENGTH_OF_STAY_MEAN.ordinal()] = stay.mean();
        out[base + StageMetric.LENGTH_OF_STAY_MEDIAN.ordinal()] = stay.quantile(0.5);
        out[base + StageMetric.LENGTH_OF_STAY_P90.ordinal()] = stay.quantile(0.9);
        out[base + StageMetric.LENGTH_OF_STAY_P95.ordinal()] = stay.quantile(0.95);
        out[base + StageMetric.HELD.ordinal()] = held.count();
        out[base + StageMetric.HELD_MEAN.ordinal()] = held.mean();
        out[base + StageMetric.HELD_P95.ordinal()] = held.quantile(0.95);
        out[base + StageMetric.OCCUPIED_MEAN.ordinal()] = occupied;
        out[base + StageMetric.HELD_PLACES_MEAN.ordinal()] = heldPlaces;
        out[base + StageMetric.OCCUPANCY.ordinal()] = occupied / places;
        out[base + StageMetric.UTILISATION.ordinal()] = (occupied - heldPlaces) / places;
        out[base + StageMetric.CAPACITY_PER_YEAR.ordinal()] = places * 365.25 / stay.mean();
        out[base + StageMetric.QUEUE_MEAN.ordinal()] = t[Tally.QUEUE_AREA.ordinal()] / days;
        out[base + StageMetric.QUEUE_END.ordinal()] = t[Tally.QUEUE_END.ordinal()];
        out[base + StageMetric.QUEUE_WAIT_MEAN.ordinal()] = queueWait.mean();
        out[base + StageMetric.QUEUE_WAIT_P95.ordinal()] = queueWait.quantile(0.95);
    }
}
