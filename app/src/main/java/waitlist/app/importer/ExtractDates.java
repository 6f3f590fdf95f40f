package waitlist.app.importer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * Dates as extracts write them: ISO ({@code 2026-03-02}) or UK day first ({@code 02/03/2026} or
 * {@code 2/3/2026}). US month-first dates are not accepted: {@code 02/03/2026} is 2 March.
 */
final class ExtractDates {

    static final String ALLOWED = "YYYY-MM-DD or DD/MM/YYYY";

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private ExtractDates() {
    }

    /** The date, or null if the text is neither form (or no such day, e.g. 31/02/2026). */
    static LocalDate parse(String text) {
        try {
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(text);
            }
            if (text.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
                return LocalDate.parse(text, UK);
            }
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }
}
