package waitlist.app.calibrate;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import waitlist.app.UserError;

/**
 * Reads an observed series: the CSV {@code waitlist import --observed} writes, in the columns of
 * {@code simulate --format csv} ({@code granularity,period,start,end,area,metric,statistic,value}). Rows with statistic
 * {@code observed} are the observations; a file with none (a simulated series) is read through its {@code mean} rows,
 * so a run of the simulator can stand in for history (the known-truth check). Empty values (nothing measured) are
 * skipped; anything else malformed is an error naming the file, line and column.
 */
final class ObservedFile {

    static final List<String> HEADER = List.of("granularity", "period", "start", "end", "area", "metric", "statistic", "value");

    /** Rows of {@code simulate --format csv} that summarise rather than describe a week or period. */
    private static final java.util.Set<String> SUMMARIES = java.util.Set.of("horizon", "stage", "verdict");

    /** What was read: the observations, and which statistic they came from. */
    record Read(Path file, List<Observation> observations, String statistic) {
    }

    private ObservedFile() {
    }

    static Read read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UserError("--observed " + file + ": no such file");
        }
        List<Observation> observed = new ArrayList<>();
        List<Observation> means = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser parser = CSVParser.parse(in, format)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT)).toList();
            if (!header.equals(HEADER)) {
                throw new UserError("--observed " + file + ":1: the header must be " + String.join(",", HEADER)
                        + " (as waitlist import --observed and simulate --format csv write it); found " + String.join(",", header));
            }
            for (CSVRecord r : parser) {
                int line = (int) parser.getCurrentLineNumber();
                if (r.size() != HEADER.size()) {
                    problems.add(file + ":" + line + ": expected " + HEADER.size() + " fields, found " + r.size());
                    continue;
                }
                String statistic = r.get(6).trim();
                if (!statistic.equals("observed") && !statistic.equals("mean")) {
                    continue; // ci_low, ci_high, n of a simulated series
                }
                String granularity = r.get(0).trim();
                if (SUMMARIES.contains(granularity)) {
                    continue; // a simulated series' whole-horizon, stage and verdict rows: no history to match
                }
                if (!granularity.equals("week") && !granularity.equals("period")) {
                    problems.add(file + ":" + line + ":1: granularity \"" + granularity + "\" is not week or period");
                    continue;
                }
                LocalDate start = date(r.get(2), file, line, 3, problems);
                LocalDate end = date(r.get(3), file, line, 4, problems);
                String text = r.get(7).trim();
                if (text.isEmpty()) {
                    continue; // nothing measured (no first assessments that period)
                }
                double value;
                try {
                    value = Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    problems.add(file + ":" + line + ":8: value \"" + text + "\" is not a number");
                    continue;
                }
                if (!Double.isFinite(value)) {
                    problems.add(file + ":" + line + ":8: value must be a finite number, found " + text);
                    continue;
                }
                if (start == null || end == null) {
                    continue;
                }
                if (!end.isAfter(start)) {
                    problems.add(file + ":" + line + ":4: end " + end + " must be after start " + start + " (end is the day after the last)");
                    continue;
                }
                Observation o = new Observation(granularity.equals("week"), r.get(1).trim(), start, end, r.get(4).trim(),
                        r.get(5).trim(), value, line);
                (statistic.equals("observed") ? observed : means).add(o);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new UserError("--observed " + file + ": cannot read it: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new UserError("--observed " + file + ": not a CSV file this tool can read: " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new UserError(String.join("\n       ", problems) + "\n" + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                    + " in " + file);
        }
        if (observed.isEmpty() && means.isEmpty()) {
            throw new UserError("--observed " + file + ": no rows with statistic 'observed' (or 'mean', of a simulated series) to calibrate to");
        }
        return observed.isEmpty() ? new Read(file, means, "mean") : new Read(file, observed, "observed");
    }

    private static LocalDate date(String text, Path file, int line, int column, List<String> problems) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            problems.add(file + ":" + line + ":" + column + ": " + HEADER.get(column - 1) + " \"" + text + "\" is not a date written YYYY-MM-DD");
            return null;
        }
    }
}
