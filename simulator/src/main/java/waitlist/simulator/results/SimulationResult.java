package waitlist.simulator.results;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import waitlist.scenarios.Alliance;
import waitlist.scenarios.Scenario;
import waitlist.scenarios.Target;
import waitlist.simulator.ReplicationModel;
import waitlist.simulator.Replications;
import waitlist.simulator.stats.ConfidenceIntervals;
import waitlist.simulator.stats.Estimate;

/**
 * Everything a run reports, in the order it is written to JSON. Areas are keyed by alliance id,
 * then {@value #COUNTY} for the county-wide total ({@value #COUNTY_ALT} if an alliance is itself
 * called "county"); each metric is an {@link Estimate} (mean, 95 % CI, replications
 * contributing), or null where no replication had anything to measure. {@code clockStop} says in
 * the scenario's words what stops the clock ("first assessment", or a network's stage id, e.g.
 * "reablement"); {@code stages} carries a network's per-stage figures ({@link StageResult}).
 */
public record SimulationResult(
        String scenario,
        long seed,
        long replications,
        String replicationRule,
        String confidenceIntervals,
        Target target,
        String clockStop,
        Double otProductiveHoursPerFte,
        Double coachProductiveHoursPerFte,
        TargetVerdict.Verdict verdict,
        Cost cost,
        Map<String, String> areas,
        List<PeriodResult> periods,
        List<WeekResult> weeks,
        List<StageResult> stages,
        long events) {

    public static final String COUNTY = "county";
    public static final String COUNTY_ALT = "county-total";

    /** The key of the county-wide area in {@link #areas()}: always the last one. */
    public String countyKey() {
        return areas.keySet().stream().reduce((first, second) -> second).orElseThrow();
    }

    /**
     * Staff cost over the whole reported horizon, county-wide, in pounds a year (pro rata by dated FTE, with on-costs), by
     * staff group, and per person first assessed. Null for a stage network, which has no staff costs.
     */
    public record Cost(Estimate annualTotal, Map<String, Estimate> byGroup, Estimate perFirstAssessment) {
    }

    /** One reporting period (the last one is the whole horizon). */
    public record PeriodResult(String label, LocalDate start, LocalDate end, boolean wholeHorizon,
                               Map<String, Map<String, Estimate>> areas) {
    }

    /** One week, from its start date. */
    public record WeekResult(LocalDate start, Map<String, Map<String, Estimate>> areas) {
    }

    public static SimulationResult of(Scenario scenario, ReplicationModel model, Summary summary, long seed, Replications rule) {
        List<String> ids = model.alliances();
        Map<String, String> areaNames = new LinkedHashMap<>();
        for (String id : ids) {
            Alliance a = scenario.alliance(id);
            areaNames.put(id, a == null ? id : a.name());
        }
        areaNames.put(areaNames.containsKey(COUNTY) ? COUNTY_ALT : COUNTY, "County");
        List<String> areaIds = new ArrayList<>(areaNames.keySet());

        List<Period> periodList = model.periods().all();
        List<PeriodResult> periods = new ArrayList<>();
        for (int p = 0; p < periodList.size(); p++) {
            Map<String, Map<String, Estimate>> areas = new LinkedHashMap<>();
            for (int a = 0; a < areaIds.size(); a++) {
                Map<String, Estimate> metrics = new LinkedHashMap<>();
                for (Metric m : Metric.values()) {
                    metrics.put(m.key(), present(summary.estimate(p, a, m)));
                }
                areas.put(areaIds.get(a), metrics);
            }
            Period period = periodList.get(p);
            periods.add(new PeriodResult(period.label(), period.start(), period.end(), period.whole(), areas));
        }
        List<WeekResult> weeks = new ArrayList<>();
        LocalDate firstWeek = scenario.horizon().start().plusWeeks(scenario.horizon().warmUpWeeks());
        for (int w = 0; w < summary.weekCount(); w++) {
            Map<String, Map<String, Estimate>> areas = new LinkedHashMap<>();
            for (int a = 0; a < areaIds.size(); a++) {
                Map<String, Estimate> metrics = new LinkedHashMap<>();
                for (WeekMetric m : WeekMetric.values()) {
                    metrics.put(m.key(), present(summary.estimate(w, a, m)));
                }
                areas.put(areaIds.get(a), metrics);
            }
            weeks.add(new WeekResult(firstWeek.plusWeeks(w), areas));
        }
        List<StageResult> stages = StageResult.all(scenario.network(), model, summary, areaIds);
        TargetVerdict.Verdict verdict = TargetVerdict.of(scenario.target(), model.stageIds().isEmpty() ? null : model.clockStop(),
                summary, periodList, areaNames);
        Cost cost = null;
        if (scenario.workforce() != null) {
            int whole = periodList.size() - 1;
            int county = areaIds.size() - 1;
            Map<String, Estimate> byGroup = new LinkedHashMap<>();
            byGroup.put("ot", summary.estimate(whole, county, Metric.OT_COST_PER_YEAR));
            byGroup.put("coach", summary.estimate(whole, county, Metric.COACH_COST_PER_YEAR));
            cost = new Cost(summary.estimate(whole, county, Metric.STAFF_COST_PER_YEAR), byGroup,
                    present(summary.estimate(whole, county, Metric.COST_PER_FIRST_ASSESSMENT)));
        }
        return new SimulationResult(scenario.name(), seed, summary.replications(), rule.describe(), ConfidenceIntervals.method(),
                scenario.target(), model.clockStop(),
                scenario.workforce() == null ? null : scenario.workforce().ot().productiveHoursPerFte(),
                scenario.workforce() == null ? null : scenario.workforce().coach().productiveHoursPerFte(),
                verdict, cost, areaNames, periods, weeks, stages, summary.events());
    }

    private static Estimate present(Estimate e) {
        return e.n() == 0 || Double.isNaN(e.mean()) ? null : e;
    }

    /** "96.1% (95% CI 95.3-96.8)". */
    public static String percentWithCi(Estimate e) {
        return String.format(java.util.Locale.ROOT, "%.1f%% (95%% CI %.1f\u2013%.1f)", 100 * e.mean(), 100 * e.low(), 100 * e.high());
    }

    private static final String[] NUMBERS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen"};

    /** "six-week" for 42 days, "10-day" otherwise. */
    public static String targetName(int days) {
        if (days % 7 == 0) {
            int w = days / 7;
            return (w < NUMBERS.length ? NUMBERS[w] : Integer.toString(w)) + "-week";
        }
        return days + "-day";
    }
}
