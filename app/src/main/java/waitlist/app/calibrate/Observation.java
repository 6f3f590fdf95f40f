package waitlist.app.calibrate;

import java.time.LocalDate;

/**
 * One observed value from the series file: a {@code week} row (joined to the simulated week with the same end date) or
 * a {@code period} row (joined to the simulated reporting period with the same start and end).
 *
 * @param line the file's line it was read from, for messages
 */
record Observation(boolean week, String period, LocalDate start, LocalDate end, String area, String metric, double value, int line) {

    /** The measure this value belongs to, e.g. "week waitingList" or "waitP95Days". */
    String measure() {
        return Measures.name(week, metric);
    }
}
