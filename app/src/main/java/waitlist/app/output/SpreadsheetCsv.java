package waitlist.app.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleFunction;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one CSV writer every report and diary of the app goes through, so that a file opened in a
 * spreadsheet shows exactly the text we wrote and never runs it.
 *
 * <ul>
 *   <li>Quoting is Commons CSV's (RFC 4180): a field is quoted when it holds a comma, a quote or a
 *       line break, and quotes inside are doubled, so a comma in a name cannot shift columns.
 *       Records end in "\n" on every system, so files are byte-identical everywhere.</li>
 *   <li>Text cells a spreadsheet would evaluate as a formula (OWASP "CSV injection": a cell starting
 *       with {@code = + - @}, a tab or a carriage return) get a leading {@code '}, which spreadsheets
 *       read as "this is text". {@code =cmd|' /C calc'!A0} becomes {@code '=cmd|' /C calc'!A0}.</li>
 *   <li>Numbers are never neutralised: a cell passed as a Java {@link Number} is written as a number,
 *       so {@code -0.5} in a value column stays a number a spreadsheet can add up. The same
 *       characters passed as text ({@code "-0.5"} as a {@link String}) are treated as text and
 *       neutralised. Callers therefore pass measured values as numbers and names, ids and labels
 *       as text; non-finite numbers (NaN, infinity) are written as an empty cell.</li>
 * </ul>
 */
public final class SpreadsheetCsv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

    private final CSVPrinter printer;
    private final DoubleFunction<String> decimals;

    /** Writes to {@code out}, formatting fractional numbers with {@code decimals} (e.g. {@code v -> String.format(Locale.ROOT, "%.6g", v)}). */
    public SpreadsheetCsv(Appendable out, DoubleFunction<String> decimals) {
        try {
            this.printer = new CSVPrinter(out, FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.decimals = decimals;
    }

    /** Writes to {@code out}; fractional numbers in their shortest exact decimal form, never in E notation. */
    public SpreadsheetCsv(Appendable out) {
        this(out, SpreadsheetCsv::plainDecimal);
    }

    /** One record. Each cell: null (empty), a {@link Number} (written as a number) or anything else (written as neutralised text). */
    public SpreadsheetCsv row(Object... cells) {
        return row(Arrays.asList(cells));
    }

    public SpreadsheetCsv row(List<?> cells) {
        try {
            printer.printRecord(cells.stream().map(this::cell).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    private String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double || value instanceof Float) {
            double v = ((Number) value).doubleValue();
            return Double.isFinite(v) ? decimals.apply(v) : "";
        }
        if (value instanceof BigDecimal big) {
            return big.toPlainString();
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger) {
            return value.toString();
        }
        return neutralise(String.valueOf(value));
    }

    /** Text as a spreadsheet will show it, never as a formula: a leading {@code '} before = + - @, tab or CR. */
    public static String neutralise(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return switch (first) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }

    /** 0.25 → "0.25", 3.0 → "3", 1e-7 → "0.0000001": spreadsheets and every CSV reader parse these. */
    static String plainDecimal(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
