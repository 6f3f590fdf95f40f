package waitlist.simulator.results;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;

import waitlist.scenarios.Horizon;
import waitlist.scenarios.ReportingPeriod;

/**
 * The reporting periods of a run: weeks, months, calendar quarters (Jan–Mar is "2027 Q1") or years,
 * or financial quarters and years starting on 1 April (Jan–Mar 2028 is "2027/28 Q4"),
 * cut to the reported horizon (after any warm-up), then one period for the whole reported horizon.
 * A partial period at the start is kept and labelled as usual; one cut to less than a week at the
 * end is not reported on its own (a few days say nothing about a quarter), though its days still
 * count in the whole horizon.
 */
public final class Periods {

    private final List<Period> periods;
    private final int[] periodOfDay;
    private final int firstReportedDay;
    private final int horizonDays;

    public Periods(Horizon horizon, ReportingPeriod kind) {
        this.horizonDays = horizon.weeks() * 7;
        this.firstReportedDay = horizon.warmUpWeeks() * 7;
        if (firstReportedDay >= horizonDays) {
            throw new IllegalArgumentException("the warm-up (" + horizon.warmUpWeeks() + " weeks) leaves nothing of the "
                    + horizon.weeks() + "-week horizon to report");
        }
        LocalDate start = horizon.start();
        List<Period> list = new ArrayList<>();
        periodOfDay = new int[horizonDays];
        java.util.Arrays.fill(periodOfDay, -1);
        int day = firstReportedDay;
        while (day < horizonDays) {
            LocalDate from = start.plusDays(day);
            LocalDate next = nextBoundary(from, kind);
            int endDay = (int) Math.min(horizonDays, day + java.time.temporal.ChronoUnit.DAYS.between(from, next));
            boolean stub = endDay == horizonDays && endDay - day < 7 && !list.isEmpty();
            for (int d = day; d < endDay; d++) {
                periodOfDay[d] = stub ? -1 : list.size();
            }
            if (!stub) {
                list.add(new Period(label(from, kind), from, start.plusDays(endDay), day, endDay, false));
            }
            day = endDay;
        }
        list.add(new Period("whole horizon", start.plusDays(firstReportedDay), start.plusDays(horizonDays),
                firstReportedDay, horizonDays, true));
        this.periods = List.copyOf(list);
    }

    public List<Period> all() {
        return periods;
    }

    /** Number of periods including the final whole-horizon one. */
    public int count() {
        return periods.size();
    }

    public int wholeIndex() {
        return periods.size() - 1;
    }

    public int horizonDays() {
        return horizonDays;
    }

    public int firstReportedDay() {
        return firstReportedDay;
    }

    /** The calendar period holding {@code day}, or -1 if none (warm-up, a short stub at the end, outside the horizon). */
    public int of(double day) {
        if (!(day >= 0) || day >= horizonDays) {
            return -1;
        }
        return periodOfDay[(int) day];
    }

    /**
     * The periods whose end-of-period values a weekly census taken at {@code censusDay} (a week's end) sets: the
     * calendar period the week belongs to, if it is reported on its own, and the whole horizon; none in the warm-up.
     */
    public int[] endedBy(double censusDay) {
        double inWeek = censusDay - 0.5;
        if (!reported(inWeek)) {
            return new int[0];
        }
        int p = of(inWeek);
        return p < 0 ? new int[] {wholeIndex()} : new int[] {p, wholeIndex()};
    }

    /** Whether {@code day} counts in the whole-horizon results (after the warm-up, before the end). */
    public boolean reported(double day) {
        return day >= firstReportedDay && day < horizonDays;
    }

    private static LocalDate nextBoundary(LocalDate d, ReportingPeriod kind) {
        return switch (kind) {
            case WEEK -> d.plusWeeks(1);
            case MONTH -> d.withDayOfMonth(1).plusMonths(1);
            // a financial quarter starts in April, July, October or January: the calendar quarters, numbered differently
            case QUARTER, FINANCIAL_QUARTER -> d.withDayOfMonth(1).withMonth(((d.getMonthValue() - 1) / 3) * 3 + 1).plusMonths(3);
            case YEAR -> d.withDayOfYear(1).plusYears(1);
            case FINANCIAL_YEAR -> LocalDate.of(financialYear(d) + 1, 4, 1);
        };
    }

    private static String label(LocalDate d, ReportingPeriod kind) {
        return switch (kind) {
            case WEEK -> "week of " + d;
            case MONTH -> String.format("%d-%02d", d.getYear(), d.getMonthValue());
            case QUARTER -> d.getYear() + " Q" + d.get(IsoFields.QUARTER_OF_YEAR);
            case YEAR -> Integer.toString(d.getYear());
            case FINANCIAL_QUARTER -> financialYearLabel(d) + " Q" + ((d.getMonthValue() + 8) % 12 / 3 + 1);
            case FINANCIAL_YEAR -> financialYearLabel(d);
        };
    }

    /** The calendar year in which the financial year holding {@code d} began (1 April). */
    static int financialYear(LocalDate d) {
        return d.getMonthValue() >= 4 ? d.getYear() : d.getYear() - 1;
    }

    /** "2027/28": the financial year from 1 April 2027 to 31 March 2028, as budgets and contracts name it. */
    static String financialYearLabel(LocalDate d) {
        int start = financialYear(d);
        return String.format(java.util.Locale.ROOT, "%d/%02d", start, (start + 1) % 100);
    }
}
