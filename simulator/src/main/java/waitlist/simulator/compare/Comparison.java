package waitlist.simulator.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import waitlist.scenarios.Scenario;
import waitlist.simulator.Progress;
import waitlist.simulator.ReplicationModel;
import waitlist.simulator.ReplicationRunner;
import waitlist.simulator.Replications;
import waitlist.simulator.random.RandomStreams;
import waitlist.simulator.results.Metric;
import waitlist.simulator.results.Period;
import waitlist.simulator.results.ReplicationResult;
import waitlist.simulator.results.SimulationResult;
import waitlist.simulator.results.Summary;
import waitlist.simulator.stats.ConfidenceIntervals;
import waitlist.simulator.stats.Estimate;
import waitlist.simulator.stats.RunningStat;

/**
 * Runs several scenarios on the same random numbers and measures their differences pair by pair: replication i of every
 * arm uses the streams of (seed, i), and since every referral's fate is keyed by who they are, the arms differ only where
 * their inputs do. The paired difference of replication i is then mostly the effect of the change, not noise, and its
 * interval is far narrower than that of two independent runs.
 *
 * <p>"auto" runs at least {@link Replications#AUTO_MIN} and adds {@link Replications#AUTO_BATCH} at a time until, for
 * every arm, period and area they share, the difference in attainment either excludes zero or is known to within
 * {@value #AUTO_HALF_WIDTH} (one percentage point), or the cap is reached.
 */
public final class Comparison {

    public static final double AUTO_HALF_WIDTH = 0.01;

    /** One scenario to compare and its model. */
    public record Arm(String label, Scenario scenario, ReplicationModel model) {
    }

    private final List<Arm> arms;
    private final Summary[] summaries;
    /** [arm - 1][arm period][arm area][compared metric]: paired difference and "arm better". */
    private final RunningStat[][][][] difference;
    private final RunningStat[][][][] better;
    /** [arm - 1]: the paired differences of the stages both arms have (stage networks). */
    private final StageDifferences[] stageDifferences;
    /** [arm - 1][arm period] and [arm - 1][arm area]: the first arm's index of the same period / area, or -1. */
    private final int[][] periodPair;
    private final int[][] areaPair;

    private Comparison(List<Arm> arms) {
        if (arms.size() < 2) {
            throw new IllegalArgumentException("a comparison needs at least two scenarios");
        }
        this.arms = List.copyOf(arms);
        this.summaries = new Summary[arms.size()];
        for (int k = 0; k < arms.size(); k++) {
            ReplicationModel m = arms.get(k).model();
            int weeks = m.periods().horizonDays() / 7 - m.periods().firstReportedDay() / 7;
            summaries[k] = new Summary(m.periods().count(), m.alliances().size() + 1, weeks);
        }
        ReplicationModel base = arms.get(0).model();
        int others = arms.size() - 1;
        this.difference = new RunningStat[others][][][];
        this.better = new RunningStat[others][][][];
        this.periodPair = new int[others][];
        this.areaPair = new int[others][];
        this.stageDifferences = new StageDifferences[others];
        for (int k = 1; k < arms.size(); k++) {
            ReplicationModel m = arms.get(k).model();
            periodPair[k - 1] = pairPeriods(m.periods().all(), base.periods().all());
            areaPair[k - 1] = pairAreas(m.alliances(), base.alliances());
            int periods = m.periods().count();
            int areas = m.alliances().size() + 1;
            difference[k - 1] = stats(periods, areas);
            better[k - 1] = stats(periods, areas);
            stageDifferences[k - 1] = new StageDifferences(base, m);
        }
    }

    public static ComparisonResult run(List<Arm> arms, long seed, Replications replications, int threads, Progress progress) {
        Comparison c = new Comparison(arms);
        try (ReplicationRunner runner = new ReplicationRunner(threads)) {
            int done = 0;
            int planned = replications.first();
            while (done < planned) {
                int to = Math.min(planned, done + ReplicationRunner.CHUNK);
                for (ReplicationResult[] paired : runner.run(done, to, i -> c.replicate(seed, i))) {
                    c.add(paired);
                }
                done = to;
                progress.replicationsDone(done, planned);
                if (replications.auto() && done == planned && planned < replications.cap() && !c.settled()) {
                    planned = Math.min(replications.cap(), planned + Replications.AUTO_BATCH);
                }
            }
        }
        return c.result(seed, replications);
    }

    private ReplicationResult[] replicate(long seed, int i) {
        ReplicationResult[] out = new ReplicationResult[arms.size()];
        for (int k = 0; k < arms.size(); k++) {
            out[k] = arms.get(k).model().run(new RandomStreams(seed, i));
        }
        return out;
    }

