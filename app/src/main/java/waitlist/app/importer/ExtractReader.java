package waitlist.app.importer;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import waitlist.app.UserError;
import waitlist.scenarios.InterventionMode;

/**
 * Reads a referral extract (CSV, one row per referral) with Commons CSV and checks every row:
 * each field on its own (dates, alliance, priority, status), then the row as a whole (the dates
 * the status needs, dates in order), then ids across rows. Every problem is collected, each
 * located as {@code file:line:column: column-name: message}; the caller decides whether a bad row
 * stops the import or is skipped (and listed).
 */
final class ExtractReader {

    /**
     * The rows read. {@code rows} holds the good ones; {@code problems} every problem, by line.
     * {@code digest} is a SHA-256 of the file, so an imported scenario names the exact extract.
     */
    record Extract(String file, String digest, List<ExtractRow> rows, List<RowProblem> problems, int dataRows,
                   List<String> unusedColumns) {

        /** Lines of rows with at least one problem, in order. */
        List<Integer> badLines() {
            return problems.stream().map(RowProblem::line).distinct().sorted().toList();
        }
    }

    private final String file;
    private final Vocabulary vocabulary;
    private final Map<String, String> renames;
    private final char delimiter;

    ExtractReader(String file, Vocabulary vocabulary, Map<String, String> renames, char delimiter) {
        this.file = file;
        this.vocabulary = vocabulary;
        this.renames = renames;
        this.delimiter = delimiter;
    }

