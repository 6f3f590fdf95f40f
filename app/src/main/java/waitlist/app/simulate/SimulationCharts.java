package waitlist.app.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import waitlist.app.report.Charts;
import waitlist.app.report.Charts.Chart;
import waitlist.app.report.Charts.Line;
import waitlist.app.report.Charts.Scale;
import waitlist.app.report.Charts.Series;
import waitlist.app.report.Figures;
import waitlist.simulator.results.Metric;
import waitlist.simulator.results.SimulationResult;
import waitlist.simulator.results.WeekMetric;
import waitlist.simulator.stats.Estimate;

/**
 * The charts of the simulation report, read from the typed result: by reporting period (the whole horizon left out, it is
 * not a period on a time line) and area (alliances in the scenario's order, the county last and in black), or by week.
 * {@code waitingFor} names what the clock stops at in the scenario's words ("a first assessment", "domiciliary-care").
 */
final class SimulationCharts {

    private final SimulationResult r;
    private final String waitingFor;
    private final List<SimulationResult.PeriodResult> periods;
    private final List<String> labels;

    SimulationCharts(SimulationResult r, String waitingFor) {
        this.r = r;
        this.waitingFor = waitingFor;
        this.periods = r.periods().subList(0, r.periods().size() - 1);
        this.labels = periods.stream().map(SimulationResult.PeriodResult::label).toList();
    }

    private String periodAxis() {
        return switch (r.target().reportingPeriod()) {
            case FINANCIAL_QUARTER -> "financial quarter";
            case FINANCIAL_YEAR -> "financial year";
            case QUARTER -> "quarter";
            case YEAR -> "year";
            case MONTH -> "month";
            case WEEK -> "week";
        };
    }

    /** One series per area of one metric by period. */
    private List<Series> byArea(Metric m) {
        List<Series> out = new ArrayList<>();
        for (Map.Entry<String, String> area : r.areas().entrySet()) {
            boolean county = area.getKey().equals(r.countyKey());
            out.add(new Series(area.getValue(), periods.stream().map(p -> p.areas().get(area.getKey()).get(m.key())).toList(), county));
        }
        return out;
    }

    private boolean joined() {
        return r.areas().size() <= 2 || periods.size() > 8;
    }

    Chart attainment() {
        String target = Figures.percent(r.target().attainment());
        return Charts.byCategory("attainment", "Share seen within " + r.target().days() + " days, by " + periodAxis() + " and area",
                periodAxis(), "waited " + r.target().days() + " days or less for " + waitingFor + ", %", Scale.PERCENT, labels,
                byArea(Metric.ATTAINMENT), List.of(new Line(r.target().attainment(), "target " + target)), joined(), Charts.WIDE, Charts.TALL);
    }

    Chart utilisation(Metric m, String who) {
        return Charts.byCategory(m.key(), who + " use by " + periodAxis() + " and area", periodAxis(), who + " hours used / available, %",
                Scale.PERCENT, labels, byArea(m), List.of(new Line(1.0, "fully used")), joined(), Charts.WIDE, Charts.TALL);
    }

    Chart placeWait() {
        return Charts.byCategory("place-wait", "Wait for an intervention place by " + periodAxis() + " and area", periodAxis(),
                "mean days from assessment to a place", Scale.DAYS, labels, byArea(Metric.PLACE_WAIT_MEAN), List.of(), joined(),
                Charts.WIDE, Charts.TALL);
    }

