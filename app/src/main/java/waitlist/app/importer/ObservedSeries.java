package waitlist.app.importer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.apache.commons.statistics.descriptive.Quantile;

import waitlist.app.output.SpreadsheetCsv;
import waitlist.scenarios.Horizon;
import waitlist.scenarios.ReportingPeriod;
import waitlist.simulator.results.Metric;
import waitlist.simulator.results.Period;
import waitlist.simulator.results.Periods;
import waitlist.simulator.results.SimulationResult;
import waitlist.simulator.results.WeekMetric;

/**
 * What the extract shows happened, as a time series in the shape of {@code waitlist simulate
 * --format csv} ({@code granularity,period,start,end,area,metric,statistic,value}, with statistic
 * {@code observed}), so a simulated series joins it row for row on granularity, start, area and
 * metric. Areas are the alliances and the county; metric names are the simulator's.
 *
 * <ul>
 *   <li>{@code week} rows, weeks ending on the as-of date and counted back: {@code waitingList}, the
 *       people referred and not yet first-assessed (nor gone) at the start of the {@code end} date,
 *       i.e. at the end of the week (the simulator's weekly census); {@code firstAssessments} in the
 *       week.</li>
 *   <li>{@code period} rows (calendar months, quarters or years, cut to the history): referrals,
 *       first assessments, and of the first assessments done in the period the wait from referral
 *       in whole days: mean, median, 95th percentile (as a spreadsheet's MEDIAN and PERCENTILE.INC
 *       compute them), maximum, and the share within the target. {@code targetDue} and
 *       {@code attainment} count people by the period their target day falls in (referral + target
 *       days): due unless they left unassessed before it; met if first-assessed by then. Those two are
 *       given only for periods whose target days all fall a full target after the history starts,
 *       since earlier ones would miss people referred before the extract begins.</li>
 * </ul>
 * A redirected or dropped-out referral without a left date cannot be placed on the weekly list
 * or judged against the target; it is left out of both (the importer says how many).
 */
final class ObservedSeries {

    static final String HEADER = "granularity,period,start,end,area,metric,statistic,value";
    private static final Quantile PERCENTILE_INC = Quantile.withDefaults().with(Quantile.EstimationMethod.HF7);

    /** One value of the series. Value NaN: nothing to measure (no first assessments in the period). */
    record Row(String granularity, String period, LocalDate start, LocalDate end, String area, String metric, double value) {
    }

    private ObservedSeries() {
    }

    /**
     * @param rows      the extract's rows (those referred on or after {@code asOf} are ignored)
     * @param from      first day of the series
     * @param asOf      the series ends the day before
     * @param alliances alliance ids in scenario order
     */
    static List<Row> of(List<ExtractRow> rows, LocalDate from, LocalDate asOf, List<String> alliances, ReportingPeriod kind,
                        int targetDays) {
        List<ExtractRow> known = rows.stream().filter(r -> r.referral().isBefore(asOf)).toList();
        List<String> areas = new ArrayList<>(alliances);
        areas.add(SimulationResult.COUNTY);
        List<Row> out = new ArrayList<>();
        List<LocalDate> weekEnds = new ArrayList<>();
        for (LocalDate end = asOf; !end.minusWeeks(1).isBefore(from); end = end.minusWeeks(1)) {
            weekEnds.addFirst(end);
        }
        for (LocalDate end : weekEnds) {
            LocalDate start = end.minusWeeks(1);
            for (String area : areas) {
                List<ExtractRow> here = in(known, area);
                String label = "week of " + start;
                out.add(new Row("week", label, start, end, area, WeekMetric.WAITING_LIST.key(), count(here, r -> onList(r, end))));
                out.add(new Row("week", label, start, end, area, WeekMetric.FIRST_ASSESSMENTS.key(),
                        count(here, r -> within(r.firstAssessment(), start, end))));
            }
        }
        LocalDate firstFullTarget = from.plusDays(targetDays);
        // calendar periods labelled as the simulator's reports label them, cut to the history
        int weeks = (int) Math.ceil(java.time.temporal.ChronoUnit.DAYS.between(from, asOf) / 7.0);
        for (Period p : new Periods(new Horizon(from, weeks, 0), kind).all()) {
            if (p.whole() || !p.start().isBefore(asOf)) {
                continue;
            }
            LocalDate end = p.end().isAfter(asOf) ? asOf : p.end();
            for (String area : areas) {
                period(out, in(known, area), p.label(), p.start(), end, area, targetDays, asOf, !p.start().isBefore(firstFullTarget));
            }
        }
        return out;
    }

