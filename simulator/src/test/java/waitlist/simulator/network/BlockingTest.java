package waitlist.simulator.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.junit.jupiter.api.Test;

import waitlist.scenarios.Alliance;
import waitlist.scenarios.Demand;
import waitlist.scenarios.Distribution;
import waitlist.scenarios.Horizon;
import waitlist.scenarios.Network;
import waitlist.scenarios.ReportingPeriod;
import waitlist.scenarios.Scenario;
import waitlist.scenarios.Stage;
import waitlist.scenarios.Target;
import waitlist.simulator.Fixtures;
import waitlist.simulator.Progress;
import waitlist.simulator.ReplicationModel;
import waitlist.simulator.Replications;
import waitlist.simulator.Simulator;
import waitlist.simulator.arrivals.Arrivals;
import waitlist.simulator.random.RandomStreams;
import waitlist.simulator.results.Metric;
import waitlist.simulator.results.ReplicationResult;
import waitlist.simulator.results.StageMetric;
import waitlist.simulator.results.Summary;
import waitlist.simulator.stats.Estimate;

/**
 * Blocking: a stage that keeps its place after its own work until a later stage starts
 * ({@code holdsUntil}). Hand-worked cases with fixed times first, then two closed forms: a place
 * held for an exponential service plus an exponential onward delay is an M/G/1 queue on the sum
 * (Pollaczek–Khinchine), and two single-server stations in tandem with no room between them is a
 * small Markov chain, solved here exactly.
 */
class BlockingTest {

    private static final Distribution NONE = new Distribution.Fixed(0);

    private static Distribution fixed(double days) {
        return new Distribution.Fixed(days);
    }

    /** Reablement R (one place, 3 days, held until onward care D starts); assessment A (2 days) and sourcing S (4 days, one place). */
    private static Map<String, Stage> reablement(boolean concurrent, boolean hold, double exitShare) {
        Map<String, Stage> stages = new LinkedHashMap<>();
        stages.put("R", new Stage(null, null, 1, null, fixed(3), hold ? "D" : null, exitShare));
        stages.put("A", Stage.of(List.of("R"), 5, fixed(2)));
        stages.put("S", Stage.of(List.of(concurrent ? "R" : "A"), 1, fixed(4)));
        stages.put("D", new Stage(List.of(concurrent ? "A" : "S", "S"), null, null, null, NONE, null, 0));
        return stages;
    }

    private static ReplicationResult runFixed(Map<String, Stage> stages, double... arrivals) {
        Scenario s = oneAlliance(stages, "R", 4);
        return new NetworkModel(s, (a, rates, rng) -> Arrivals.fixed(arrivals)).run(new RandomStreams(1, 0));
    }

    private static Scenario oneAlliance(Map<String, Stage> stages, String clock, int weeks) {
        return new Scenario("blocking", "test", new Horizon(Fixtures.MONDAY, weeks, 0), new Target(7, 0.95, ReportingPeriod.YEAR),
                List.of(new Alliance("county", "County")), new Demand(365.25, Map.of("county", 1.0), null, 0, null),
                null, new Network(stages, clock), null, null, null);
    }

    /** A whole-horizon stage value from one replication of a model with {@code stages} stages and {@code alliances} alliances. */
    private static double stage(ReplicationResult r, int alliances, int stages, int area, int stage, StageMetric m) {
        int areas = alliances + 1;
        int whole = r.stageValues().length / (areas * stages * StageMetric.values().length) - 1;
        return r.stageValues()[((whole * areas + area) * stages + stage) * StageMetric.values().length + m.ordinal()];
    }

    private static double county(ReplicationResult r, int stage, StageMetric m) {
        return stage(r, 1, 4, 1, stage, m);
    }

    private static double metric(ReplicationResult r, Metric m) {
        int whole = r.periodValues().length / (2 * Metric.values().length) - 1;
        return r.periodValues()[(whole * 2 + 1) * Metric.values().length + m.ordinal()];
    }

