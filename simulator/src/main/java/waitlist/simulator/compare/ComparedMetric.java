package waitlist.simulator.compare;

import waitlist.simulator.results.Metric;

/** What a comparison reports a difference in, and which way is better (none for utilisation: neither high nor low is good). */
public enum ComparedMetric {
    ATTAINMENT(Metric.ATTAINMENT, Better.HIGHER),
    TARGET_HOLDS(Metric.TARGET_HOLDS, Better.HIGHER),
    ALL_PERIODS_HOLD(Metric.ALL_PERIODS_HOLD, Better.HIGHER),
    BREACHES(Metric.BREACHES, Better.LOWER),
    WAIT_MEAN(Metric.WAIT_MEAN, Better.LOWER),
    WAIT_P95(Metric.WAIT_P95, Better.LOWER),
    WAITING_LIST_MEAN(Metric.WAITING_LIST_MEAN, Better.LOWER),
    PLACE_WAIT_MEAN(Metric.PLACE_WAIT_MEAN, Better.LOWER),
    OT_UTILISATION(Metric.OT_UTILISATION, Better.NEITHER),
    COACH_UTILISATION(Metric.COACH_UTILISATION, Better.NEITHER),
    STAFF_COST_PER_YEAR(Metric.STAFF_COST_PER_YEAR, Better.LOWER);

    /** Which way a difference is an improvement. */
    public enum Better {
        HIGHER, LOWER, NEITHER;

        /** 1 if {@code arm} is strictly better than {@code base}, 0 if not, NaN if either is missing or there is no better. */
        double judge(double arm, double base) {
            if (this == NEITHER || Double.isNaN(arm) || Double.isNaN(base)) {
                return Double.NaN;
            }
            return (this == HIGHER ? arm > base : arm < base) ? 1 : 0;
        }
    }

    private final Metric metric;
    private final Better better;

    ComparedMetric(Metric metric, Better better) {
        this.metric = metric;
        this.better = better;
    }

    public Metric metric() {
        return metric;
    }

    public Better better() {
        return better;
    }

    /** 1 if {@code arm} is strictly better than {@code base}, 0 if not, NaN if either is missing or there is no better. */
    double isBetter(double arm, double base) {
        return better.judge(arm, base);
    }
}