    private static void period(List<Row> out, List<ExtractRow> rows, String label, LocalDate start, LocalDate end, String area,
                               int targetDays, LocalDate asOf, boolean targetComplete) {
        List<Double> waits = new ArrayList<>();
        int within = 0;
        for (ExtractRow r : rows) {
            if (within(r.firstAssessment(), start, end)) {
                waits.add((double) r.waitDays());
                within += r.waitDays() <= targetDays ? 1 : 0;
            }
        }
        double[] w = waits.stream().mapToDouble(Double::doubleValue).toArray();
        boolean none = w.length == 0;
        add(out, label, start, end, area, Metric.REFERRALS, count(rows, r -> within(r.referral(), start, end)));
        add(out, label, start, end, area, Metric.FIRST_ASSESSMENTS, w.length);
        add(out, label, start, end, area, Metric.WAIT_MEAN, none ? Double.NaN : java.util.Arrays.stream(w).average().orElseThrow());
        add(out, label, start, end, area, Metric.WAIT_MEDIAN, none ? Double.NaN : PERCENTILE_INC.evaluate(w, 0.5));
        add(out, label, start, end, area, Metric.WAIT_P95, none ? Double.NaN : PERCENTILE_INC.evaluate(w, 0.95));
        add(out, label, start, end, area, Metric.WAIT_MAX, none ? Double.NaN : java.util.Arrays.stream(w).max().orElseThrow());
        add(out, label, start, end, area, Metric.ASSESSED_WITHIN_TARGET, none ? Double.NaN : (double) within / w.length);
        if (targetComplete) {
            int due = 0;
            int met = 0;
            for (ExtractRow r : rows) {
                LocalDate targetDay = r.referral().plusDays(targetDays);
                if (!within(targetDay, start, end)) {
                    continue;
                }
                LocalDate assessed = r.firstAssessment() != null && r.firstAssessment().isBefore(asOf) ? r.firstAssessment() : null;
                if (assessed != null) {
                    due++;
                    met += r.waitDays() <= targetDays ? 1 : 0;
                } else if (r.status().leftWithoutAssessment()) {
                    // gone unassessed: due only if still on the list when the target day passed
                    due += r.left() != null && r.left().isAfter(targetDay) ? 1 : 0;
                } else {
                    due++; // still waiting (or assessed only after the as-of date): a breach
                }
            }
            add(out, label, start, end, area, Metric.TARGET_DUE, due);
            add(out, label, start, end, area, Metric.ATTAINMENT, due == 0 ? Double.NaN : (double) met / due);
        }
    }

    /** On the list at the start of {@code day}: referred before it and not yet gone. Undated leavers are left out. */
    private static boolean onList(ExtractRow r, LocalDate day) {
        if (!r.referral().isBefore(day)) {
            return false;
        }
        LocalDate left = r.leftList();
        if (left == null) {
            return !r.status().leftWithoutAssessment();
        }
        return !left.isBefore(day);
    }

    static String csv(List<Row> rows) {
        StringBuilder text = new StringBuilder();
        SpreadsheetCsv csv = new SpreadsheetCsv(text);
        csv.row((Object[]) HEADER.split(","));
        for (Row r : rows) {
            csv.row(r.granularity(), r.period(), r.start().toString(), r.end().toString(), r.area(), r.metric(), "observed", number(r.value()));
        }
        return text.toString();
    }

    /** Whole numbers as such, others to 4 decimals; nothing (an empty cell) for nothing measured. */
    static BigDecimal number(double v) {
        if (Double.isNaN(v)) {
            return null;
        }
        return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }

    private static void add(List<Row> out, String label, LocalDate start, LocalDate end, String area, Metric m, double value) {
        out.add(new Row("period", label, start, end, area, m.key(), value));
    }

    private static List<ExtractRow> in(List<ExtractRow> rows, String area) {
        return area.equals(SimulationResult.COUNTY) ? rows : rows.stream().filter(r -> r.alliance().equals(area)).toList();
    }

    private static double count(List<ExtractRow> rows, Predicate<ExtractRow> test) {
        return rows.stream().filter(test).count();
    }

    private static boolean within(LocalDate d, LocalDate start, LocalDate end) {
        return d != null && !d.isBefore(start) && d.isBefore(end);
    }
}
