package waitlist.app.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import waitlist.app.UserError;

/**
 * The columns an extract is read by. Each has a default header name; {@code --column
 * name=HEADER} reads it from a differently named column. Headers match ignoring case and
 * surrounding spaces. The first five are required; the rest may be absent (read as empty).
 */
final class ExtractColumns {

    static final String ID = "id";
    static final String REFERRAL_DATE = "referral_date";
    static final String ALLIANCE = "alliance";
    static final String PRIORITY = "priority";
    static final String STATUS = "status";
    static final String FIRST_ASSESSMENT_DATE = "first_assessment_date";
    static final String INTERVENTION_START_DATE = "intervention_start_date";
    static final String DISCHARGE_DATE = "discharge_date";
    static final String LEFT_DATE = "left_date";
    static final String INTERVENTION = "intervention";

    static final List<String> REQUIRED = List.of(ID, REFERRAL_DATE, ALLIANCE, PRIORITY, STATUS);
    static final List<String> OPTIONAL = List.of(FIRST_ASSESSMENT_DATE, INTERVENTION_START_DATE, DISCHARGE_DATE, LEFT_DATE, INTERVENTION);
    /** The default header, as `waitlist import --help` shows it and the synthetic extract writes it. */
    static final List<String> ALL = concat(REQUIRED, OPTIONAL);

    /** Column name → index in the file (0-based); absent optional columns are left out. */
    private final Map<String, Integer> index;
    private final List<String> headers;
    private final List<String> unused;

    private ExtractColumns(Map<String, Integer> index, List<String> headers, List<String> unused) {
        this.index = index;
        this.headers = headers;
        this.unused = unused;
    }

    /**
     * Finds the columns in {@code header}. {@code renames} maps a column name to the header it is
     * read from. A required column not found, or a rename naming no column, is a user error naming
     * the file's line 1 and the headers it has.
     */
    static ExtractColumns find(String file, List<String> header, Map<String, String> renames) {
        for (String name : renames.keySet()) {
            if (!ALL.contains(name)) {
                throw new UserError("--column " + name + "=...: no such column to rename; the columns are " + String.join(", ", ALL));
            }
        }
        Map<String, Integer> byHeader = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String key = normalise(header.get(i));
            if (byHeader.putIfAbsent(key, i) != null) {
                throw new UserError(file + ":1:" + (i + 1) + ": the header names \"" + header.get(i).strip() + "\" twice (columns "
                        + (byHeader.get(key) + 1) + " and " + (i + 1) + "); rename one");
            }
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String name : ALL) {
            String wanted = renames.getOrDefault(name, name);
            Integer at = byHeader.get(normalise(wanted));
            if (at != null) {
                index.put(name, at);
            } else if (renames.containsKey(name)) {
                throw new UserError(file + ":1: no column \"" + wanted + "\" (given by --column " + name + "=...); the header has: "
                        + quoted(header));
            } else if (REQUIRED.contains(name)) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            throw new UserError(file + ":1: no column " + String.join(", ", missing.stream().map(m -> "\"" + m + "\"").toList())
                    + "; the header has: " + quoted(header) + ". Name yours with --column, e.g. --column "
                    + missing.getFirst() + "=\"Your heading\"");
        }
        List<String> unused = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (!index.containsValue(i)) {
                unused.add(header.get(i).strip());
            }
        }
        return new ExtractColumns(index, List.copyOf(header), List.copyOf(unused));
    }

    boolean has(String name) {
        return index.containsKey(name);
    }

    /** 0-based index in the file; the column must be present. */
    int index(String name) {
        return index.get(name);
    }

    /** The header as written in the file, for messages. */
    String header(String name) {
        return headers.get(index.get(name)).strip();
    }

    int width() {
        return headers.size();
    }

    /** Headers of columns nothing reads, to tell the user. */
    List<String> unused() {
        return unused;
    }

    private static String normalise(String header) {
        return header.strip().toLowerCase(Locale.ROOT);
    }

    private static String quoted(List<String> header) {
        return String.join(", ", header.stream().map(h -> "\"" + h.strip() + "\"").toList());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
