package waitlist.simulator.results;

/**
 * Where the recorders tally an event: one row per calendar period, then the whole horizon's, then a stub row for reported
 * days that belong to no calendar period (a short stub at the end, which counts only in the whole horizon). An event is
 * tallied once, in its period's row or the stub's; the whole horizon's row is summed from the others at the end, which
 * halves the work per event. Sums of whole counts come out exactly as if each event were added to the whole horizon as
 * it happened; sums of days or pounds differ from that only in rounding.
 */
final class PeriodRows {

    /** Number of rows: the periods (the whole horizon last), and the stub. */
    final int count;
    final int whole;
    final int stub;
    private final int firstReportedDay;
    private final int horizonDays;
    /** [day]: the row of a reported day. */
    private final int[] rowOfDay;
    /** [row]: the day after its last; the stub's is the horizon's end. */
    private final double[] endDay;

    PeriodRows(Periods periods) {
        this.whole = periods.wholeIndex();
        this.stub = periods.count();
        this.count = stub + 1;
        this.firstReportedDay = periods.firstReportedDay();
        this.horizonDays = periods.horizonDays();
        this.rowOfDay = new int[horizonDays];
        for (int d = firstReportedDay; d < horizonDays; d++) {
            int p = periods.of(d);
            rowOfDay[d] = p >= 0 ? p : stub;
        }
        this.endDay = new double[count];
        for (int p = 0; p < periods.count(); p++) {
            endDay[p] = periods.all().get(p).endDay();
        }
        endDay[stub] = horizonDays;
    }

    /** The row a day's events go in; -1 if the day is not reported (in the warm-up, or outside the horizon). */
    int of(double day) {
        return day >= firstReportedDay && day < horizonDays ? rowOfDay[(int) day] : -1;
    }

    /** The row of a reported day (the caller has checked it is reported). */
    int ofReported(double day) {
        return rowOfDay[(int) day];
    }

    /** The end of the row's days. */
    double endDay(int row) {
        return endDay[row];
    }

    int firstReportedDay() {
        return firstReportedDay;
    }

    int horizonDays() {
        return horizonDays;
    }
}
