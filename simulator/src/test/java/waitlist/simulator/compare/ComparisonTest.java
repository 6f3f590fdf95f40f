package waitlist.simulator.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import waitlist.scenarios.Scenario;
import waitlist.scenarios.Scenarios;
import waitlist.simulator.Progress;
import waitlist.simulator.Replications;
import waitlist.simulator.Simulator;
import waitlist.simulator.Variants;
import waitlist.simulator.results.SimulationResult;
import waitlist.simulator.stats.Estimate;

class ComparisonTest {

    @TempDir
    Path dir;

    private static Comparison.Arm arm(String label, Scenario s) {
        return new Comparison.Arm(label, s, Simulator.model(s, null));
    }

    private static final String MID_PLUS = """
            "workforce": {"ot": {"fte": [{"from": "2027-01-04", "alliance": "mid", "fte": 1.15}]}}""";

    @Test
    void eachArmIsExactlyWhatSimulatingItAloneGivesAndItsDifferenceFromItselfIsZero() {
        Scenario base = Scenarios.bundled("reconnect-baseline").scenario();
        ComparisonResult r = Comparison.run(List.of(arm("a", base), arm("b", base)), 3, Replications.of(40), 2, Progress.NONE);
        SimulationResult alone = Simulator.run(base, 3, Replications.of(40), 1, Progress.NONE);
        assertThat(r.arms().get(0)).isEqualTo(alone);
        assertThat(r.arms().get(1)).isEqualTo(alone);
        ComparisonResult.ArmDifference d = r.differences().get(0);
        assertThat(d.periods()).hasSize(6);
        for (ComparisonResult.PeriodDifference p : d.periods()) {
            p.areas().values().forEach(metrics -> metrics.values().forEach(delta -> {
                assertThat(delta.difference().mean()).isZero();
                assertThat(delta.difference().halfWidth()).isZero();
                if (delta.pBetter() != null) {
                    assertThat(delta.pBetter().mean()).isZero();
                }
            }));
        }
    }

    @Test
    void moreStaffInOneAllianceChangesOnlyThatAllianceAndThePairedIntervalIsNarrowerThanTheUnpaired() {
        Scenario base = Scenarios.bundled("reconnect-baseline").scenario();
        Scenario more = Variants.of("reconnect-baseline", MID_PLUS, dir);
        ComparisonResult r = Comparison.run(List.of(arm("base", base), arm("more", more)), 5, Replications.of(100), 2, Progress.NONE);
        ComparisonResult.PeriodDifference whole = r.differences().get(0).periods().get(5);
        assertThat(whole.wholeHorizon()).isTrue();
        for (String unchanged : List.of("south-east", "south-west", "north-east", "west")) {
            Estimate d = whole.areas().get(unchanged).get("waitMeanDays").difference();
            assertThat(d.mean()).as(unchanged).isZero();
            assertThat(d.halfWidth()).as(unchanged).isZero();
        }
        Estimate mid = whole.areas().get("mid").get("waitMeanDays").difference();
        assertThat(mid.high()).as("more OT in Mid shortens its waits").isLessThan(0);
        assertThat(whole.areas().get("mid").get("waitMeanDays").pBetter().mean()).isGreaterThan(0.8);
        // cost: +0.05 FTE at 48,000 a year, with no noise
        Estimate cost = whole.areas().get("county").get("staffCostPerYear").difference();
        assertThat(cost.mean()).isCloseTo(0.05 * 48_000, org.assertj.core.api.Assertions.within(1e-6));
        // paired vs unpaired: the half-width of the difference of two independent means is sqrt(h1^2 + h2^2)
        Estimate a = r.arms().get(0).periods().get(5).areas().get("mid").get("waitMeanDays");
        Estimate b = r.arms().get(1).periods().get(5).areas().get("mid").get("waitMeanDays");
        double unpaired = Math.hypot(a.halfWidth(), b.halfWidth());
        assertThat(mid.halfWidth()).isLessThan(unpaired * 0.6);
    }

    @Test
    void periodsAreMatchedByTheirDatesSoALongerHorizonComparesWhereItOverlaps() {
        Scenario base = Scenarios.bundled("reconnect-baseline").scenario();
        Scenario longer = Scenarios.bundled("reconnect-extension-2030").scenario();
        ComparisonResult r = Comparison.run(List.of(arm("base", base), arm("ext", longer)), 1, Replications.of(20), 2, Progress.NONE);
        List<String> shared = r.differences().get(0).periods().stream().map(ComparisonResult.PeriodDifference::period).toList();
        assertThat(shared).containsExactly("2026/27 Q4", "2027/28 Q1", "2027/28 Q2", "2027/28 Q3", "2027/28 Q4");
        assertThat(r.arms().get(1).periods()).hasSize(14);
    }

    @Test
    void autoAddsReplicationsUntilEveryAttainmentDifferenceIsSettled() {
        Scenario base = Scenarios.bundled("reconnect-baseline").scenario();
        Scenario more = Variants.of("reconnect-baseline", MID_PLUS, dir);
        ComparisonResult r = Comparison.run(List.of(arm("base", base), arm("more", more)), 2, Replications.auto(2000), 2, Progress.NONE);
        assertThat(r.replications()).isGreaterThanOrEqualTo(100).isLessThanOrEqualTo(2000);
        assertThat(r.replications() % 100).isZero();
        if (r.replications() < 2000) {
            for (ComparisonResult.PeriodDifference p : r.differences().get(0).periods()) {
                p.areas().forEach((area, metrics) -> {
                    Estimate d = metrics.get("attainment").difference();
                    assertThat(!d.contains(0) || d.halfWidth() <= Comparison.AUTO_HALF_WIDTH).as(p.period() + " " + area).isTrue();
                });
            }
        }
    }
}
