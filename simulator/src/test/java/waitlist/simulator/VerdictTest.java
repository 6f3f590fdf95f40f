package waitlist.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import waitlist.scenarios.Scenario;
import waitlist.scenarios.Scenarios;
import waitlist.simulator.results.Metric;
import waitlist.simulator.results.SimulationResult;
import waitlist.simulator.results.Summary;
import waitlist.simulator.results.TargetStatus;
import waitlist.simulator.results.TargetVerdict;
import waitlist.simulator.stats.ConfidenceIntervals;
import waitlist.simulator.stats.Estimate;

/** The headline is a chance with an interval, stable across seeds, and honest at the extremes. */
class VerdictTest {

    @TempDir
    Path dir;

    private static List<TargetStatus> countyStatuses(SimulationResult r) {
        return r.verdict().periods().stream()
                .map(p -> p.areas().stream().filter(a -> a.area().equals(r.countyKey())).findFirst().orElseThrow().status())
                .toList();
    }

    @Test
    void theDefaultRunsCountyVerdictIsTheSameForSeedsOneToFive() {
        Scenario baseline = Scenarios.bundled(Scenarios.DEFAULT).scenario();
        List<TargetStatus> first = null;
        for (long seed = 1; seed <= 5; seed++) {
            SimulationResult r = Simulator.run(baseline, seed, Replications.auto(2000), 2, Progress.NONE);
            assertThat(r.replications()).isGreaterThanOrEqualTo(Replications.AUTO_MIN);
            List<TargetStatus> statuses = countyStatuses(r);
            assertThat(statuses).hasSize(5);
            if (first == null) {
                first = statuses;
            }
            assertThat(statuses).as("seed " + seed).isEqualTo(first);
        }
    }

    /**
     * P(holds) is a binomial share over independent replications, so its Wilson interval from 100 replications should cover
     * the chance measured with 5,000 others about 95 % of the time. 200 batches: coverage below 0.88 or of every batch would
     * be more than three standard errors from 0.95 (or mean the intervals were far too wide).
     */
    @Test
    void theChanceOfHoldingHasAnIntervalThatCoversTheTruthAtCloseToItsNominalRate() {
        // M/M/1 at utilisation 0.8 for 13 weeks; with a 6-day target about two runs in three reach 95 %
        Scenario small = Fixtures.mmc(0.8, 1, 1.0, 13, 0, 6);
        ReplicationModel model = Simulator.model(small, null);
        int period = 0;
        Summary reference = Simulator.summarise(model, 999_999, Replications.of(5000), 2, Progress.NONE);
        double truth = reference.estimate(period, 1, Metric.TARGET_HOLDS).mean();
        assertThat(truth).as("a chance worth testing, away from 0 and 1").isBetween(0.3, 0.9);
        int covered = 0;
        int batches = 200;
        for (int b = 0; b < batches; b++) {
            Summary s = Simulator.summarise(model, 1000 + b, Replications.of(100), 2, Progress.NONE);
            Estimate e = s.estimate(period, 1, Metric.TARGET_HOLDS);
            assertThat(e.n()).isEqualTo(100);
            assertThat(e).isEqualTo(ConfidenceIntervals.wilson(Math.round(e.mean() * 100), 100));
            if (e.contains(truth)) {
                covered++;
            }
        }
        assertThat(covered / (double) batches).isBetween(0.88, 0.995);
    }

    @Test
    void aServiceWithNoOtStaffIsLikelyToMissEverywhere() {
        Scenario noOt = Variants.of("reconnect-baseline", """
                "workforce": {"ot": {"fte": {"value": [
                  {"from": "2027-01-04", "alliance": "south-east", "fte": 0}, {"from": "2027-01-04", "alliance": "south-west", "fte": 0},
                  {"from": "2027-01-04", "alliance": "mid", "fte": 0}, {"from": "2027-01-04", "alliance": "north-east", "fte": 0},
                  {"from": "2027-01-04", "alliance": "west", "fte": 0}]}}}""", dir);
        SimulationResult r = Simulator.run(noOt, 1, Replications.auto(2000), 2, Progress.NONE);
        TargetVerdict.Verdict v = r.verdict();
        assertThat(v.periods()).hasSize(5);
        for (TargetVerdict.PeriodVerdict p : v.periods()) {
            assertThat(p.areas()).hasSize(6).allSatisfy(a -> {
                assertThat(a.status()).as(p.period() + " " + a.area()).isEqualTo(TargetStatus.LIKELY_TO_MISS);
                assertThat(a.attainment().mean()).isZero();
            });
        }
        assertThat(v.countyLikelyToMiss()).isEqualTo(5);
        assertThat(v.text()).startsWith("Six-week target (95% within 42 days): likely to miss in all 5 quarters; chance that all five hold 0%");
        assertThat(v.unsettled()).isEmpty();
        assertThat(r.replications()).as("nothing uncertain: the minimum is enough").isEqualTo(Replications.AUTO_MIN);
    }

    /** Demand is counted whether or not there was time to meet it: a third more referrals need more OT than there is. */
    @Test
    void workloadDemandedCountsEveryoneReferredNotJustThoseSeen() {
        Scenario baseline = Scenarios.bundled(Scenarios.DEFAULT).scenario();
        Scenario busier = Variants.of("reconnect-baseline", "\"demand\": {\"annualReferrals\": 880}", dir);
        Summary usual = Simulator.summarise(Simulator.model(baseline, null), 4, Replications.of(40), 2, Progress.NONE);
        Summary more = Simulator.summarise(Simulator.model(busier, null), 4, Replications.of(40), 2, Progress.NONE);
        int whole = 5;
        int county = 5;
        double available = usual.estimate(whole, county, Metric.OT_AVAILABLE_HOURS).mean();
        assertThat(usual.estimate(whole, county, Metric.OT_HOURS_DEMANDED).mean()).isLessThan(available);
        assertThat(more.estimate(whole, county, Metric.OT_HOURS_DEMANDED).mean()).isGreaterThan(available);
        // work done cannot exceed the time available, so it understates the shortfall
        assertThat(more.estimate(whole, county, Metric.OT_HOURS).mean()).isLessThan(available);
        assertThat(more.estimate(whole, county, Metric.ATTAINMENT).mean()).isLessThan(0.9);
    }
}
