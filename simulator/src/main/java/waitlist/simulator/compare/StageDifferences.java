package waitlist.simulator.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import waitlist.simulator.ReplicationModel;
import waitlist.simulator.results.Period;
import waitlist.simulator.results.ReplicationResult;
import waitlist.simulator.results.StageMetric;
import waitlist.simulator.stats.ConfidenceIntervals;
import waitlist.simulator.stats.Estimate;
import waitlist.simulator.stats.RunningStat;

/**
 * The paired differences of two stage networks' stages, replication by replication, over the whole
 * horizon: for every stage both arms have (by id) and every area both have, how much fuller the
 * places were, how much longer people stayed and how many more the places could take a year. This
 * is what a redesign of a pathway changes (the Connect redesign frees reablement places), so it
 * sits beside the waits and attainment a comparison always reports. Empty when either arm has no
 * stages or their reported horizons differ.
 */
final class StageDifferences {

    /** The stage figures compared, and which way is better (occupancy: neither, since a fuller place is neither good nor bad). */
    enum Compared {
        OCCUPANCY(StageMetric.OCCUPANCY, ComparedMetric.Better.NEITHER),
        LENGTH_OF_STAY_MEAN(StageMetric.LENGTH_OF_STAY_MEAN, ComparedMetric.Better.LOWER),
        HELD_MEAN(StageMetric.HELD_MEAN, ComparedMetric.Better.LOWER),
        COMPLETED_PER_YEAR(StageMetric.COMPLETED_PER_YEAR, ComparedMetric.Better.HIGHER),
        CAPACITY_PER_YEAR(StageMetric.CAPACITY_PER_YEAR, ComparedMetric.Better.HIGHER),
        QUEUE_MEAN(StageMetric.QUEUE_MEAN, ComparedMetric.Better.LOWER),
        QUEUE_WAIT_MEAN(StageMetric.QUEUE_WAIT_MEAN, ComparedMetric.Better.LOWER);

        final StageMetric metric;
        final ComparedMetric.Better better;

        Compared(StageMetric metric, ComparedMetric.Better better) {
            this.metric = metric;
            this.better = better;
        }
    }

    private final List<String> stageIds = new ArrayList<>();
    /** For each compared stage: its index in the arm and in the base. */
    private final List<int[]> stagePairs = new ArrayList<>();
    private final int[] areaPair;
    private final int armAreas;
    private final int baseAreas;
    private final int armStages;
    private final int baseStages;
    private final int armWhole;
    private final int baseWhole;
    private final RunningStat[][][] difference;
    private final RunningStat[][][] better;

    StageDifferences(ReplicationModel base, ReplicationModel arm) {
        Period armPeriod = arm.periods().all().getLast();
        Period basePeriod = base.periods().all().getLast();
        boolean sameHorizon = armPeriod.start().equals(basePeriod.start()) && armPeriod.end().equals(basePeriod.end());
        for (int s = 0; sameHorizon && s < arm.stageIds().size(); s++) {
            int b = base.stageIds().indexOf(arm.stageIds().get(s));
            if (b >= 0) {
                stageIds.add(arm.stageIds().get(s));
                stagePairs.add(new int[] {s, b});
            }
        }
        armAreas = arm.alliances().size() + 1;
        baseAreas = base.alliances().size() + 1;
        areaPair = new int[armAreas];
        for (int a = 0; a < armAreas - 1; a++) {
            areaPair[a] = base.alliances().indexOf(arm.alliances().get(a));
        }
        areaPair[armAreas - 1] = baseAreas - 1;
        armStages = arm.stageIds().size();
        baseStages = base.stageIds().size();
        armWhole = arm.periods().wholeIndex();
        baseWhole = base.periods().wholeIndex();
        difference = stats();
        better = stats();
    }

    private RunningStat[][][] stats() {
        RunningStat[][][] s = new RunningStat[stageIds.size()][armAreas][Compared.values().length];
        for (RunningStat[][] stage : s) {
            for (RunningStat[] area : stage) {
                for (int m = 0; m < area.length; m++) {
                    area[m] = new RunningStat();
                }
            }
        }
        return s;
    }

    void add(ReplicationResult base, ReplicationResult arm) {
        int metrics = StageMetric.values().length;
        for (int i = 0; i < stagePairs.size(); i++) {
            int s = stagePairs.get(i)[0];
            int t = stagePairs.get(i)[1];
            for (int a = 0; a < armAreas; a++) {
                int b = areaPair[a];
                if (b < 0) {
                    continue;
                }
                for (Compared c : Compared.values()) {
                    double x = arm.stageValues()[((armWhole * armAreas + a) * armStages + s) * metrics + c.metric.ordinal()];
                    double y = base.stageValues()[((baseWhole * baseAreas + b) * baseStages + t) * metrics + c.metric.ordinal()];
                    difference[i][a][c.ordinal()].add(x - y);
                    better[i][a][c.ordinal()].add(c.better.judge(x, y));
                }
            }
        }
    }

    /** One entry per compared stage; areas keyed as in the arm's result (alliances both arms have, then the county). */
    List<ComparisonResult.StageDifference> result(List<String> armAreaKeys) {
        List<ComparisonResult.StageDifference> out = new ArrayList<>();
        for (int i = 0; i < stageIds.size(); i++) {
            Map<String, Map<String, ComparisonResult.Delta>> areas = new LinkedHashMap<>();
            for (int a = 0; a < armAreas; a++) {
                if (areaPair[a] < 0) {
                    continue;
                }
                Map<String, ComparisonResult.Delta> metrics = new LinkedHashMap<>();
                for (Compared c : Compared.values()) {
                    RunningStat d = difference[i][a][c.ordinal()];
                    if (d.count() == 0) {
                        continue;
                    }
                    RunningStat p = better[i][a][c.ordinal()];
                    Estimate pBetter = p.count() == 0 ? null : ConfidenceIntervals.wilson(Math.round(p.mean() * p.count()), p.count());
                    metrics.put(c.metric.key(), new ComparisonResult.Delta(ConfidenceIntervals.studentT(d), pBetter));
                }
                areas.put(armAreaKeys.get(a), metrics);
            }
            out.add(new ComparisonResult.StageDifference(stageIds.get(i), areas));
        }
        return out;
    }
}
