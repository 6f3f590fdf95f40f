package waitlist.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import waitlist.scenarios.Distribution;
import waitlist.scenarios.Scenario;
import waitlist.scenarios.Stage;
import waitlist.simulator.random.RandomStreams;
import waitlist.simulator.results.Metric;
import waitlist.simulator.results.Periods;
import waitlist.simulator.results.ReplicationResult;
import waitlist.simulator.stats.ConfidenceIntervals;
import waitlist.simulator.stats.Estimate;
import waitlist.simulator.stats.RunningStat;

/**
 * (b) Little's law on the simulator's own outputs: the time-average number waiting (integrated
 * over time by the recorder) equals the throughput times the mean wait (from the wait histogram),
 * L = λW. Both come from independent code paths, so a bookkeeping slip in either shows up.
 */
class LittlesLawTest {

    @Test
    void holdsForAnMmcQueue() {
        check(Fixtures.mmc(1.6, 2, 1.0, 260, 26, 2));
    }

    @Test
    void holdsForAForkJoinNetworkWithLognormalAndGammaStages() {
        Scenario s = Fixtures.network(List.of(
                Map.entry("reablement", Stage.of(null, 12, new Distribution.Gamma(4, 1.5))),
                Map.entry("assessment", Stage.of(List.of("reablement"), 2, new Distribution.Exponential(0.9))),
                Map.entry("sourcing", Stage.of(List.of("reablement"), 3, new Distribution.Lognormal(1.2, 0.8))),
                Map.entry("care", Stage.of(List.of("assessment", "sourcing"), 1000, new Distribution.Fixed(0)))),
                "care", 1.8, 260, 26, 42);
        check(s);
    }

    private static void check(Scenario s) {
        ReplicationModel model = Simulator.model(s, null);
        Periods periods = model.periods();
        int whole = periods.wholeIndex();
        int county = 1;
        double days = periods.all().get(whole).days();
        int metrics = Metric.values().length;
        RunningStat relativeGap = new RunningStat();
        for (int r = 0; r < 20; r++) {
            ReplicationResult result = model.run(new RandomStreams(99, r));
            double[] v = result.periodValues();
            int base = (whole * 2 + county) * metrics;
            double l = v[base + Metric.WAITING_LIST_MEAN.ordinal()];
            double throughput = v[base + Metric.FIRST_ASSESSMENTS.ordinal()] / days;
            double w = v[base + Metric.WAIT_MEAN.ordinal()];
            relativeGap.add((l - throughput * w) / l);
        }
        // Per replication L and λW differ only by the people waiting at the window's two ends: the
        // relative gap averages to zero, within its CI, and is small in every case.
        Estimate gap = ConfidenceIntervals.studentT(relativeGap);
        assertThat(gap.low() - 0.002).as("mean relative gap %s", gap).isLessThanOrEqualTo(0);
        assertThat(gap.high() + 0.002).as("mean relative gap %s", gap).isGreaterThanOrEqualTo(0);
        assertThat(Math.abs(gap.mean())).isLessThan(0.01);
    }
}
