package waitlist.simulator.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import waitlist.scenarios.Distribution;
import waitlist.scenarios.Scenario;
import waitlist.scenarios.Scenarios;
import waitlist.scenarios.Stage;
import waitlist.simulator.Fixtures;
import waitlist.simulator.Progress;
import waitlist.simulator.Replications;
import waitlist.simulator.Simulator;
import waitlist.simulator.arrivals.Arrivals;
import waitlist.simulator.network.NetworkModel;
import waitlist.simulator.results.SimulationResult;

/** A comparison of stage networks also gives each shared stage's paired differences: checked by hand and on the bundled trial. */
class StageDifferencesTest {

    /** Reablement R (one place, 3 days, held until D starts), assessment A (2 days), sourcing S (4 days), in series or concurrent. */
    private static Scenario reablement(boolean concurrent) {
        Map<String, Stage> stages = new LinkedHashMap<>();
        stages.put("R", new Stage(null, null, 1, null, new Distribution.Fixed(3), "D", 0));
        stages.put("A", Stage.of(List.of("R"), 5, new Distribution.Fixed(2)));
        stages.put("S", Stage.of(List.of(concurrent ? "R" : "A"), 1, new Distribution.Fixed(4)));
        stages.put("D", new Stage(List.of(concurrent ? "A" : "S", "S"), null, null, null, new Distribution.Fixed(0), null, 0));
        return Fixtures.network(List.copyOf(stages.entrySet()), "R", 1, 4, 0, 7);
    }

    @Test
    void handWorkedSeriesAgainstConcurrent() {
        // Two people on days 0 and 1 (see BlockingTest): in series each keeps the one place 9 days, concurrent 7;
        // the place is in use 18 of 28 days against 14, and the second person waits 8 days against 6.
        Comparison.Arm series = new Comparison.Arm("series", reablement(false),
                new NetworkModel(reablement(false), (a, rates, rng) -> Arrivals.fixed(0, 1)));
        Comparison.Arm concurrent = new Comparison.Arm("concurrent", reablement(true),
                new NetworkModel(reablement(true), (a, rates, rng) -> Arrivals.fixed(0, 1)));
        ComparisonResult r = Comparison.run(List.of(series, concurrent), 1, Replications.of(2), 1, Progress.NONE);
        List<ComparisonResult.StageDifference> stages = r.differences().get(0).stages();
        assertThat(stages).extracting(ComparisonResult.StageDifference::stage).containsExactly("R", "A", "S", "D");
        // the fixture's one alliance is called "county", so the county-wide area is "county-total"
        Map<String, ComparisonResult.Delta> county = stages.get(0).areas().get(SimulationResult.COUNTY_ALT);
        assertThat(county.get("lengthOfStayMeanDays").difference().mean()).isEqualTo(-2);
        assertThat(county.get("occupancy").difference().mean()).isCloseTo(-4.0 / 28, offset(1e-12));
        assertThat(county.get("queueWaitMeanDays").difference().mean()).isEqualTo(-1);
        assertThat(county.get("capacityPerYear").difference().mean()).isCloseTo(365.25 / 7 - 365.25 / 9, offset(1e-9));
        assertThat(county.get("capacityPerYear").pBetter().mean()).isEqualTo(1);
        assertThat(county.get("occupancy").pBetter()).as("fuller is neither better nor worse").isNull();
    }

    @Test
    void inTheMidTrialOnlyMidsStagesDifferFromTheSeriesAndExactlyAsMuchAsUnderTheCountyWideRedesign() {
        Scenario series = Scenarios.bundled("connect-reablement-series").scenario();
        Scenario trial = Scenarios.bundled("connect-reablement-mid-trial").scenario();
        Scenario concurrent = Scenarios.bundled("connect-reablement").scenario();
        ComparisonResult r = Comparison.run(List.of(
                new Comparison.Arm("series", series, Simulator.model(series, null)),
                new Comparison.Arm("trial", trial, Simulator.model(trial, null)),
                new Comparison.Arm("concurrent", concurrent, Simulator.model(concurrent, null))), 2, Replications.of(10), 2, Progress.NONE);
        Map<String, Map<String, ComparisonResult.Delta>> trialReablement = r.differences().get(0).stages().get(0).areas();
        Map<String, Map<String, ComparisonResult.Delta>> redesignReablement = r.differences().get(1).stages().get(0).areas();
        for (String other : List.of("north-east", "south", "west")) {
            trialReablement.get(other).values().forEach(d -> assertThat(d.difference().mean()).as(other).isZero());
        }
        assertThat(trialReablement.get("mid")).isEqualTo(redesignReablement.get("mid"));
        assertThat(trialReablement.get("mid").get("capacityPerYear").difference().low()).isGreaterThan(80);
    }
}
