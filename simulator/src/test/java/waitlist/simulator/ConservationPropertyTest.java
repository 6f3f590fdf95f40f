package waitlist.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import waitlist.scenarios.BookingPolicy;
import waitlist.scenarios.Distribution;
import waitlist.scenarios.Pooling;
import waitlist.scenarios.ReportingPeriod;
import waitlist.scenarios.Scenario;
import waitlist.scenarios.Stage;
import waitlist.simulator.random.RandomStreams;
import waitlist.simulator.results.Metric;
import waitlist.simulator.results.ReplicationResult;

/**
 * (d) Conservation over many randomly generated scenarios. Every replication already runs the
 * census check (each referral in exactly one state; tallies agree with a recount) and throws if it
 * fails; on top of that, the flows in the reported numbers must balance:
 * initially waiting + referrals = redirected + dropouts + first assessments + still waiting, and
 * initially in service + first assessments = discharges + caseload + waiting for a place.
 */
class ConservationPropertyTest {

    private static final int CASES = 150;

    @Test
    void pathwayFlowsBalanceInRandomScenarios() {
        SplittableRandom random = new SplittableRandom(20261122);
        for (int c = 0; c < CASES; c++) {
            Fixtures.PathwayKnobs k = randomKnobs(random);
            Scenario s = Fixtures.pathway(k);
            ReplicationModel model = Simulator.model(s, null);
            ReplicationResult r = model.run(new RandomStreams(random.nextLong(), c));
            int areas = k.alliances().size() + 1;
            int whole = model.periods().wholeIndex();
            for (int a = 0; a < areas; a++) {
                double[] v = slice(r, whole, a, areas);
                int allianceCount = a == areas - 1 ? k.alliances().size() : 1;
                double initialWaiting = allianceCount * k.waitingByWeeksWaited().stream().mapToInt(Integer::intValue).sum();
                double initialInService = allianceCount * k.inService();
                String where = "case " + c + " " + k + " area " + a;
                assertThat(initialWaiting + v[Metric.REFERRALS.ordinal()])
                        .as(where).isEqualTo(v[Metric.REDIRECTED.ordinal()] + v[Metric.DROPOUTS.ordinal()]
                                + v[Metric.FIRST_ASSESSMENTS.ordinal()] + v[Metric.WAITING_LIST.ordinal()]);
                assertThat(initialInService + v[Metric.FIRST_ASSESSMENTS.ordinal()])
                        .as(where).isEqualTo(v[Metric.DISCHARGES.ordinal()] + v[Metric.CASELOAD.ordinal()]
                                + v[Metric.AWAITING_PLACE.ordinal()]);
            }
        }
    }

    @Test
    void networkFlowsBalanceInRandomForkJoinNetworks() {
        SplittableRandom random = new SplittableRandom(7);
        for (int c = 0; c < CASES; c++) {
            int n = 1 + random.nextInt(5);
            List<Stage> stages = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                List<String> after = new ArrayList<>();
                for (int j = 0; j < i; j++) {
                    if (random.nextInt(3) == 0) {
                        after.add("s" + j);
                    }
                }
                stages.add(new Stage("s" + i, after, 1 + random.nextInt(4), randomDistribution(random, 0.2 + 3 * random.nextDouble())));
            }
            String clock = "s" + random.nextInt(n);
            Scenario s = Fixtures.network(stages, clock, 0.2 + 3 * random.nextDouble(), 10 + random.nextInt(60), random.nextInt(5), 7);
            ReplicationModel model = Simulator.model(s, null);
            ReplicationResult r = model.run(new RandomStreams(random.nextLong(), c));
            // with a warm-up, flows before it are not reported, so only check runs without one
            if (s.horizon().warmUpWeeks() == 0) {
                double[] v = slice(r, model.periods().wholeIndex(), 1, 2);
                assertThat(v[Metric.REFERRALS.ordinal()]).as("case %d", c)
                        .isEqualTo(v[Metric.FIRST_ASSESSMENTS.ordinal()] + v[Metric.WAITING_LIST.ordinal()]);
                assertThat(v[Metric.FIRST_ASSESSMENTS.ordinal()]).as("case %d", c)
                        .isEqualTo(v[Metric.DISCHARGES.ordinal()] + v[Metric.CASELOAD.ordinal()]);
            }
        }
    }

    private static double[] slice(ReplicationResult r, int period, int area, int areas) {
        int m = Metric.values().length;
        double[] out = new double[m];
        System.arraycopy(r.periodValues(), (period * areas + area) * m, out, 0, m);
        return out;
    }

    private static Fixtures.PathwayKnobs randomKnobs(SplittableRandom rnd) {
        int nAlliances = 1 + rnd.nextInt(3);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < nAlliances; i++) {
            ids.add("a" + i);
        }
        List<Integer> waiting = new ArrayList<>();
        for (int i = rnd.nextInt(8); i > 0; i--) {
            waiting.add(rnd.nextInt(6));
        }
        return new Fixtures.PathwayKnobs(ids, 20 + rnd.nextInt(1500), rnd.nextDouble() * 0.3, rnd.nextDouble() * 10,
                rnd.nextDouble() * 0.2, rnd.nextDouble() * 0.5, 30 + rnd.nextInt(90), rnd.nextInt(40), rnd.nextInt(60),
                rnd.nextDouble() * 0.3, rnd.nextDouble(), 1 + rnd.nextInt(10), 30 + rnd.nextInt(60), 1 + rnd.nextInt(12),
                rnd.nextBoolean(), randomDistribution(rnd, 5 + rnd.nextDouble() * 80), 1 + rnd.nextInt(20), 15 + rnd.nextInt(60),
                rnd.nextDouble() * 0.3, rnd.nextDouble() * 2, rnd.nextDouble() * 2,
                rnd.nextBoolean() ? Pooling.NONE : Pooling.COUNTY,
                rnd.nextBoolean() ? BookingPolicy.FIRST_COME_FIRST_SERVED : BookingPolicy.PRIORITY_FIRST,
                rnd.nextInt(3) == 0 ? rnd.nextDouble() * 0.5 : 0, waiting, rnd.nextInt(200),
                4 + rnd.nextInt(100), 0, 7 * (1 + rnd.nextInt(8)),
                ReportingPeriod.values()[rnd.nextInt(ReportingPeriod.values().length)]);
    }

    private static Distribution randomDistribution(SplittableRandom rnd, double mean) {
        return switch (rnd.nextInt(7)) {
            case 0 -> new Distribution.Fixed(mean);
            case 1 -> new Distribution.Exponential(mean);
            case 2 -> new Distribution.Lognormal(mean, mean * rnd.nextDouble());
            case 3 -> new Distribution.Gamma(0.5 + rnd.nextDouble() * 4, mean / 2);
            case 4 -> new Distribution.Triangular(0, mean, 2 * mean);
            case 5 -> new Distribution.Uniform(mean / 2, mean * 1.5);
            default -> new Distribution.Empirical(List.of(mean / 2, mean, mean * 2), List.of(1.0, 2.0, 1.0));
        };
    }
}