    @Test
    void aHeldPlaceIsFreedOnlyWhenOnwardCareStarts() {
        // Concurrent, held. Person 1 (day 0): R 0-3, then A 3-5 and S 3-7 together, D at 7: R freed at 7,
        // a stay of 7 days of which 4 held. Person 2 (day 1) waits for R's one place until 7: R 7-10,
        // A 10-12, S 10-14, D at 14: stay 7, held 4, waited 6. Horizon 28 days.
        ReplicationResult r = runFixed(reablement(true, true, 0), 0, 1);
        assertThat(county(r, 0, StageMetric.STARTED)).isEqualTo(2);
        assertThat(county(r, 0, StageMetric.COMPLETED)).isEqualTo(2);
        assertThat(county(r, 0, StageMetric.LENGTH_OF_STAY_MEAN)).isEqualTo(7);
        assertThat(county(r, 0, StageMetric.HELD)).isEqualTo(2);
        assertThat(county(r, 0, StageMetric.HELD_MEAN)).isEqualTo(4);
        assertThat(county(r, 0, StageMetric.QUEUE_WAIT_MEAN)).isEqualTo(3);
        // the place is in use 14 of 28 days, 8 of them held; one person waits for it from day 1 to 7
        assertThat(county(r, 0, StageMetric.OCCUPANCY)).isCloseTo(14.0 / 28, offset(1e-12));
        assertThat(county(r, 0, StageMetric.HELD_PLACES_MEAN)).isCloseTo(8.0 / 28, offset(1e-12));
        assertThat(county(r, 0, StageMetric.UTILISATION)).isCloseTo(6.0 / 28, offset(1e-12));
        assertThat(county(r, 0, StageMetric.QUEUE_MEAN)).isCloseTo(6.0 / 28, offset(1e-12));
        assertThat(county(r, 0, StageMetric.CAPACITY_PER_YEAR)).isCloseTo(365.25 / 7, offset(1e-9));
        assertThat(county(r, 0, StageMetric.COMPLETED_PER_YEAR)).isCloseTo(2 * 365.25 / 28, offset(1e-9));
        // the clock stops at R: waits 0 and 6
        assertThat(metric(r, Metric.WAIT_MEAN)).isEqualTo(3);
        assertThat(metric(r, Metric.DISCHARGES)).isEqualTo(2);
        // sourcing's one place: person 2 is ready at 10, when it is free
        assertThat(county(r, 2, StageMetric.QUEUE_WAIT_MEAN)).isZero();
    }

    @Test
    void inSeriesThePlaceIsHeldLongerAndTheNextPersonWaitsLonger() {
        // Series, held. Person 1: R 0-3, A 3-5, S 5-9, D at 9: stay 9, held 6. Person 2 waits until 9:
        // R 9-12, A 12-14, S 14-18, D at 18: stay 9, waited 8.
        ReplicationResult r = runFixed(reablement(false, true, 0), 0, 1);
        assertThat(county(r, 0, StageMetric.LENGTH_OF_STAY_MEAN)).isEqualTo(9);
        assertThat(county(r, 0, StageMetric.HELD_MEAN)).isEqualTo(6);
        assertThat(county(r, 0, StageMetric.QUEUE_WAIT_MEAN)).isEqualTo(4);
        assertThat(county(r, 0, StageMetric.OCCUPANCY)).isCloseTo(18.0 / 28, offset(1e-12));
        assertThat(metric(r, Metric.WAIT_MAX)).isEqualTo(8);
    }

    @Test
    void withoutHoldingThePlaceIsFreedWhenItsOwnWorkEnds() {
        // Person 1: R 0-3; person 2 starts R at 3 (waited 2): every stay is 3 days, nothing held.
        ReplicationResult r = runFixed(reablement(false, false, 0), 0, 1);
        assertThat(county(r, 0, StageMetric.LENGTH_OF_STAY_MEAN)).isEqualTo(3);
        assertThat(county(r, 0, StageMetric.HELD)).isZero();
        assertThat(county(r, 0, StageMetric.HELD_MEAN)).isNaN();
        assertThat(county(r, 0, StageMetric.QUEUE_WAIT_MEAN)).isEqualTo(1);
    }

