package waitlist.app.calibrate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import waitlist.scenarios.Scenario;
import waitlist.simulator.ReplicationModel;
import waitlist.simulator.results.Metric;
import waitlist.simulator.results.Period;
import waitlist.simulator.results.ReplicationResult;
import waitlist.simulator.results.SimulationResult;
import waitlist.simulator.results.WeekMetric;

/**
 * The observations the fit matches, each joined to where a replication's result holds the same value: a week by its end
 * date (observed weeks end on the extract's as-of date, simulated ones start on the horizon start), a period by its
 * start and end. Observations with no simulated counterpart (before the horizon, or a period the horizon cuts
 * differently) are left out and counted.
 */
final class Series {

    /** A matched observation and the flat index of its value in a replication's week or period values. */
    record Row(Observation observed, int index) {
    }

    final List<Row> rows;
    final int unmatched;
    final LocalDate from;
    final LocalDate to;

    private Series(List<Row> rows, int unmatched) {
        this.rows = List.copyOf(rows);
        this.unmatched = unmatched;
        this.from = rows.stream().map(r -> r.observed().start()).min(LocalDate::compareTo).orElse(null);
        this.to = rows.stream().map(r -> r.observed().end()).max(LocalDate::compareTo).orElse(null);
    }

    /**
     * @param areas the areas matched ("county" and alliance ids); observations of other areas are not counted as unmatched
     */
    static Series match(List<Observation> observations, Map<String, Double> weights, List<String> areas, Scenario scenario,
                        ReplicationModel model) {
        List<String> alliances = model.alliances();
        int areaCount = alliances.size() + 1;
        List<Period> periods = model.periods().all().stream().filter(p -> !p.whole()).toList();
        LocalDate firstWeek = scenario.horizon().start().plusDays(model.periods().firstReportedDay());
        int weeks = model.periods().horizonDays() / 7 - model.periods().firstReportedDay() / 7;
        List<Row> rows = new ArrayList<>();
        int unmatched = 0;
        for (Observation o : observations) {
            if (!weights.containsKey(o.measure()) || !areas.contains(o.area())) {
                continue;
            }
            int area = o.area().equals(SimulationResult.COUNTY) || o.area().equals(SimulationResult.COUNTY_ALT)
                    ? alliances.size() : alliances.indexOf(o.area());
            int index = -1;
            if (area >= 0 && o.week()) {
                long days = java.time.temporal.ChronoUnit.DAYS.between(firstWeek, o.end());
                if (days % 7 == 0 && days >= 7 && days / 7 <= weeks && o.start().equals(o.end().minusWeeks(1))) {
                    int w = (int) (days / 7) - 1;
                    index = (w * areaCount + area) * WeekMetric.values().length + Measures.weekMetric(o.metric()).ordinal();
                }
            } else if (area >= 0) {
                for (int p = 0; p < periods.size(); p++) {
                    if (periods.get(p).start().equals(o.start()) && periods.get(p).end().equals(o.end())) {
                        index = (p * areaCount + area) * Metric.values().length + Measures.metric(o.metric()).ordinal();
                    }
                }
            }
            if (index < 0) {
                unmatched++;
            } else {
                rows.add(new Row(o, index));
            }
        }
        return new Series(rows, unmatched);
    }

    /** One replication's value for each row (NaN where it had nothing to measure). */
    double[] values(ReplicationResult r) {
        double[] v = new double[rows.size()];
        for (int i = 0; i < v.length; i++) {
            Row row = rows.get(i);
            v[i] = row.observed().week() ? r.weekValues()[row.index()] : r.periodValues()[row.index()];
        }
        return v;
    }
}
