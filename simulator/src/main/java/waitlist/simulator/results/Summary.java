package waitlist.simulator.results;

import waitlist.simulator.stats.ConfidenceIntervals;
import waitlist.simulator.stats.Estimate;
import waitlist.simulator.stats.RunningStat;

/**
 * Results across replications in streaming form: one {@link RunningStat} per (period, area,
 * metric), per (week, area, week metric) and, for stage networks, per (period, area, stage, stage metric). Replications are folded in replication order, so
 * the floating-point sums, and hence the output bytes, do not depend on the thread count.
 */
public final class Summary {

    private final int areas;
    private final int periods;
    private final int weeks;
    private final RunningStat[] periodStats;
    private final RunningStat[] weekStats;
    private RunningStat[] stageStats = new RunningStat[0];
    private long replications;
    private long events;

    public Summary(int periods, int areas, int weeks) {
        this.periods = periods;
        this.areas = areas;
        this.weeks = weeks;
        periodStats = new RunningStat[periods * areas * Metric.values().length];
        weekStats = new RunningStat[weeks * areas * WeekMetric.values().length];
        for (int i = 0; i < periodStats.length; i++) {
            periodStats[i] = new RunningStat();
        }
        for (int i = 0; i < weekStats.length; i++) {
            weekStats[i] = new RunningStat();
        }
    }

    public void add(ReplicationResult r) {
        double[] pv = r.periodValues();
        for (int i = 0; i < pv.length; i++) {
            periodStats[i].add(pv[i]);
        }
        double[] wv = r.weekValues();
        for (int i = 0; i < wv.length; i++) {
            weekStats[i].add(wv[i]);
        }
        double[] sv = r.stageValues();
        if (stageStats.length != sv.length) {
            if (replications > 0) {
                throw new IllegalStateException("replications disagree on the number of stages");
            }
            stageStats = new RunningStat[sv.length];
            for (int i = 0; i < sv.length; i++) {
                stageStats[i] = new RunningStat();
            }
        }
        for (int i = 0; i < sv.length; i++) {
            stageStats[i].add(sv[i]);
        }
        replications++;
        events += r.events();
    }

    public long replications() {
        return replications;
    }

    public long events() {
        return events;
    }

    public int periodCount() {
        return periods;
    }

    public int weekCount() {
        return weeks;
    }

    public int areaCount() {
        return areas;
    }

    /** The estimate for a period metric; probabilities get the Wilson interval, the rest Student t. */
    public Estimate estimate(int period, int area, Metric metric) {
        RunningStat s = periodStats[(period * areas + area) * Metric.values().length + metric.ordinal()];
        if (metric.probability()) {
            return ConfidenceIntervals.wilson(Math.round(s.mean() * s.count()), s.count());
        }
        Estimate e = ConfidenceIntervals.studentT(s);
        if ((metric == Metric.ATTAINMENT || metric == Metric.ASSESSED_WITHIN_TARGET || metric == Metric.URGENT_ATTAINMENT) && e.n() > 0) {
            // a share cannot leave [0, 1]; the t interval can when nearly every replication is at 100 %
            return new Estimate(e.mean(), Math.max(0, e.low()), Math.min(1, e.high()), e.n());
        }
        return e;
    }

    /** Number of stages reported (0 for the pathway model). */
    public int stageCount() {
        return stageStats.length / (periods * areas * StageMetric.values().length);
    }

    /** The estimate for a stage metric in a period and area: Student t (every stage metric is a mean over replications), shares of places clipped to [0, 1]. */
    public Estimate estimate(int period, int area, int stage, StageMetric metric) {
        int i = ((period * areas + area) * stageCount() + stage) * StageMetric.values().length + metric.ordinal();
        Estimate e = ConfidenceIntervals.studentT(stageStats[i]);
        if ((metric == StageMetric.OCCUPANCY || metric == StageMetric.UTILISATION) && e.n() > 0) {
            // a share of places cannot leave [0, 1]; the t interval can when every replication is nearly full
            return new Estimate(e.mean(), Math.max(0, e.low()), Math.min(1, e.high()), e.n());
        }
        return e;
    }

    public Estimate estimate(int week, int area, WeekMetric metric) {
        return ConfidenceIntervals.studentT(weekStats[(week * areas + area) * WeekMetric.values().length + metric.ordinal()]);
    }
}
