package waitlist.app;

import java.math.BigDecimal;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import waitlist.scenarios.ReportingPeriod;

/**
 * How flag values are read, with messages in plain words: picocli's own say "'abc' is not an int"
 * or name a Java exception ("'yesterday' is not a LocalDate: java.time.format.DateTimeParseException").
 */
final class OptionValues {

    private OptionValues() {
    }

    static void register(CommandLine cli) {
        ITypeConverter<Integer> whole = text -> (int) wholeNumber(text, Integer.MIN_VALUE, Integer.MAX_VALUE);
        ITypeConverter<Long> wholeLong = text -> wholeNumber(text, Long.MIN_VALUE, Long.MAX_VALUE);
        ITypeConverter<Double> number = OptionValues::number;
        cli.registerConverter(Integer.class, whole).registerConverter(int.class, whole)
                .registerConverter(Long.class, wholeLong).registerConverter(long.class, wholeLong)
                .registerConverter(Double.class, number).registerConverter(double.class, number)
                .registerConverter(LocalDate.class, OptionValues::date)
                .registerConverter(Path.class, OptionValues::path)
                .registerConverter(ReportingPeriod.class, OptionValues::reportingPeriod);
    }

    /** A reporting period as a scenario file spells it ("financial-quarter"); picocli alone wanted "FINANCIAL_QUARTER". */
    static ReportingPeriod reportingPeriod(String text) {
        for (ReportingPeriod p : ReportingPeriod.values()) {
            if (fileName(p).equals(text.trim())) {
                return p;
            }
        }
        throw new TypeConversionException("'" + text + "' is not a reporting period; use one of "
                + Arrays.stream(ReportingPeriod.values()).map(OptionValues::fileName).collect(Collectors.joining(", ")));
    }

    private static String fileName(ReportingPeriod p) {
        return p.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static long wholeNumber(String text, long min, long max) {
        String t = text.trim();
        BigDecimal value;
        try {
            value = new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + text + "' is not a whole number");
        }
        if (value.stripTrailingZeros().scale() > 0) {
            throw new TypeConversionException("'" + text + "' is not a whole number");
        }
        if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new TypeConversionException("'" + text + "' is too large; use a whole number from " + min + " to " + max);
        }
        return value.longValueExact();
    }

    static double number(String text) {
        try {
            double v = new BigDecimal(text.trim()).doubleValue();
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new TypeConversionException("'" + text + "' is not a number (write e.g. 0.9)");
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + text + "' is not a date; write it YYYY-MM-DD, e.g. 2026-03-02");
        }
    }

    static Path path(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new TypeConversionException("'" + text + "' is not a usable file name (" + e.getReason().toLowerCase() + ")");
        }
    }
}
