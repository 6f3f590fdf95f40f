package waitlist.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import waitlist.scenarios.Scenarios;
import waitlist.simulator.results.Metric;
import waitlist.simulator.results.SimulationResult;
import waitlist.simulator.results.Summary;

/** Staff cost is the dated FTE times the cost per FTE, pro rata by day; worked by hand. */
class CostTest {

    /** Costs a year are reported to the penny. */
    private static final org.assertj.core.data.Offset<Double> PENNY = within(0.005);

    @Test
    void costFollowsDatedFteProRata() {
        var west = Scenarios.bundled("reconnect-west-expansion").scenario();
        ReplicationModel model = Simulator.model(west, null);
        Summary s = Simulator.summarise(model, 1, Replications.of(2), 1, Progress.NONE);
        int whole = model.periods().wholeIndex();
        int w = 4;
        // West OT: 0.75 FTE for the 182 days to 5 July 2027, then 1.75 for the remaining 273 of 455: 1.35 FTE on average
        assertThat(s.estimate(whole, w, Metric.OT_COST_PER_YEAR).mean()).isCloseTo(48_000 * (0.75 * 182 + 1.75 * 273) / 455, PENNY);
        // Coach: 1.1 then 2.1
        assertThat(s.estimate(whole, w, Metric.COACH_COST_PER_YEAR).mean()).isCloseTo(30_000 * (1.1 * 182 + 2.1 * 273) / 455, PENNY);
        // 2027 Q1 (4 January to 31 March, 87 days) is all at the old staffing
        assertThat(s.estimate(0, w, Metric.OT_COST_PER_YEAR).mean()).isCloseTo(48_000 * 0.75, PENNY);
        // 2027 Q3 (1 July to 30 September, 92 days): 4 days at 0.75, then 88 at 1.75
        assertThat(s.estimate(2, w, Metric.OT_COST_PER_YEAR).mean()).isCloseTo(48_000 * (0.75 * 4 + 1.75 * 88) / 92, PENNY);
    }

    @Test
    void theResultCarriesTheCountysCostAndCostPerFirstAssessment() {
        var baseline = Scenarios.bundled("reconnect-baseline").scenario();
        SimulationResult r = Simulator.run(baseline, 1, Replications.of(20), 2, Progress.NONE);
        // OT 5.0 FTE at 48,000 and coaches 7.5 at 30,000
        assertThat(r.cost().annualTotal().mean()).isCloseTo(5.0 * 48_000 + 7.5 * 30_000, within(1e-6));
        assertThat(r.cost().byGroup().get("ot").mean()).as("to the penny, no float dust").isEqualTo(240_000.0);
        assertThat(r.cost().byGroup().get("coach").mean()).isCloseTo(225_000, within(1e-6));
        var whole = r.periods().get(r.periods().size() - 1);
        double years = (whole.end().toEpochDay() - whole.start().toEpochDay()) / 365.25;
        double firstAssessments = whole.areas().get(r.countyKey()).get("firstAssessments").mean();
        // the mean of per-replication ratios is close to the ratio of means when first assessments vary little
        assertThat(r.cost().perFirstAssessment().mean()).isCloseTo(465_000 * years / firstAssessments, within(5.0));
        assertThat(Simulator.run(Scenarios.bundled("mmc-queue").scenario(), 1, Replications.of(2), 1, Progress.NONE).cost())
                .as("a stage network has no staff costs").isNull();
    }
}
