package waitlist.simulator.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import waitlist.scenarios.Scenarios;
import waitlist.simulator.Progress;
import waitlist.simulator.Replications;
import waitlist.simulator.Simulator;
import waitlist.simulator.results.SimulationResult;
import waitlist.simulator.results.StageResult;
import waitlist.simulator.stats.Estimate;

/**
 * The bundled Connect scenarios say what they show in their descriptions; these pin those claims
 * at 200 replications (seed 1): the concurrent redesign frees reablement places and raises the
 * number of people the same places could take a year by some 400 county-wide, and the Mid trial
 * gives Mid exactly the redesign's figures and the other quadrants exactly the series figures.
 */
class ConnectScenariosTest {

    private static final int REPLICATIONS = 200;
    private static SimulationResult concurrent;
    private static SimulationResult series;
    private static SimulationResult trial;

    @BeforeAll
    static void run() {
        concurrent = simulate("connect-reablement");
        series = simulate("connect-reablement-series");
        trial = simulate("connect-reablement-mid-trial");
    }

    private static SimulationResult simulate(String name) {
        return Simulator.run(Scenarios.bundled(name).scenario(), 1, Replications.of(REPLICATIONS), 2, Progress.NONE);
    }

    /** The whole-horizon reablement figures of one area. */
    private static Map<String, Estimate> reablement(SimulationResult r, String area) {
        StageResult stage = r.stages().stream().filter(s -> s.stage().equals("reablement")).findFirst().orElseThrow();
        return stage.wholeHorizon().areas().get(area);
    }

    private static Estimate county(SimulationResult r, String metric) {
        return reablement(r, SimulationResult.COUNTY).get(metric);
    }

    @Test
    void concurrentPlacesAreAbout88PercentOccupiedAndCouldTakeAbout6800AYear() {
        assertThat(county(concurrent, "occupancy").mean()).isBetween(0.86, 0.90);
        assertThat(county(concurrent, "capacityPerYear").mean()).isBetween(6650.0, 6950.0);
        assertThat(concurrent.clockStop()).isEqualTo("reablement");
    }

    @Test
    void inSeriesPlacesAreAbout93PercentOccupiedWithRoomForAbout6400AYear() {
        assertThat(county(series, "occupancy").mean()).isBetween(0.915, 0.955);
        assertThat(county(series, "capacityPerYear").mean()).isBetween(6300.0, 6550.0);
    }

    @Test
    void theRedesignFreesPlacesAndTheSamePlacesCouldTakeSome400MoreAYear() {
        // intervals apart, not just means: at least 4 points of occupancy freed
        assertThat(county(series, "occupancy").low() - county(concurrent, "occupancy").high()).isGreaterThan(0.04);
        double gainLow = county(concurrent, "capacityPerYear").low() - county(series, "capacityPerYear").high();
        double gainHigh = county(concurrent, "capacityPerYear").high() - county(series, "capacityPerYear").low();
        assertThat(gainLow).as("fewest more a year").isGreaterThan(300);
        assertThat(gainHigh).as("most more a year").isLessThan(500);
        // shorter stays because the place is held for the longer of the two, not their sum
        assertThat(county(series, "heldMeanDays").low()).isGreaterThan(county(concurrent, "heldMeanDays").high() + 3);
        // and people wait less for a place; everyone referred still gets one
        assertThat(county(concurrent, "queueWaitMeanDays").high()).isLessThan(county(series, "queueWaitMeanDays").low());
        assertThat(county(concurrent, "completedPerYear").mean()).isCloseTo(county(series, "completedPerYear").mean(),
                org.assertj.core.data.Offset.offset(30.0));
    }

    @Test
    void blockingRoutingAndPoolsGiveTheSameResultsWhateverTheThreads() {
        var s = Scenarios.bundled("connect-reablement-mid-trial").scenario();
        SimulationResult one = Simulator.run(s, 5, Replications.of(12), 1, Progress.NONE);
        SimulationResult three = Simulator.run(s, 5, Replications.of(12), 3, Progress.NONE);
        assertThat(three).isEqualTo(one);
        assertThat(Simulator.run(s, 6, Replications.of(12), 3, Progress.NONE)).isNotEqualTo(one);
    }

    @Test
    void theMidTrialGivesMidTheRedesignAndTheOtherQuadrantsTheSeries() {
        // each quadrant has its own places and every person the same random fate in all three scenarios,
        // so the trial's quadrants are not just close to but identical with the scenario they follow
        assertThat(reablement(trial, "mid")).isEqualTo(reablement(concurrent, "mid"));
        for (String other : new String[] {"north-east", "south", "west"}) {
            assertThat(reablement(trial, other)).as(other).isEqualTo(reablement(series, other));
        }
        double midGain = reablement(trial, "mid").get("capacityPerYear").mean() - reablement(series, "mid").get("capacityPerYear").mean();
        assertThat(midGain).as("about 100 more a year in Mid").isBetween(80.0, 130.0);
    }
}
