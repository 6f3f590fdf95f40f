package waitlist.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import waitlist.scenarios.Scenario;
import waitlist.simulator.results.Metric;
import waitlist.simulator.results.Summary;
import waitlist.simulator.stats.Estimate;

/**
 * (a) A scenario reduced to M/M/c (Poisson arrivals, exponential service, c servers, booking the
 * moment a server is free, no dropout) reproduces Erlang C: the mean wait and P(wait > t) lie in
 * the simulation's 95 % confidence interval (plus a small sanity tolerance for the warm-up bias),
 * and the interval is narrow enough for that to mean something.
 */
class MmcTheoryTest {

    @ParameterizedTest(name = "lambda={0}/day, c={1}, mean service {2} d (utilisation {3})")
    @CsvSource({
            "0.5,  1, 1.0,  0.50, 2, 520,  52,  30",
            "1.6,  2, 1.0,  0.80, 2, 520,  52,  30",
            "2.0,  3, 1.35, 0.90, 7, 520,  52,  80",
            "4.75, 5, 1.0,  0.95, 5, 1040, 104, 80",
    })
    void waitsMatchErlangC(double lambda, int servers, double meanService, double utilisation, int targetDays,
                           int weeks, int warmUpWeeks, int replications) {
        ErlangC theory = new ErlangC(lambda, 1 / meanService, servers);
        assertThat(theory.utilisation()).isCloseTo(utilisation, org.assertj.core.data.Offset.offset(1e-9));
        Scenario s = Fixtures.mmc(lambda, servers, meanService, weeks, warmUpWeeks, targetDays);
        ReplicationModel model = Simulator.model(s, null);
        Summary summary = Simulator.summarise(model, 20261122L, Replications.of(replications), 2, Progress.NONE);
        int whole = model.periods().wholeIndex();
        int county = 1;

        Estimate meanWait = summary.estimate(whole, county, Metric.WAIT_MEAN);
        double expectedWait = theory.meanWait();
        assertThat(meanWait.halfWidth()).as("CI precise enough to test").isLessThan(0.1 * expectedWait);
        assertWithin(meanWait, expectedWait, 0.02 * expectedWait, "mean wait");
        Estimate attainment = summary.estimate(whole, county, Metric.ATTAINMENT);
        double expectedWithin = 1 - theory.probabilityWaitExceeds(targetDays);
        assertThat(attainment.halfWidth()).isLessThan(0.02);
        assertWithin(attainment, expectedWithin, 0.003, "P(wait <= " + targetDays + " d)");

        Estimate busy = summary.estimate(whole, county, 0, waitlist.simulator.results.StageMetric.UTILISATION);
        assertWithin(busy, theory.utilisation(), 0.005, "server utilisation");
    }

    static void assertWithin(Estimate e, double theory, double tolerance, String what) {
        assertThat(theory)
                .as("%s: theory %.4f vs simulated %.4f (95%% CI %.4f-%.4f, n=%d)", what, theory, e.mean(), e.low(), e.high(), e.n())
                .isBetween(e.low() - tolerance, e.high() + tolerance);
    }
}
