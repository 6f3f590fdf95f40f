package waitlist.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import waitlist.scenarios.Scenario;
import waitlist.scenarios.Scenarios;
import waitlist.simulator.results.Metric;
import waitlist.simulator.results.Summary;
import waitlist.simulator.results.WeekMetric;

/**
 * The bundled baseline reproduces the OT-load arithmetic of docs/domain.md: about 5,000 OT hours a year,
 * ~96 clinical hours a week, about 4.3 FTE at ~22 productive hours each; reviews follow from the
 * caseload (one per person per 12 weeks); assessment time is 2.5 h per booked slot.
 */
class BaselineArithmeticTest {

    @Test
    void otLoadMatchesTheBriefsArithmetic() {
        Scenario s = Scenarios.bundled("reconnect-baseline").scenario();
        ReplicationModel model = Simulator.model(s, null);
        Summary summary = Simulator.summarise(model, 8, Replications.of(20), 2, Progress.NONE);
        int whole = model.periods().wholeIndex();
        int county = model.alliances().size();
        double years = model.periods().all().get(whole).days() / 365.25;

        double otHoursPerYear = summary.estimate(whole, county, Metric.OT_HOURS).mean() / years;
        double perFte = s.workforce().ot().productiveHoursPerFte();
        assertThat(perFte).isCloseTo(22.3, within(0.1));
        assertThat(otHoursPerYear).isBetween(4500.0, 5500.0);
        assertThat(otHoursPerYear / (365.25 / 7) / perFte).as("FTE of OT load").isBetween(4.0, 4.6);

        double slots = summary.estimate(whole, county, Metric.OT_ASSESSMENT_HOURS).mean() / 2.5;
        double assessed = summary.estimate(whole, county, Metric.FIRST_ASSESSMENTS).mean();
        // booked slots = attended + did-not-attend (8 %), give or take people booked at the very end
        assertThat(assessed / slots).isCloseTo(0.92, within(0.02));

        double meanCaseload = 0;
        for (int w = 0; w < summary.weekCount(); w++) {
            meanCaseload += summary.estimate(w, county, WeekMetric.CASELOAD).mean() / summary.weekCount();
        }
        double reviewsPerYear = summary.estimate(whole, county, Metric.REVIEWS).mean() / years;
        // The back-of-envelope ~3,700 is caseload × 52/12 (880 × 4.33). Reviews fall due at 12, 24, ... weeks after a
        // start and none after discharge, so someone staying L weeks gets floor(L/12), about L/12 − 0.5:
        // for new starts (mean 75 weeks) that is 8 % fewer than the continuous figure; people already in
        // service at the start are at a random point of their cycle and get the full rate.
        double continuous = meanCaseload * 365.25 / (12 * 7);
        assertThat(reviewsPerYear / continuous).isBetween(0.90, 1.0);
    }
}