    @Test
    void someoneWhoLeavesAfterTheStageFreesTheHeldPlaceAtOnce() {
        // exitShare 1: nobody needs onward care; A, S and D are skipped, R is freed at 3 and 6.
        ReplicationResult r = runFixed(reablement(true, true, 1.0), 0, 1);
        assertThat(county(r, 0, StageMetric.LENGTH_OF_STAY_MEAN)).isEqualTo(3);
        assertThat(county(r, 0, StageMetric.HELD)).isZero();
        assertThat(county(r, 1, StageMetric.STARTED)).isZero();
        assertThat(county(r, 3, StageMetric.STARTED)).isZero();
        assertThat(metric(r, Metric.DISCHARGES)).isEqualTo(2);
        // referred 0 and 1, discharged 3 and 6
        assertThat(metric(r, Metric.FLOW_MEAN)).isEqualTo(4);
    }

    @Test
    void eachAllianceFollowsItsOwnOrderAndUsesItsOwnPlaces() {
        // "mid" trials the concurrent order, "north" keeps the series; one reablement place each, one
        // person each on day 0. Mid: stay 7 (as above); north: stay 9. Sourcing is one county-wide place:
        // mid takes it 3-7, north is ready at 5 and waits until 7: S 7-11, D at 11, north's stay 11.
        Map<String, Stage> stages = new LinkedHashMap<>();
        stages.put("R", new Stage(null, null, null, Map.of("mid", 1, "north", 1), fixed(3), "D", 0));
        stages.put("A", Stage.of(List.of("R"), 5, fixed(2)));
        stages.put("S", new Stage(List.of("A"), Map.of("mid", List.of("R")), 1, null, fixed(4), null, 0));
        stages.put("D", new Stage(List.of("S"), Map.of("mid", List.of("A", "S")), null, null, NONE, null, 0));
        Scenario s = new Scenario("trial", "test", new Horizon(Fixtures.MONDAY, 4, 0), new Target(7, 0.95, ReportingPeriod.YEAR),
                List.of(new Alliance("mid", "Mid"), new Alliance("north", "North")),
                new Demand(365.25, Map.of("mid", 0.5, "north", 0.5), null, 0, null), null, new Network(stages, "R"), null, null, null);
        ReplicationResult r = new NetworkModel(s, (a, rates, rng) -> Arrivals.fixed(0)).run(new RandomStreams(1, 0));
        assertThat(stage(r, 2, 4, 0, 0, StageMetric.LENGTH_OF_STAY_MEAN)).isEqualTo(7);
        assertThat(stage(r, 2, 4, 1, 0, StageMetric.LENGTH_OF_STAY_MEAN)).isEqualTo(11);
        assertThat(stage(r, 2, 4, 1, 2, StageMetric.QUEUE_WAIT_MEAN)).isEqualTo(2);
        // each alliance's occupancy is of its own place; the county's of both
        assertThat(stage(r, 2, 4, 0, 0, StageMetric.OCCUPANCY)).isCloseTo(7.0 / 28, offset(1e-12));
        assertThat(stage(r, 2, 4, 1, 0, StageMetric.OCCUPANCY)).isCloseTo(11.0 / 28, offset(1e-12));
        assertThat(stage(r, 2, 4, 2, 0, StageMetric.OCCUPANCY)).isCloseTo(18.0 / 56, offset(1e-12));
        // a county-wide pool has no per-alliance occupancy, only the county's
        assertThat(stage(r, 2, 4, 0, 2, StageMetric.OCCUPANCY)).isNaN();
        assertThat(stage(r, 2, 4, 2, 2, StageMetric.OCCUPANCY)).isCloseTo(8.0 / 28, offset(1e-12));
    }

