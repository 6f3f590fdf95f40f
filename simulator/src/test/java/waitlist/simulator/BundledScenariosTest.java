package waitlist.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import waitlist.scenarios.Scenario;
import waitlist.scenarios.Scenarios;
import waitlist.simulator.results.Metric;
import waitlist.simulator.results.SimulationResult;
import waitlist.simulator.results.Summary;
import waitlist.simulator.results.TargetStatus;
import waitlist.simulator.results.TargetVerdict;

/** Each bundled Reconnect scenario does what its description says (the Connect ones are pinned beside their model). */
class BundledScenariosTest {

    private static Scenario bundled(String name) {
        return Scenarios.bundled(name).scenario();
    }

    private static TargetStatus status(SimulationResult r, String period, String area) {
        return r.verdict().periods().stream().filter(p -> p.period().equals(period)).findFirst().orElseThrow()
                .areas().stream().filter(a -> a.area().equals(area)).findFirst().orElseThrow().status();
    }

    @Test
    void baselineIsLikelyToHoldInEveryQuarterForTheCountyAndEveryAlliance() {
        Scenario s = bundled("reconnect-baseline");
        assertThat(s.description()).contains("likely to hold (at least an 80% chance) in every quarter, county-wide and in every alliance");
        SimulationResult r = Simulator.run(s, 1, Replications.of(1000), 2, Progress.NONE);
        assertThat(r.verdict().periods()).hasSize(5);
        for (TargetVerdict.PeriodVerdict p : r.verdict().periods()) {
            assertThat(p.areas()).hasSize(6).allSatisfy(a -> {
                assertThat(a.status()).as(p.period() + " " + a.area()).isEqualTo(TargetStatus.LIKELY_TO_HOLD);
                assertThat(a.pHolds().low()).as(p.period() + " " + a.area() + ": clear of the boundary").isGreaterThanOrEqualTo(0.8);
            });
        }
    }

    @Test
    void extensionTo2030HoldsAtFirstThenBreaksAsReferralsGrow() {
        Scenario s = bundled("reconnect-extension-2030");
        assertThat(s.description()).contains("likely to hold through 2027", "at risk from mid-2028", "likely to miss from spring 2029");
        SimulationResult r = Simulator.run(s, 1, Replications.of(400), 2, Progress.NONE);
        String county = r.countyKey();
        for (String q : List.of("2026/27 Q4", "2027/28 Q1", "2027/28 Q2", "2027/28 Q3")) {
            assertThat(status(r, q, county)).as(q).isEqualTo(TargetStatus.LIKELY_TO_HOLD);
        }
        for (String q : List.of("2028/29 Q2", "2028/29 Q3")) {
            assertThat(status(r, q, county)).as(q).isEqualTo(TargetStatus.AT_RISK);
        }
        for (String q : List.of("2029/30 Q1", "2029/30 Q2", "2029/30 Q3", "2029/30 Q4")) {
            assertThat(status(r, q, county)).as(q).isEqualTo(TargetStatus.LIKELY_TO_MISS);
        }
    }

    @Test
    void aiScribeFreesOtTimeAndShortensWaits() {
        ReplicationModel base = Simulator.model(bundled("reconnect-baseline"), null);
        ReplicationModel ai = Simulator.model(bundled("reconnect-ai-assessment"), null);
        Summary before = Simulator.summarise(base, 2, Replications.of(100), 2, Progress.NONE);
        Summary after = Simulator.summarise(ai, 2, Replications.of(100), 2, Progress.NONE);
        int whole = 5;
        int county = 5;
        // each booked slot shrinks from 150 to 125 minutes; DNA rebookings are the same share in both
        double hoursPerAssessmentBefore = before.estimate(whole, county, Metric.OT_ASSESSMENT_HOURS).mean()
                / before.estimate(whole, county, Metric.FIRST_ASSESSMENTS).mean();
        double hoursPerAssessmentAfter = after.estimate(whole, county, Metric.OT_ASSESSMENT_HOURS).mean()
                / after.estimate(whole, county, Metric.FIRST_ASSESSMENTS).mean();
        assertThat(hoursPerAssessmentAfter / hoursPerAssessmentBefore).isCloseTo(125.0 / 150, within(0.01));
        assertThat(after.estimate(whole, county, Metric.WAIT_MEAN).high()).isLessThan(before.estimate(whole, county, Metric.WAIT_MEAN).low());
        assertThat(after.estimate(whole, county, Metric.OT_HOURS_DEMANDED).mean())
                .isLessThan(before.estimate(whole, county, Metric.OT_HOURS_DEMANDED).mean());
    }

    @Test
    void westExpansionAddsStaffInWestAndLeavesEveryOtherAllianceAsInTheBaseline() {
        Scenario base = bundled("reconnect-baseline");
        Scenario west = bundled("reconnect-west-expansion");
        Summary before = Simulator.summarise(Simulator.model(base, null), 3, Replications.of(20), 2, Progress.NONE);
        Summary after = Simulator.summarise(Simulator.model(west, null), 3, Replications.of(20), 2, Progress.NONE);
        int whole = 5;
        for (int a = 0; a < 4; a++) {
            for (Metric m : List.of(Metric.OT_AVAILABLE_HOURS, Metric.COACH_AVAILABLE_HOURS)) {
                assertThat(after.estimate(whole, a, m).mean()).as(base.alliances().get(a).id() + " " + m).isEqualTo(before.estimate(whole, a, m).mean());
            }
        }
        int westIndex = 4;
        // one more OT and coach from July 2027 (quarter index 2 onwards)
        for (Metric m : List.of(Metric.OT_AVAILABLE_HOURS, Metric.COACH_AVAILABLE_HOURS)) {
            assertThat(after.estimate(1, westIndex, m).mean()).isEqualTo(before.estimate(1, westIndex, m).mean());
            assertThat(after.estimate(2, westIndex, m).mean()).isGreaterThan(before.estimate(2, westIndex, m).mean() * 1.5);
        }
        assertThat(after.estimate(whole, westIndex, Metric.REFERRALS).mean()).isGreaterThan(before.estimate(whole, westIndex, Metric.REFERRALS).mean() * 1.4);
        for (int a = 0; a <= 5; a++) {
            assertThat(after.estimate(whole, a, Metric.COACH_UTILISATION).mean()).isLessThanOrEqualTo(1.0);
        }
    }

    @Test
    void mmcQueueIsTwoReferralsADayAtUtilisationPointNine() {
        Scenario s = bundled("mmc-queue");
        assertThat(s.description()).contains("2 a day", "3 assessors", "mean 1.35 days", "utilisation 0.9");
        assertThat(s.demand().annualReferrals().value() / 365.25).isEqualTo(2.0);
        assertThat(s.network().stages()).hasSize(1);
        assertThat(s.network().stages().get("assessment").servers()).isEqualTo(3);
        double meanService = ((waitlist.scenarios.Distribution.Exponential) s.network().stages().get("assessment").serviceDays()).mean();
        assertThat(2.0 * meanService / 3).isCloseTo(0.9, within(1e-12));
    }
}
