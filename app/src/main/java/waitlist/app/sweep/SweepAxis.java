package waitlist.app.sweep;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import waitlist.app.UserError;
import waitlist.scenarios.io.ValueOverride;

/**
 * One {@code --set /json/pointer=v1,v2,...} of a sweep: the values one input takes across the grid. Values are separated by
 * commas outside brackets, braces and quotes (so {@code [1, 2]} is one value), or written as a range {@code from..to:step}
 * ({@code 0..0.1:0.02} is 0, 0.02, 0.04, 0.06, 0.08, 0.1, counted in exact decimals).
 */
record SweepAxis(String pointer, List<String> values) {

    /** Most points one axis may have: a sweep is for a curve, not a search. */
    static final int MAX_VALUES = 50;

    static SweepAxis parse(String assignment) {
        int eq = assignment.indexOf('=');
        if (eq <= 1 || !assignment.startsWith("/")) {
            throw new UserError("--set " + assignment + ": expected /json/pointer=v1,v2,... or /json/pointer=from..to:step, "
                    + "e.g. --set /demand/growthPerYear=0,0.05,0.1");
        }
        String pointer = assignment.substring(0, eq);
        String text = assignment.substring(eq + 1);
        List<String> values = text.matches("\\s*-?[0-9.]+\\s*\\.\\.\\s*-?[0-9.]+\\s*:\\s*[0-9.]+\\s*") ? range(assignment, text) : split(text);
        if (values.isEmpty() || values.stream().anyMatch(String::isBlank)) {
            throw new UserError("--set " + assignment + ": a value is empty; separate values with commas, e.g. 0,0.05,0.1");
        }
        if (values.size() > MAX_VALUES) {
            throw new UserError("--set " + assignment + ": " + values.size() + " values; a sweep takes at most " + MAX_VALUES
                    + " per input (use a coarser step, or run staff to search)");
        }
        for (String v : values) {
            ValueOverride.parse(pointer + "=" + v); // a malformed pointer is reported now, before any work
        }
        return new SweepAxis(pointer, List.copyOf(values));
    }

    private static List<String> range(String assignment, String text) {
        String[] ends = text.split("\\.\\.|:");
        BigDecimal from;
        BigDecimal to;
        BigDecimal step;
        try {
            from = new BigDecimal(ends[0].trim());
            to = new BigDecimal(ends[1].trim());
            step = new BigDecimal(ends[2].trim());
        } catch (NumberFormatException e) {
            throw new UserError("--set " + assignment + ": a range is from..to:step with numbers, e.g. 0..0.1:0.02");
        }
        if (step.signum() <= 0 || to.compareTo(from) < 0) {
            throw new UserError("--set " + assignment + ": a range needs from <= to and a step above 0, e.g. 0..0.1:0.02");
        }
        List<String> values = new ArrayList<>();
        for (BigDecimal v = from; v.compareTo(to) <= 0 && values.size() <= MAX_VALUES; v = v.add(step)) {
            values.add(v.stripTrailingZeros().toPlainString());
        }
        return values;
    }

    /** Splits at commas that are not inside [], {} or a quoted string. */
    private static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' && (i == 0 || text.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            } else if (!quoted && (c == '[' || c == '{')) {
                depth++;
            } else if (!quoted && (c == ']' || c == '}')) {
                depth--;
            } else if (!quoted && depth == 0 && c == ',') {
                out.add(text.substring(start, i).trim());
                start = i + 1;
            }
        }
        out.add(text.substring(start).trim());
        return out;
    }
}
