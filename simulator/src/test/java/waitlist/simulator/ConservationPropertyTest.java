package waitlist.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import waitlist.scenarios.Alliance;
import waitlist.scenarios.BookingPolicy;
import waitlist.scenarios.Demand;
import waitlist.scenarios.Distribution;
import waitlist.scenarios.Horizon;
import waitlist.scenarios.Network;
import waitlist.scenarios.Pooling;
import waitlist.scenarios.ReportingPeriod;
import waitlist.scenarios.Scenario;
import waitlist.scenarios.ScenarioCheck;
import waitlist.scenarios.Stage;
import waitlist.scenarios.StageGraph;
import waitlist.scenarios.Target;
import waitlist.simulator.random.RandomStreams;
import waitlist.simulator.results.Metric;
import waitlist.simulator.results.ReplicationResult;
import waitlist.simulator.results.StageMetric;

/**
 * (d) Conservation over many randomly generated scenarios. Every replication already runs the
 * census check (each referral in exactly one state; tallies agree with a recount) and throws if it
 * fails; on top of that, the flows in the reported numbers must balance:
 * initially waiting + referrals = redirected + dropouts + first assessments + still waiting, and
 * initially in service + first assessments = discharges + caseload + waiting for a place.
 * Random stage networks also mix blocking, early leaving, per-alliance orders and pools, and every
 * stage's occupancy must stay within its places.
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
    void networkFlowsBalanceInRandomForkJoinNetworksWithBlockingAndRouting() {
        SplittableRandom random = new SplittableRandom(7);
        int withHolds = 0;
        int withExits = 0;
        for (int c = 0; c < CASES; c++) {
            Scenario s = randomNetwork(random);
            List<String> findings = new ArrayList<>();
            new ScenarioCheck().check(s, (pointer, message) -> findings.add(pointer + ": " + message));
            assertThat(findings).as("case %d is valid by construction", c).isEmpty();
            withHolds += s.network().stages().values().stream().anyMatch(st -> st.holdsUntil() != null) ? 1 : 0;
            withExits += s.network().stages().values().stream().anyMatch(st -> st.exitShare() > 0) ? 1 : 0;
            ReplicationModel model = Simulator.model(s, null);
            // every replication also checks its own books: everyone in one state, every pool's places and queue add up
            ReplicationResult r = model.run(new RandomStreams(random.nextLong(), c));
            int areas = s.alliances().size() + 1;
            int whole = model.periods().wholeIndex();
            for (int a = 0; a < areas; a++) {
                double[] v = slice(r, whole, a, areas);
                // with a warm-up, flows before it are not reported, so only check runs without one
                if (s.horizon().warmUpWeeks() == 0) {
                    assertThat(v[Metric.REFERRALS.ordinal()]).as("case %d area %d", c, a)
                            .isEqualTo(v[Metric.FIRST_ASSESSMENTS.ordinal()] + v[Metric.WAITING_LIST.ordinal()]);
                    assertThat(v[Metric.FIRST_ASSESSMENTS.ordinal()]).as("case %d area %d", c, a)
                            .isEqualTo(v[Metric.DISCHARGES.ordinal()] + v[Metric.CASELOAD.ordinal()]);
                }
                for (int st = 0; st < s.network().stages().size(); st++) {
                    double occupancy = stageValue(r, model, whole, a, st, StageMetric.OCCUPANCY);
                    double utilisation = stageValue(r, model, whole, a, st, StageMetric.UTILISATION);
                    String where = "case " + c + " area " + a + " stage " + st + " " + s.network();
                    if (!Double.isNaN(occupancy)) {
                        assertThat(occupancy).as(where).isBetween(0.0, 1 + 1e-9);
                        assertThat(utilisation).as(where).isBetween(-1e-9, occupancy + 1e-9);
                    }
                    assertThat(stageValue(r, model, whole, a, st, StageMetric.HELD_PLACES_MEAN)).as(where)
                            .isLessThanOrEqualTo(stageValue(r, model, whole, a, st, StageMetric.OCCUPIED_MEAN) + 1e-9);
                    assertThat(stageValue(r, model, whole, a, st, StageMetric.COMPLETED)).as(where)
                            .isLessThanOrEqualTo(stageValue(r, model, whole, a, st, StageMetric.STARTED)
                                    + (s.horizon().warmUpWeeks() > 0 ? Double.POSITIVE_INFINITY : 0));
                }
            }
        }
        assertThat(withHolds).as("cases with blocking").isGreaterThan(CASES / 4);
        assertThat(withExits).as("cases with people leaving early").isGreaterThan(CASES / 4);
    }

    /** A random valid network: a DAG per alliance (some alliances reorder stages), random pools, holds downstream, exits after the clock. */
    private static Scenario randomNetwork(SplittableRandom random) {
        int nAlliances = 1 + random.nextInt(3);
        List<Alliance> alliances = new ArrayList<>();
        Map<String, Double> shares = new LinkedHashMap<>();
        for (int i = 0; i < nAlliances; i++) {
            alliances.add(new Alliance("a" + i, "Alliance " + i));
            shares.put("a" + i, 1.0 / nAlliances);
        }
        int n = 1 + random.nextInt(5);
        Map<String, Stage> stages = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            List<String> after = earlier(random, i);
            Map<String, List<String>> byAlliance = null;
            if (i > 0 && nAlliances > 1 && random.nextInt(4) == 0) {
                byAlliance = Map.of("a" + random.nextInt(nAlliances), earlier(random, i));
            }
            Integer servers = null;
            Map<String, Integer> byAllianceServers = null;
            switch (random.nextInt(5)) {
                case 0 -> { }
                case 1, 2 -> servers = 1 + random.nextInt(4);
                default -> {
                    byAllianceServers = new LinkedHashMap<>();
                    for (Alliance a : alliances) {
                        byAllianceServers.put(a.id(), 1 + random.nextInt(3));
                    }
                }
            }
            stages.put("s" + i, new Stage(after, byAlliance, servers, byAllianceServers,
                    randomDistribution(random, 0.2 + 3 * random.nextDouble()), null, 0));
        }
        String clock = "s" + random.nextInt(n);
        Network draft = new Network(stages, clock);
        List<StageGraph> graphs = alliances.stream().map(a -> StageGraph.of(draft, a.id())).toList();
        Map<String, Stage> withRules = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            Stage stage = stages.get("s" + i);
            int from = i;
            List<Integer> holdable = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                int to = j;
                if (graphs.stream().allMatch(g -> g.downstream(from)[to])) {
                    holdable.add(j);
                }
            }
            if (!holdable.isEmpty() && random.nextInt(2) == 0) {
                stage = stage.withHoldsUntil("s" + holdable.get(random.nextInt(holdable.size())));
            }
            int clockIndex = Integer.parseInt(clock.substring(1));
            if (graphs.stream().noneMatch(g -> g.downstream(from)[clockIndex]) && random.nextInt(2) == 0) {
                stage = stage.withExitShare(random.nextDouble());
            }
            withRules.put("s" + i, stage);
        }
        return new Scenario("network", "test", new Horizon(Fixtures.MONDAY, 10 + random.nextInt(60), random.nextInt(5)),
                new Target(7, 0.95, ReportingPeriod.values()[random.nextInt(ReportingPeriod.values().length)]), alliances,
                new Demand(365.25 * (0.2 + 3 * random.nextDouble()), shares, null, 0, null),
                null, new Network(withRules, clock), null, null, null);
    }

    /** A random subset of the stages before stage i. */
    private static List<String> earlier(SplittableRandom random, int i) {
        List<String> after = new ArrayList<>();
        for (int j = 0; j < i; j++) {
            if (random.nextInt(3) == 0) {
                after.add("s" + j);
            }
        }
        return after;
    }

    private static double stageValue(ReplicationResult r, ReplicationModel model, int period, int area, int stage, StageMetric m) {
        int areas = model.alliances().size() + 1;
        int stages = model.stageIds().size();
        return r.stageValues()[((period * areas + area) * stages + stage) * StageMetric.values().length + m.ordinal()];
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