    /**
     * A place held for an exponential service (mean m1) and then for an exponential onward delay (mean
     * m2) is, for the queue in front of it, one server with service time T = S1 + S2: M/G/1, whose mean
     * wait is exactly λ E[T²] / (2 (1 − ρ)) with E[T²] = m1² + m2² + (m1 + m2)². With m1 = m2 = 0.5 and
     * λ = 0.8 that is 3.0 days; an M/M/1 with the same mean (forgetting that T is less variable) would
     * say 4.0, and a model that freed the place after S1 would say 0.33.
     */
    @Test
    void aPlaceHeldForServicePlusOnwardDelayIsAnMg1QueueOnTheSum() {
        double lambda = 0.8;
        double m1 = 0.5;
        double m2 = 0.5;
        Map<String, Stage> stages = new LinkedHashMap<>();
        stages.put("R", new Stage(null, null, 1, null, new Distribution.Exponential(m1), "D", 0));
        stages.put("B", new Stage(List.of("R"), null, null, null, new Distribution.Exponential(m2), null, 0));
        stages.put("D", new Stage(List.of("B"), null, null, null, NONE, null, 0));
        Scenario s = Fixtures.network(new ArrayList<>(stages.entrySet()), "R", lambda, 780, 52, 7);
        ReplicationModel model = Simulator.model(s, null);
        Summary summary = Simulator.summarise(model, 20261201L, Replications.of(40), 2, Progress.NONE);
        int whole = model.periods().wholeIndex();

        double rho = lambda * (m1 + m2);
        double expectedWait = lambda * (m1 * m1 + m2 * m2 + (m1 + m2) * (m1 + m2)) / (2 * (1 - rho));
        assertThat(expectedWait).isCloseTo(3.0, offset(1e-12));
        Estimate wait = summary.estimate(whole, 1, Metric.WAIT_MEAN);
        assertThat(wait.halfWidth()).as("CI precise enough to tell 3.0 from 4.0").isLessThan(0.25);
        assertWithin(wait, expectedWait, 0.03 * expectedWait, "mean wait for the place");
        assertWithin(summary.estimate(whole, 1, 0, StageMetric.QUEUE_WAIT_MEAN), expectedWait, 0.03 * expectedWait, "stage queue wait");
        assertWithin(summary.estimate(whole, 1, 0, StageMetric.OCCUPANCY), rho, 0.005, "occupancy, held included");
        assertWithin(summary.estimate(whole, 1, 0, StageMetric.UTILISATION), lambda * m1, 0.005, "utilisation, held excluded");
        assertWithin(summary.estimate(whole, 1, 0, StageMetric.HELD_PLACES_MEAN), lambda * m2, 0.005, "places held");
        assertWithin(summary.estimate(whole, 1, 0, StageMetric.LENGTH_OF_STAY_MEAN), m1 + m2, 0.01, "length of stay");
        assertWithin(summary.estimate(whole, 1, 0, StageMetric.HELD_MEAN), m2, 0.01, "days held");
        assertWithin(summary.estimate(whole, 1, 0, StageMetric.QUEUE_MEAN), lambda * expectedWait, 0.03 * lambda * expectedWait,
                "people waiting (Little)");
    }

