package waitlist.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import waitlist.scenarios.Distribution;
import waitlist.scenarios.Scenario;
import waitlist.scenarios.Stage;
import waitlist.simulator.results.Metric;
import waitlist.simulator.results.Summary;
import waitlist.simulator.stats.Estimate;

/**
 * Near full utilisation with non-exponential service: one server, Poisson arrivals, general
 * service S. The Pollaczek–Khinchine formula gives the exact mean wait W_q = λ E[S²] / (2(1 − ρ)),
 * which is also where Kingman's heavy-traffic approximation comes from: the wait grows with the
 * service-time variability and like 1/(1 − ρ). Checks the lognormal and gamma samplers as well.
 */
class PollaczekKhinchineTest {

    @ParameterizedTest(name = "M/G/1, {0} service (E[S²] = {1}), utilisation 0.9")
    @CsvSource({
            "fixed,     1.0",
            "gamma,     1.5",
            "lognormal, 1.25",
    })
    void meanWaitMatchesPollaczekKhinchine(String family, double secondMoment) {
        double lambda = 0.9;
        Distribution service = switch (family) {
            case "fixed" -> new Distribution.Fixed(1);
            case "gamma" -> new Distribution.Gamma(2, 0.5);           // mean 1, variance 0.5
            case "lognormal" -> new Distribution.Lognormal(1, 0.5);   // mean 1, variance 0.25
            default -> throw new IllegalArgumentException(family);
        };
        double rho = lambda * service.mean();
        double theory = lambda * secondMoment / (2 * (1 - rho));
        Scenario s = Fixtures.network(List.of(Map.entry("assessment", Stage.of(null, 1, service))), "assessment", lambda, 1040, 104, 7);
        ReplicationModel model = Simulator.model(s, null);
        Summary summary = Simulator.summarise(model, 424242, Replications.of(60), 2, Progress.NONE);
        Estimate wait = summary.estimate(model.periods().wholeIndex(), 1, Metric.WAIT_MEAN);
        assertThat(wait.halfWidth()).isLessThan(0.1 * theory);
        MmcTheoryTest.assertWithin(wait, theory, 0.02 * theory, "mean wait");
    }
}