    Extract read(Path path) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new UserError(file + ": no such file");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return read(decode(bytes), sha256(bytes));
    }

    Extract read(String text, String digest) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // spreadsheets' "CSV UTF-8" starts with a byte-order mark
        }
        int[] lineStarts = lineStarts(text);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        List<ExtractRow> rows = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        Map<String, Integer> idLines = new HashMap<>();
        int dataRows = 0;
        ExtractColumns columns = null;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                int line = lineOf(lineStarts, firstCharacter(text, record.getCharacterPosition()));
                if (columns == null) {
                    columns = ExtractColumns.find(file, record.toList(), renames);
                    continue;
                }
                dataRows++;
                List<RowProblem> found = new ArrayList<>();
                ExtractRow row = new RowCheck(columns, record, line, found).row();
                String id = record.size() > columns.index(ExtractColumns.ID) ? record.get(columns.index(ExtractColumns.ID)).strip() : "";
                Integer first = id.isEmpty() ? null : idLines.putIfAbsent(id, line);
                if (first != null) {
                    found.add(problem(line, columns, ExtractColumns.ID, "\"" + id + "\" is also the id on line " + first
                            + "; each referral is one row"));
                    row = null;
                }
                problems.addAll(found);
                if (found.isEmpty()) {
                    rows.add(row);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new UserError(file + ": not readable as CSV: " + e.getMessage());
        }
        if (columns == null) {
            throw new UserError(file + ": the file is empty; expected a header line (" + String.join(",", ExtractColumns.ALL) + ") and one row per referral");
        }
        return new Extract(file, digest, List.copyOf(rows), List.copyOf(problems), dataRows, columns.unused());
    }

    /** Checks one record field by field, then as a whole; null if a field could not be read. */
    private final class RowCheck {
        final ExtractColumns columns;
        final CSVRecord record;
        final int line;
        final List<RowProblem> found;

        RowCheck(ExtractColumns columns, CSVRecord record, int line, List<RowProblem> found) {
            this.columns = columns;
            this.record = record;
            this.line = line;
            this.found = found;
        }

        ExtractRow row() {
            if (record.size() != columns.width()) {
                found.add(new RowProblem(file, line, Math.min(record.size(), columns.width()) + 1, "(row)",
                        "the row has " + record.size() + " fields but the header has " + columns.width()
                                + "; check for a stray or missing delimiter '" + delimiter + "' or an unclosed quote"));
                return null;
            }
            int before = found.size();
            String id = required(ExtractColumns.ID);
            LocalDate referral = date(ExtractColumns.REFERRAL_DATE, true);
            String alliance = alliance();
            String priority = priority();
            ReferralStatus status = status();
            LocalDate assessed = date(ExtractColumns.FIRST_ASSESSMENT_DATE, false);
            LocalDate started = date(ExtractColumns.INTERVENTION_START_DATE, false);
            LocalDate discharged = date(ExtractColumns.DISCHARGE_DATE, false);
            LocalDate left = date(ExtractColumns.LEFT_DATE, false);
            InterventionMode mode = mode();
            if (found.size() > before) {
                return null;
            }
            ExtractRow row = new ExtractRow(line, id, referral, alliance, priority, status, assessed, started, discharged, left, mode);
            agree(row);
            return found.size() > before ? null : row;
        }

        /** The dates the status needs, and none it rules out; dates in order. */
        private void agree(ExtractRow r) {
            String is = "status is \"" + r.status().code() + "\"";
            switch (r.status()) {
                case WAITING -> {
                    forbidden(r.firstAssessment(), ExtractColumns.FIRST_ASSESSMENT_DATE, is + " (not yet first-assessed)");
                    forbidden(r.interventionStart(), ExtractColumns.INTERVENTION_START_DATE, is + " (not yet first-assessed)");
                    forbidden(r.discharge(), ExtractColumns.DISCHARGE_DATE, is + " (not yet first-assessed)");
                }
                case REDIRECTED, DROPPED_OUT -> {
                    String why = is + ": they left the list before a first assessment";
                    forbidden(r.firstAssessment(), ExtractColumns.FIRST_ASSESSMENT_DATE, why);
                    forbidden(r.interventionStart(), ExtractColumns.INTERVENTION_START_DATE, why);
                    forbidden(r.discharge(), ExtractColumns.DISCHARGE_DATE, why);
                }
                case ASSESSED -> {
                    needed(r.firstAssessment(), ExtractColumns.FIRST_ASSESSMENT_DATE, is + " needs the first-assessment date");
                    forbidden(r.interventionStart(), ExtractColumns.INTERVENTION_START_DATE, is
                            + " (not yet started); use \"in-service\" if they have started");
                    forbidden(r.discharge(), ExtractColumns.DISCHARGE_DATE, is + "; use \"discharged\" if they have left");
                }
                case IN_SERVICE -> {
                    needed(r.interventionStart(), ExtractColumns.INTERVENTION_START_DATE, is + " needs the intervention start date");
                    forbidden(r.discharge(), ExtractColumns.DISCHARGE_DATE, is + "; use \"discharged\" if they have left");
                }
                case DISCHARGED -> needed(r.discharge(), ExtractColumns.DISCHARGE_DATE, is + " needs the discharge date");
            }
            if (!r.status().leftWithoutAssessment()) {
                forbidden(r.left(), ExtractColumns.LEFT_DATE, is + "; left_date is only for redirected or dropped-out referrals");
            }
            if (r.mode() != null && r.interventionStart() == null) {
                found.add(problem(line, columns, ExtractColumns.INTERVENTION, "given, but there is no intervention start date"));
            }
            LocalDate after = r.referral();
            String afterName = "the referral date";
            String[] names = {ExtractColumns.FIRST_ASSESSMENT_DATE, ExtractColumns.INTERVENTION_START_DATE, ExtractColumns.DISCHARGE_DATE};
            String[] what = {"the first assessment", "the intervention start", "the discharge"};
            LocalDate[] dates = {r.firstAssessment(), r.interventionStart(), r.discharge()};
            for (int i = 0; i < dates.length; i++) {
                if (dates[i] == null) {
                    continue;
                }
                if (dates[i].isBefore(after)) {
                    found.add(problem(line, columns, names[i], dates[i] + " is before " + afterName + " " + after
                            + "; dates go referral, first assessment, intervention start, discharge"));
                }
                after = dates[i];
                afterName = what[i];
            }
            if (r.left() != null && r.left().isBefore(r.referral())) {
                found.add(problem(line, columns, ExtractColumns.LEFT_DATE, r.left() + " is before the referral date " + r.referral()));
            }
        }

        private void forbidden(LocalDate date, String column, String why) {
            if (date != null) {
                found.add(problem(line, columns, column, "given (" + date + "), but " + why));
            }
        }

        private void needed(LocalDate date, String column, String why) {
            if (date == null) {
                found.add(problem(line, columns, column, "empty, but " + why));
            }
        }

        private String value(String column) {
            return columns.has(column) ? record.get(columns.index(column)).strip() : "";
        }

        private String required(String column) {
            String v = value(column);
            if (v.isEmpty()) {
                found.add(problem(line, columns, column, "empty; every referral needs one"));
                return null;
            }
            return v;
        }

        private LocalDate date(String column, boolean required) {
            String v = required ? required(column) : value(column);
            if (v == null || v.isEmpty()) {
                return null;
            }
            LocalDate d = ExtractDates.parse(v);
            if (d == null) {
                found.add(problem(line, columns, column, "\"" + v + "\" is not a date; write " + ExtractDates.ALLOWED));
            }
            return d;
        }

        private String alliance() {
            String v = required(ExtractColumns.ALLIANCE);
            if (v == null) {
                return null;
            }
            String id = vocabulary.alliance(v);
            if (id == null) {
                found.add(problem(line, columns, ExtractColumns.ALLIANCE, "\"" + v + "\" is not an alliance of " + vocabulary.scenario()
                        + "; use an id or name: " + vocabulary.allianceChoices()));
            }
            return id;
        }

        private String priority() {
            String v = required(ExtractColumns.PRIORITY);
            if (v == null) {
                return null;
            }
            if (!vocabulary.priorities().contains(v)) {
                found.add(problem(line, columns, ExtractColumns.PRIORITY, "\"" + v + "\" is not a priority class of " + vocabulary.scenario()
                        + "; use one of " + String.join(", ", vocabulary.priorities()) + nearest(v, vocabulary.priorities())));
                return null;
            }
            return v;
        }

        private ReferralStatus status() {
            String v = required(ExtractColumns.STATUS);
            if (v == null) {
                return null;
            }
            ReferralStatus s = ReferralStatus.of(v);
            if (s == null) {
                found.add(problem(line, columns, ExtractColumns.STATUS, "\"" + v + "\" is not a status; use one of "
                        + String.join(", ", ReferralStatus.codes()) + nearest(v, ReferralStatus.codes())));
            }
            return s;
        }

        private InterventionMode mode() {
            String v = value(ExtractColumns.INTERVENTION);
            return switch (v) {
                case "" -> null;
                case "group" -> InterventionMode.GROUP;
                case "one-to-one" -> InterventionMode.ONE_TO_ONE;
                default -> {
                    found.add(problem(line, columns, ExtractColumns.INTERVENTION, "\"" + v + "\" is not an intervention mode; use group or one-to-one, or leave it empty"
                            + nearest(v, List.of("group", "one-to-one"))));
                    yield null;
                }
            };
        }
    }

    /** "; did you mean X?" when the value differs from an allowed one only in case, spaces or underscores. */
    private static String nearest(String v, List<String> allowed) {
        String key = v.toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-');
        return allowed.stream().filter(a -> a.toLowerCase(Locale.ROOT).equals(key)).findFirst()
                .map(a -> " (did you mean \"" + a + "\"?)").orElse("");
    }

    private RowProblem problem(int line, ExtractColumns columns, String column, String message) {
        return new RowProblem(file, line, columns.index(column) + 1, columns.header(column), message);
    }

    private String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UserError(file + ": not UTF-8 text; save it from the spreadsheet as \"CSV UTF-8 (comma delimited)\"");
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Offsets where each line starts, for turning a record's character position into a line number. */
    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A record's position may be where the blank lines before it start (they are skipped): step over them. */
    private static long firstCharacter(String text, long position) {
        int i = (int) position;
        while (i < text.length() && (text.charAt(i) == '\n' || text.charAt(i) == '\r')) {
            i++;
        }
        return i;
    }

    private static int lineOf(int[] lineStarts, long position) {
        int i = Arrays.binarySearch(lineStarts, (int) position);
        return (i >= 0 ? i : -i - 2) + 1;
    }
}
