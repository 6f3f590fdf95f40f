package waitlist.simulator.random;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import waitlist.scenarios.ReportingPeriod;
import waitlist.scenarios.Scenario;
import waitlist.simulator.Fixtures;
import waitlist.simulator.ReplicationModel;
import waitlist.simulator.Simulator;
import waitlist.simulator.Variants;
import waitlist.simulator.results.Metric;
import waitlist.simulator.results.ReplicationResult;

/**
 * Two scenarios run with the same seed share random numbers person by person: a referral's fate is drawn from a stream keyed
 * by who they are, so a change of staffing changes when people are seen, not who is referred or what happens to them.
 */
class CommonRandomNumbersTest {

    @TempDir
    Path dir;

    private static final String MID_PLUS_POINT_TWO = """
            "workforce": {"ot": {"fte": {"value": [
              {"from": "2027-01-04", "alliance": "south-east", "fte": 1.05}, {"from": "2027-01-04", "alliance": "south-west", "fte": 1.05},
              {"from": "2027-01-04", "alliance": "mid", "fte": 1.3}, {"from": "2027-01-04", "alliance": "north-east", "fte": 1.05},
              {"from": "2027-01-04", "alliance": "west", "fte": 0.75}]}}}""";

    private static double value(ReplicationModel model, ReplicationResult r, int period, int area, Metric m) {
        int areas = model.alliances().size() + 1;
        return r.periodValues()[(period * areas + area) * Metric.values().length + m.ordinal()];
    }

    @Test
    void anAllianceWhoseInputsDidNotChangeGetsIdenticalResultsWhenAnotherAlliancesStaffingChanges() {
        Scenario base = Variants.of("reconnect-baseline", "\"description\": \"as bundled\"", dir);
        Scenario more = Variants.of("reconnect-baseline", MID_PLUS_POINT_TWO, dir);
        ReplicationModel a = Simulator.model(base, null);
        ReplicationModel b = Simulator.model(more, null);
        int mid = base.alliances().indexOf(base.alliance("mid"));
        boolean midChanged = false;
        for (int rep = 0; rep < 20; rep++) {
            ReplicationResult ra = a.run(new RandomStreams(5, rep));
            ReplicationResult rb = b.run(new RandomStreams(5, rep));
            for (int area = 0; area < base.alliances().size(); area++) {
                for (int p = 0; p < a.periods().count(); p++) {
                    for (Metric m : Metric.values()) {
                        double x = value(a, ra, p, area, m);
                        double y = value(b, rb, p, area, m);
                        if (area == mid) {
                            midChanged |= Double.compare(x, y) != 0;
                        } else {
                            assertThat(Double.compare(x, y)).as("replication %d, %s, period %d, %s: %s vs %s", rep,
                                    base.alliances().get(area).id(), p, m, x, y).isZero();
                        }
                    }
                }
            }
        }
        assertThat(midChanged).as("the changed alliance did change").isTrue();
    }

    /**
     * With shared random numbers the paired difference is far less noisy than two independent runs would be:
     * Var(B - A) = Var(A) + Var(B) - 2 Cov(A, B), at most a quarter of Var(A) + Var(B) (independent runs give the whole sum).
     * The bound only means something when both arms vary: +0.2 FTE on a one-FTE alliance such as Mid Essex takes it from
     * near its critical load (attainment swinging by 15 points between replications) to nearly always 100 %, and then
     * Var(B - A) is Var(A) whatever the random numbers. So the alliance here is eight times Mid's size (1,500 referrals a
     * year, one alliance, no pooling) and both arms are near its critical load: 8.0 and 8.2 OT FTE.
     */
    @Test
    void aStaffingChangeInOneAllianceIsMeasuredWithLittleNoise() {
        ReplicationModel a = Simulator.model(Fixtures.pathway(largeAlliance(8.0)), null);
        ReplicationModel b = Simulator.model(Fixtures.pathway(largeAlliance(8.2)), null);
        int whole = a.periods().wholeIndex();
        int n = 300;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] d = new double[n];
        for (int rep = 0; rep < n; rep++) {
            x[rep] = value(a, a.run(new RandomStreams(9, rep)), whole, 0, Metric.ATTAINMENT);
            y[rep] = value(b, b.run(new RandomStreams(9, rep)), whole, 0, Metric.ATTAINMENT);
            d[rep] = y[rep] - x[rep];
        }
        double varA = variance(x);
        double varB = variance(y);
        assertThat(Math.min(varA, varB)).as("both arms vary between replications").isGreaterThan(0.01);
        assertThat(variance(d)).isLessThanOrEqualTo((varA + varB) / 4);
    }

    private static Fixtures.PathwayKnobs largeAlliance(double otFte) {
        Fixtures.PathwayKnobs k = Fixtures.PathwayKnobs.baselineLike();
        return new Fixtures.PathwayKnobs(List.of("large"), 1500, k.redirectedShare(), k.triageDays(), k.dropoutPerWeek(),
                k.urgentShare(), k.contactMinutes(), k.travelMinutes(), k.writeUpMinutes(), k.dnaShare(), k.groupShare(), k.groupSize(),
                k.oneToOneMinutes(), k.oneToOneWeeks(), k.thenGroup(), k.lengthWeeks(), k.reviewIntervalWeeks(), k.reviewMinutes(),
                k.reReferralShare(), otFte, 12, k.pooling(), k.policy(), k.urgentReserved(), List.of(20, 15, 10), 1900, 65, 0, 42,
                ReportingPeriod.QUARTER);
    }

    private static double variance(double[] v) {
        return org.apache.commons.statistics.descriptive.Variance.of(v).getAsDouble();
    }
}