    /**
     * Two one-place stations in tandem with no room between them (blocking after service): station 1's
     * place is held until station 2 can start. With Poisson arrivals (λ) and exponential services (μ1, μ2)
     * the state (people queued for station 1, station 1 idle/working/blocked, station 2 idle/working) is a
     * Markov chain, truncated at 150 queued and solved exactly with commons-math3. Station 1's occupancy,
     * its blocked share, the mean queue and the mean wait for a place must match it.
     */
    @Test
    void twoStationTandemWithBlockingMatchesItsMarkovChain() {
        double lambda = 0.5;
        double mu1 = 1.0;
        double mu2 = 1.25;
        TandemChain chain = new TandemChain(lambda, mu1, mu2, 150);
        Map<String, Stage> stages = new LinkedHashMap<>();
        stages.put("one", new Stage(null, null, 1, null, new Distribution.Exponential(1 / mu1), "two", 0));
        stages.put("two", new Stage(List.of("one"), null, 1, null, new Distribution.Exponential(1 / mu2), null, 0));
        Scenario s = Fixtures.network(new ArrayList<>(stages.entrySet()), "one", lambda, 780, 52, 7);
        ReplicationModel model = Simulator.model(s, null);
        Summary summary = Simulator.summarise(model, 20261202L, Replications.of(40), 2, Progress.NONE);
        int whole = model.periods().wholeIndex();

        assertWithin(summary.estimate(whole, 1, 0, StageMetric.OCCUPANCY), chain.stationOneOccupied(), 0.005, "station 1 occupied");
        assertWithin(summary.estimate(whole, 1, 0, StageMetric.HELD_PLACES_MEAN), chain.stationOneBlocked(), 0.003, "station 1 blocked");
        assertWithin(summary.estimate(whole, 1, 1, StageMetric.OCCUPANCY), chain.stationTwoBusy(), 0.005, "station 2 busy");
        double queue = chain.meanQueued();
        assertWithin(summary.estimate(whole, 1, 0, StageMetric.QUEUE_MEAN), queue, 0.03 * queue, "people waiting for station 1");
        assertWithin(summary.estimate(whole, 1, Metric.WAIT_MEAN), queue / lambda, 0.03 * queue / lambda, "wait for station 1");
        // blocking matters here: without it station 1 would be occupied λ/μ1 = 0.5 of the time
        assertThat(chain.stationOneOccupied()).isGreaterThan(0.55);
    }

    /**
     * Capacity with blocking: two one-place stations (exponential, mean 1 day each) with no room between
     * them and station 1 never short of work (far more referrals than it can take). The line's throughput
     * is μ1 μ2 (μ1 + μ2) / (μ1² + μ1 μ2 + μ2²) = 2/3 a day, not the 1 a day each station could do alone;
     * station 1's "could take a year" (places × 365.25 / mean stay, its stay including the days blocked)
     * must say the same, and so must the people leaving each station a year.
     */
    @Test
    void aSaturatedTandemLineTakesTwoThirdsOfWhatOneStationCouldAndTheCapacityFigureSaysSo() {
        Map<String, Stage> stages = new LinkedHashMap<>();
        stages.put("one", new Stage(null, null, 1, null, new Distribution.Exponential(1), "two", 0));
        stages.put("two", new Stage(List.of("one"), null, 1, null, new Distribution.Exponential(1), null, 0));
        Scenario s = Fixtures.network(new ArrayList<>(stages.entrySet()), "one", 2.0, 156, 4, 7);
        ReplicationModel model = Simulator.model(s, null);
        Summary summary = Simulator.summarise(model, 20261203L, Replications.of(20), 2, Progress.NONE);
        int whole = model.periods().wholeIndex();
        double perYear = 2.0 / 3 * 365.25;
        assertWithin(summary.estimate(whole, 1, 0, StageMetric.CAPACITY_PER_YEAR), perYear, 0.01 * perYear, "station 1 could take a year");
        assertWithin(summary.estimate(whole, 1, 0, StageMetric.COMPLETED_PER_YEAR), perYear, 0.01 * perYear, "left station 1 a year");
        assertWithin(summary.estimate(whole, 1, 1, StageMetric.COMPLETED_PER_YEAR), perYear, 0.01 * perYear, "left station 2 a year");
        assertWithin(summary.estimate(whole, 1, 0, StageMetric.OCCUPANCY), 1.0, 0.001, "station 1 never idle");
        assertThat(summary.estimate(whole, 1, 0, StageMetric.OCCUPANCY).high()).as("a share of places, at most 1").isLessThanOrEqualTo(1.0);
        // blocked a third of the time: the chain's state (blocked, working) has probability 1/3
        assertWithin(summary.estimate(whole, 1, 0, StageMetric.HELD_PLACES_MEAN), 1.0 / 3, 0.005, "station 1 blocked");
    }

