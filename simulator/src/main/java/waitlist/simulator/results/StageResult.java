package waitlist.simulator.results;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import waitlist.scenarios.Network;
import waitlist.scenarios.Stage;
import waitlist.simulator.ReplicationModel;
import waitlist.simulator.stats.Estimate;

/**
 * One stage of a network as reported: its id and places as the scenario gives them, and its
 * {@link StageMetric}s per reporting period (the last is the whole horizon) and area (alliances,
 * then the county), each an {@link Estimate} across replications or null where there is nothing
 * to measure.
 *
 * @param places     places by area (alliances with their own places, and the county total); null
 *                   for a stage without a limit
 * @param holdsUntil the later stage until whose start the place is held, or null
 */
public record StageResult(String stage, Map<String, Integer> places, String holdsUntil, List<StagePeriod> periods) {

    /** One reporting period of a stage. */
    public record StagePeriod(String label, LocalDate start, LocalDate end, boolean wholeHorizon,
                              Map<String, Map<String, Estimate>> areas) {
    }

    /** The whole reported horizon. */
    public StagePeriod wholeHorizon() {
        return periods.getLast();
    }

    /** Every stage of the model's network (none for the pathway model). */
    static List<StageResult> all(Network network, ReplicationModel model, Summary summary, List<String> areaIds) {
        List<StageResult> out = new ArrayList<>();
        List<Period> periodList = model.periods().all();
        List<String> ids = model.stageIds();
        for (int st = 0; st < summary.stageCount(); st++) {
            List<StagePeriod> periods = new ArrayList<>();
            for (int p = 0; p < periodList.size(); p++) {
                Map<String, Map<String, Estimate>> areas = new LinkedHashMap<>();
                for (int a = 0; a < areaIds.size(); a++) {
                    Map<String, Estimate> metrics = new LinkedHashMap<>();
                    for (StageMetric m : StageMetric.values()) {
                        Estimate e = summary.estimate(p, a, st, m);
                        metrics.put(m.key(), e.n() == 0 || Double.isNaN(e.mean()) ? null : e);
                    }
                    areas.put(areaIds.get(a), metrics);
                }
                Period period = periodList.get(p);
                periods.add(new StagePeriod(period.label(), period.start(), period.end(), period.whole(), areas));
            }
            Stage stage = network == null ? null : network.stages().get(ids.get(st));
            out.add(new StageResult(ids.get(st), stage == null ? null : places(stage, areaIds),
                    stage == null ? null : stage.holdsUntil(), periods));
        }
        return out;
    }

    private static Map<String, Integer> places(Stage stage, List<String> areaIds) {
        if (!stage.limited()) {
            return null;
        }
        Map<String, Integer> places = new LinkedHashMap<>();
        String county = areaIds.getLast();
        if (stage.servers() != null) {
            places.put(county, stage.servers());
            return places;
        }
        int total = 0;
        for (String area : areaIds.subList(0, areaIds.size() - 1)) {
            int own = stage.serversByAlliance().getOrDefault(area, 0);
            places.put(area, own);
            total += own;
        }
        places.put(county, total);
        return places;
    }
}
