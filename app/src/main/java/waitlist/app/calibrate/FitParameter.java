package waitlist.app.calibrate;

import java.math.BigDecimal;

import tools.jackson.core.JsonPointer;
import waitlist.app.UserError;

/**
 * One {@code --fit /json/pointer=min..max}: a number of the scenario to fit, searched between the bounds. Pointers
 * address the scenario as {@code --set} does; a value that changes on dates is fitted through
 * {@code /.../value} or {@code /.../changes/N/value}.
 */
record FitParameter(String pointer, double min, double max, String flag) {

    static FitParameter parse(String text) {
        String flag = "--fit " + text;
        int eq = text.lastIndexOf('=');
        int dots = text.indexOf("..", eq + 1);
        if (!text.startsWith("/") || eq < 2 || dots < 0) {
            throw new UserError(flag + ": expected /json/pointer=min..max, e.g. --fit /pathway/firstAssessment/writeUpMinutes=10..60");
        }
        String pointer = text.substring(0, eq);
        try {
            JsonPointer.compile(pointer);
        } catch (IllegalArgumentException e) {
            throw new UserError(flag + ": not a valid JSON pointer (write ~0 for ~ and ~1 for / inside a name)");
        }
        double min = number(text.substring(eq + 1, dots), flag);
        double max = number(text.substring(dots + 2), flag);
        if (!(min < max)) {
            throw new UserError(flag + ": the range must have min < max; found " + plain(min) + ".." + plain(max));
        }
        return new FitParameter(pointer, min, max, flag);
    }

    private static double number(String s, String flag) {
        try {
            double v = Double.parseDouble(s.trim());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new UserError(flag + ": \"" + s.trim() + "\" is not a number; write the range as min..max, e.g. 10..60");
    }

    /** The last name in the pointer, for tables: "writeUpMinutes", or "writeUpMinutes/changes/0/value" when that is vaguer. */
    String shortName() {
        String[] parts = pointer.substring(1).split("/");
        String last = parts[parts.length - 1];
        if ((last.equals("value") || last.equals("fte") || last.matches("\\d+")) && parts.length > 1) {
            int from = parts.length >= 4 && parts[parts.length - 3].equals("changes") ? parts.length - 4 : parts.length - 2;
            return String.join("/", java.util.Arrays.copyOfRange(parts, Math.max(0, from), parts.length));
        }
        return last;
    }

    double toValue(double unit) {
        return min + unit * (max - min);
    }

    double toUnit(double value) {
        return (value - min) / (max - min);
    }

    /** Decimals to show and write: enough for a thousandth of the range. */
    int decimals() {
        return Math.max(0, (int) -Math.floor(Math.log10((max - min) / 1000)));
    }

    double round(double value) {
        return BigDecimal.valueOf(value).setScale(decimals(), java.math.RoundingMode.HALF_EVEN).doubleValue();
    }

    String format(double value) {
        return String.format(java.util.Locale.ROOT, "%." + decimals() + "f", value);
    }

    static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