    /** One small chart per area of a weekly census figure, each with its 95 % band. */
    List<Chart> weeklyByArea(WeekMetric m, String what, String idPrefix) {
        List<Chart> out = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, String> area : r.areas().entrySet()) {
            boolean county = area.getKey().equals(r.countyKey());
            List<Estimate> values = r.weeks().stream().map(w -> w.areas().get(area.getKey()).get(m.key())).toList();
            out.add(Charts.weekly(idPrefix + "-" + i, area.getValue() + ": " + what, "people", Scale.PEOPLE,
                    r.weeks().stream().map(SimulationResult.WeekResult::start).toList(),
                    List.of(new Series(area.getValue(), values, county, i)), List.of(), Charts.SMALL_WIDTH, Charts.SMALL_HEIGHT));
            i++;
        }
        return out;
    }

    /** Per area: median, 90th and 95th percentile and longest wait by period, against the target's day line. */
    List<Chart> waitsByArea() {
        List<Chart> out = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, String> area : r.areas().entrySet()) {
            List<Series> series = new ArrayList<>();
            for (Object[] q : new Object[][] {{Metric.WAIT_MEDIAN, "median"}, {Metric.WAIT_P90, "90th percentile"},
                    {Metric.WAIT_P95, "95th percentile"}, {Metric.WAIT_MAX, "longest"}}) {
                Metric m = (Metric) q[0];
                series.add(new Series((String) q[1], periods.stream().map(p -> p.areas().get(area.getKey()).get(m.key())).toList()));
            }
            out.add(Charts.byCategory("waits-" + i++, area.getValue() + ": wait for " + waitingFor, periodAxis(), "days from referral",
                    Scale.DAYS, labels, series, List.of(new Line(r.target().days(), r.target().days() + "-day target")), true,
                    Charts.SMALL_WIDTH, Charts.SMALL_HEIGHT + 30));
        }
        return out;
    }

    /** People assessed and waiting for an intervention place, week by week, every area on one chart. */
    Chart awaitingPlace() {
        List<Series> series = new ArrayList<>();
        for (Map.Entry<String, String> area : r.areas().entrySet()) {
            boolean county = area.getKey().equals(r.countyKey());
            series.add(new Series(area.getValue(), r.weeks().stream().map(w -> w.areas().get(area.getKey())
                    .get(WeekMetric.AWAITING_PLACE.key())).toList(), county));
        }
        return Charts.weekly("awaiting-place", "Assessed and waiting for an intervention place, by week", "people waiting for a place",
                Scale.PEOPLE, r.weeks().stream().map(SimulationResult.WeekResult::start).toList(), series, List.of(), Charts.WIDE, Charts.TALL);
    }

    /** Staff cost a year by alliance (whole horizon), OT and coach stacked. */
    Chart cost() {
        SimulationResult.PeriodResult whole = r.periods().get(r.periods().size() - 1);
        List<String> names = new ArrayList<>();
        List<Double> ot = new ArrayList<>();
        List<Double> coach = new ArrayList<>();
        for (Map.Entry<String, String> area : r.areas().entrySet()) {
            if (area.getKey().equals(r.countyKey())) {
                continue;
            }
            names.add(area.getValue());
            ot.add(mean(whole.areas().get(area.getKey()).get(Metric.OT_COST_PER_YEAR.key())));
            coach.add(mean(whole.areas().get(area.getKey()).get(Metric.COACH_COST_PER_YEAR.key())));
        }
        return Charts.bars("cost", "Staff cost a year by alliance (with on-costs)", "alliance", "pounds a year", Scale.POUNDS, names,
                List.of(new Charts.Bars("OT", ot), new Charts.Bars("coach", coach)), List.of(), true, Charts.WIDE, Charts.TALL);
    }

    /** Hours a week demanded by everyone referred against hours available, by area, for one staff group. */
    Chart workload(Metric demanded, Metric available, String who) {
        SimulationResult.PeriodResult whole = r.periods().get(r.periods().size() - 1);
        double weeks = (whole.end().toEpochDay() - whole.start().toEpochDay()) / 7.0;
        List<String> names = new ArrayList<>();
        List<Double> need = new ArrayList<>();
        List<Double> have = new ArrayList<>();
        for (Map.Entry<String, String> area : r.areas().entrySet()) {
            names.add(area.getValue());
            Map<String, Estimate> m = whole.areas().get(area.getKey());
            need.add(perWeek(m.get(demanded.key()), weeks));
            have.add(perWeek(m.get(available.key()), weeks));
        }
        return Charts.bars("workload-" + who.toLowerCase(java.util.Locale.ROOT), who + " hours a week: demanded vs available", "area",
                "hours a week (whole horizon)", Scale.HOURS, names, List.of(new Charts.Bars("demanded", need),
                        new Charts.Bars("available", have)), List.of(), false, Charts.WIDE, Charts.TALL);
    }

    private static Double perWeek(Estimate total, double weeks) {
        return total == null ? null : total.mean() / weeks;
    }

    private static Double mean(Estimate e) {
        return e == null ? null : e.mean();
    }
}
