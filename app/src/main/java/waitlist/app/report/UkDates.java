package waitlist.app.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as people in UK health and social care write them, for everything a person reads (text and HTML reports):
 * "4 Jan 2027". JSON and CSV keep ISO dates (2027-01-04), which programs and spreadsheets read without doubt.
 */
public final class UkDates {

    /** Day without a leading zero, short month, full year: unambiguous whichever way round a reader expects day and month. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private UkDates() {
    }

    public static String format(LocalDate date) {
        return date == null ? "-" : DAY.format(date);
    }

    /** "4 Jan 2027 to 31 Mar 2027" for a period whose end is exclusive (as every period in the results is). */
    public static String span(LocalDate start, LocalDate endExclusive) {
        return format(start) + " to " + format(endExclusive.minusDays(1));
    }
}
