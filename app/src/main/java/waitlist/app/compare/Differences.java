package waitlist.app.compare;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import waitlist.simulator.compare.ComparisonResult;
import waitlist.simulator.stats.Estimate;

/** How a paired difference reads, shared by the text and HTML reports. */
final class Differences {

    /** A column of the difference tables: metric key, heading, and how to write one difference. */
    record Column(String key, String heading, Kind kind) {
    }

    enum Kind { POINTS, CHANCE, DAYS, PEOPLE, POUNDS }

    static final List<Column> COLUMNS = List.of(
            new Column("attainment", "attainment, points", Kind.POINTS),
            new Column("targetHolds", "chance it holds, points", Kind.CHANCE),
            new Column("waitMeanDays", "mean wait, days", Kind.DAYS),
            new Column("waitP95Days", "95th pct wait, days", Kind.DAYS),
            new Column("waitingListMean", "waiting list", Kind.PEOPLE),
            new Column("otUtilisation", "OT use, points", Kind.POINTS),
            new Column("staffCostPerYear", "staff cost, £ a year", Kind.POUNDS));

    private Differences() {
    }

    /** "+1.2 (0.4 to 2.0)", in the column's unit. */
    static String write(ComparisonResult.Delta d, Kind kind) {
        if (d == null) {
            return "-";
        }
        Estimate e = d.difference();
        return switch (kind) {
            case POINTS, CHANCE -> String.format(Locale.ROOT, "%+.1f (%+.1f to %+.1f)", 100 * e.mean(), 100 * e.low(), 100 * e.high());
            case DAYS, PEOPLE -> String.format(Locale.ROOT, "%+.1f (%+.1f to %+.1f)", e.mean(), e.low(), e.high());
            case POUNDS -> e.halfWidth() < 0.5 ? CompareTextReport.signedPounds(e.mean())
                    : String.format(Locale.UK, "%+,.0f (%+,.0f to %+,.0f)", e.mean(), e.low(), e.high());
        };
    }

    /** "61%": the share of replications in which the arm did better, or "-". */
    static String better(ComparisonResult.Delta d) {
        return d == null || d.pBetter() == null ? "-" : String.format(Locale.ROOT, "%.0f%%", 100 * d.pBetter().mean());
    }

    static ComparisonResult.Delta get(Map<String, ComparisonResult.Delta> metrics, String key) {
        return metrics == null ? null : metrics.get(key);
    }
}