    private void add(ReplicationResult[] paired) {
        for (int k = 0; k < arms.size(); k++) {
            summaries[k].add(paired[k]);
        }
        double[] base = paired[0].periodValues();
        int baseAreas = arms.get(0).model().alliances().size() + 1;
        int metrics = Metric.values().length;
        for (int k = 1; k < arms.size(); k++) {
            stageDifferences[k - 1].add(paired[0], paired[k]);
            double[] arm = paired[k].periodValues();
            int areas = arms.get(k).model().alliances().size() + 1;
            for (int p = 0; p < periodPair[k - 1].length; p++) {
                int q = periodPair[k - 1][p];
                if (q < 0) {
                    continue;
                }
                for (int a = 0; a < areas; a++) {
                    int b = areaPair[k - 1][a];
                    if (b < 0) {
                        continue;
                    }
                    for (ComparedMetric cm : ComparedMetric.values()) {
                        double x = arm[(p * areas + a) * metrics + cm.metric().ordinal()];
                        double y = base[(q * baseAreas + b) * metrics + cm.metric().ordinal()];
                        difference[k - 1][p][a][cm.ordinal()].add(x - y);
                        better[k - 1][p][a][cm.ordinal()].add(cm.isBetter(x, y));
                    }
                }
            }
        }
    }

    /** Every paired attainment difference excludes zero or is known to within one percentage point. */
    private boolean settled() {
        for (RunningStat[][][] arm : difference) {
            for (RunningStat[][] period : arm) {
                if (period == null) {
                    continue;
                }
                for (RunningStat[] area : period) {
                    RunningStat s = area[ComparedMetric.ATTAINMENT.ordinal()];
                    if (s.count() < 2) {
                        continue;
                    }
                    Estimate e = ConfidenceIntervals.studentT(s);
                    if (e.contains(0) && e.halfWidth() > AUTO_HALF_WIDTH) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private ComparisonResult result(long seed, Replications replications) {
        List<SimulationResult> results = new ArrayList<>();
        for (int k = 0; k < arms.size(); k++) {
            Arm arm = arms.get(k);
            results.add(SimulationResult.of(arm.scenario(), arm.model(), summaries[k], seed, replications));
        }
        List<ComparisonResult.ArmDifference> differences = new ArrayList<>();
        for (int k = 1; k < arms.size(); k++) {
            SimulationResult armResult = results.get(k);
            List<String> areaKeys = new ArrayList<>(armResult.areas().keySet());
            List<Period> periods = arms.get(k).model().periods().all();
            List<ComparisonResult.PeriodDifference> rows = new ArrayList<>();
            for (int p = 0; p < periods.size(); p++) {
                if (periodPair[k - 1][p] < 0) {
                    continue;
                }
                Map<String, Map<String, ComparisonResult.Delta>> areas = new LinkedHashMap<>();
                for (int a = 0; a < areaKeys.size(); a++) {
                    if (areaPair[k - 1][a] < 0) {
                        continue;
                    }
                    Map<String, ComparisonResult.Delta> metrics = new LinkedHashMap<>();
                    for (ComparedMetric cm : ComparedMetric.values()) {
                        RunningStat d = difference[k - 1][p][a][cm.ordinal()];
                        if (d.count() == 0) {
                            continue;
                        }
                        RunningStat b = better[k - 1][p][a][cm.ordinal()];
                        Estimate pBetter = b.count() == 0 ? null : ConfidenceIntervals.wilson(Math.round(b.mean() * b.count()), b.count());
                        metrics.put(cm.metric().key(), new ComparisonResult.Delta(ConfidenceIntervals.studentT(d), pBetter));
                    }
                    areas.put(areaKeys.get(a), metrics);
                }
                Period period = periods.get(p);
                rows.add(new ComparisonResult.PeriodDifference(period.label(), period.start(), period.end(), period.whole(), areas));
            }
            differences.add(new ComparisonResult.ArmDifference(arms.get(k).label(), arms.get(0).label(), rows,
                    stageDifferences[k - 1].result(areaKeys)));
        }
        return new ComparisonResult(seed, summaries[0].replications(), describe(replications), ConfidenceIntervals.method()
                + "; paired differences: Student t over replications; P(better): Wilson",
                arms.stream().map(Arm::label).toList(), results, differences);
    }

    private static String describe(Replications r) {
        return r.auto()
                ? "auto: at least " + Replications.AUTO_MIN + ", then " + Replications.AUTO_BATCH + " more at a time until every "
                  + "paired difference in attainment excludes zero or is known to within one percentage point, at most " + r.cap()
                : "fixed";
    }

    private static int[] pairPeriods(List<Period> arm, List<Period> base) {
        int[] pair = new int[arm.size()];
        for (int p = 0; p < arm.size(); p++) {
            pair[p] = -1;
            for (int q = 0; q < base.size(); q++) {
                Period a = arm.get(p);
                Period b = base.get(q);
                if (a.start().equals(b.start()) && a.end().equals(b.end()) && a.whole() == b.whole()) {
                    pair[p] = q;
                }
            }
        }
        return pair;
    }

    /** Alliances by id; the county (the last area) with the county. */
    private static int[] pairAreas(List<String> arm, List<String> base) {
        int[] pair = new int[arm.size() + 1];
        for (int a = 0; a < arm.size(); a++) {
            pair[a] = base.indexOf(arm.get(a));
        }
        pair[arm.size()] = base.size();
        return pair;
    }

    private static RunningStat[][][] stats(int periods, int areas) {
        RunningStat[][][] s = new RunningStat[periods][areas][ComparedMetric.values().length];
        for (RunningStat[][] period : s) {
            for (RunningStat[] area : period) {
                for (int m = 0; m < area.length; m++) {
                    area[m] = new RunningStat();
                }
            }
        }
        return s;
    }
}
