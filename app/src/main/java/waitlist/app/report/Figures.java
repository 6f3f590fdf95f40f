package waitlist.app.report;

import java.util.Locale;

import waitlist.simulator.stats.Estimate;

/** How figures read on a report page: every estimate with its 95 % interval, in words and units a manager uses. */
public final class Figures {

    private Figures() {
    }

    /** "96.1% (95.3-96.8)". */
    public static String percentCi(Estimate e) {
        return e == null ? "-" : String.format(Locale.ROOT, "%.1f%% (%.1f\u2013%.1f)", 100 * e.mean(), 100 * e.low(), 100 * e.high());
    }

    /** "96%". */
    public static String percent(Estimate e) {
        return e == null ? "-" : percent(e.mean());
    }

    public static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    /** A chance with its interval, as a percentage: "85% (78-91%)". */
    public static String chance(Estimate e) {
        return e == null ? "-" : String.format(Locale.ROOT, "%.0f%% (%.0f\u2013%.0f%%)", 100 * e.mean(), 100 * e.low(), 100 * e.high());
    }

    /** "31.2 d (29.8-32.6)". */
    public static String daysCi(Estimate e) {
        return e == null ? "-" : String.format(Locale.ROOT, "%.1f d (%.1f\u2013%.1f)", e.mean(), e.low(), e.high());
    }

    public static String days(Estimate e) {
        return e == null ? "-" : String.format(Locale.ROOT, "%.1f d", e.mean());
    }

    /** "56.1 (52.0-60.2)". */
    public static String numberCi(Estimate e) {
        return e == null ? "-" : String.format(Locale.ROOT, "%.1f (%.1f\u2013%.1f)", e.mean(), e.low(), e.high());
    }

    public static String number(Estimate e) {
        return e == null ? "-" : String.format(Locale.ROOT, "%.1f", e.mean());
    }

    /** "£465,000". */
    public static String pounds(double v) {
        return String.format(Locale.UK, "\u00a3%,.0f", v);
    }

    /** "£465,000 (£461,000-£469,000)", or just the amount when the interval is narrower than a pound. */
    public static String poundsCi(Estimate e) {
        if (e == null) {
            return "-";
        }
        if (e.high() - e.low() < 1) {
            return pounds(e.mean());
        }
        return pounds(e.mean()) + " (" + pounds(e.low()) + "\u2013" + pounds(e.high()) + ")";
    }

    /** "+£9,600", "-£2,400", "no change". */
    public static String signedPounds(double v) {
        long rounded = Math.round(v);
        return rounded == 0 ? "no change" : (rounded > 0 ? "+" : "-") + pounds(Math.abs(rounded));
    }

    /** FTE to two decimals without trailing zeros: "4.5", "1.05". */
    public static String fte(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
