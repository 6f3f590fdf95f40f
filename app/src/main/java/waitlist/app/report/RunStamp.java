package waitlist.app.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import waitlist.app.UserError;
import waitlist.app.VersionProvider;

/**
 * When a report was made and by which version of the tool, for its title block. The date is the one thing on a page that
 * the inputs and seed do not fix, so it follows the reproducible-builds convention: when the environment variable
 * {@value #VARIABLE} holds a time (whole seconds since 1970-01-01 UTC) the date is that time's date in UTC, so the same
 * inputs, seed and {@value #VARIABLE} give the same bytes; otherwise it is today's date where the tool runs.
 */
public record RunStamp(LocalDate runDate, String toolVersion) {

    public static final String VARIABLE = "SOURCE_DATE_EPOCH";

    /** The stamp for a run now: {@value #VARIABLE} if set, else today. */
    public static RunStamp now() {
        return of(System.getenv(VARIABLE), LocalDate.now());
    }

    /** The stamp given the variable's value (null or empty: not set) and today's date. */
    static RunStamp of(String sourceDateEpoch, LocalDate today) {
        LocalDate date = today;
        if (sourceDateEpoch != null && !sourceDateEpoch.isBlank()) {
            try {
                date = LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.trim())), ZoneOffset.UTC);
            } catch (NumberFormatException | java.time.DateTimeException e) {
                throw new UserError(VARIABLE + " is set to '" + sourceDateEpoch + "', which is not a time: it must be whole seconds "
                        + "since 1970-01-01 UTC (e.g. 1798761600 for 1 Jan 2027), or unset to date reports today");
            }
        }
        return new RunStamp(date, VersionProvider.version());
    }
}