    /** The tandem line's Markov chain: states (n queued, station 1 I/W/B, station 2 I/W), π Q = 0, Σπ = 1. */
    static final class TandemChain {
        private static final int IDLE = 0;
        private static final int WORKING = 1;
        private static final int BLOCKED = 2;
        private final Map<List<Integer>, Integer> index = new HashMap<>();
        private final List<int[]> states = new ArrayList<>();
        private final double[] pi;

        TandemChain(double lambda, double mu1, double mu2, int maxQueued) {
            add(0, IDLE, IDLE);
            add(0, IDLE, WORKING);
            for (int n = 0; n <= maxQueued; n++) {
                add(n, WORKING, IDLE);
                add(n, WORKING, WORKING);
                add(n, BLOCKED, WORKING);
            }
            int size = states.size();
            double[][] q = new double[size][size];
            for (int i = 0; i < size; i++) {
                int n = states.get(i)[0];
                int one = states.get(i)[1];
                int two = states.get(i)[2];
                if (one == IDLE) {
                    rate(q, i, state(0, WORKING, two), lambda);
                } else if (n < maxQueued) {
                    rate(q, i, state(n + 1, one, two), lambda);
                }
                if (one == WORKING) {
                    // station 1 done: on to station 2 if it is free (station 1 takes the next), else blocked
                    rate(q, i, two == IDLE ? next(n, WORKING) : state(n, BLOCKED, WORKING), mu1);
                }
                if (two == WORKING) {
                    // station 2 done: a blocked person moves in and frees station 1
                    rate(q, i, one == BLOCKED ? next(n, WORKING) : state(n, one, IDLE), mu2);
                }
            }
            // π Q = 0 with one balance equation replaced by Σπ = 1
            RealMatrix a = new Array2DRowRealMatrix(q).transpose();
            for (int j = 0; j < size; j++) {
                a.setEntry(size - 1, j, 1);
            }
            RealVector b = new ArrayRealVector(size);
            b.setEntry(size - 1, 1);
            pi = new LUDecomposition(a).getSolver().solve(b).toArray();
        }

        /** Station 1 takes the next queued person (if any) while station 2 is in state {@code two}. */
        private int next(int n, int two) {
            return n > 0 ? state(n - 1, WORKING, two) : state(0, IDLE, two);
        }

        private void add(int n, int one, int two) {
            index.put(List.of(n, one, two), states.size());
            states.add(new int[] {n, one, two});
        }

        private int state(int n, int one, int two) {
            return index.get(List.of(n, one, two));
        }

        private static void rate(double[][] q, int from, int to, double rate) {
            q[from][to] += rate;
            q[from][from] -= rate;
        }

        double stationOneOccupied() {
            return sum(s -> s[1] != IDLE);
        }

        double stationOneBlocked() {
            return sum(s -> s[1] == BLOCKED);
        }

        double stationTwoBusy() {
            return sum(s -> s[2] == WORKING);
        }

        double meanQueued() {
            double total = 0;
            for (int i = 0; i < pi.length; i++) {
                total += pi[i] * states.get(i)[0];
            }
            return total;
        }

        private double sum(java.util.function.Predicate<int[]> which) {
            double total = 0;
            for (int i = 0; i < pi.length; i++) {
                if (which.test(states.get(i))) {
                    total += pi[i];
                }
            }
            return total;
        }
    }

    static void assertWithin(Estimate e, double theory, double tolerance, String what) {
        assertThat(theory)
                .as("%s: theory %.4f vs simulated %.4f (95%% CI %.4f-%.4f, n=%d)", what, theory, e.mean(), e.low(), e.high(), e.n())
                .isBetween(e.low() - tolerance, e.high() + tolerance);
    }
}
