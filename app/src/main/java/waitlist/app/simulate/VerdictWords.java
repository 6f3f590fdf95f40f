package waitlist.app.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import waitlist.simulator.results.SimulationResult;
import waitlist.simulator.results.TargetStatus;
import waitlist.simulator.results.TargetVerdict;

/** The verdict's words beyond the headline, shared by the text and HTML reports. */
final class VerdictWords {

    /** Name at most this many alliance-periods in a line; the tables have the rest. */
    private static final int NAMED = 6;

    private VerdictWords() {
    }

    /** How a period's class is decided, in the scenario's own numbers. */
    static String howToRead(SimulationResult r) {
        String unit = TargetVerdict.unit(r.target().reportingPeriod());
        double q = r.verdict().confidence();
        // a stage network's target is the wait to start its clock-stopping stage, in the file's words
        String reached = r.stages().isEmpty() ? "been first assessed" : "started " + r.clockStop();
        return String.format(Locale.ROOT, "In each replication a %s meets the target when at least %s of the people whose day %d fell in it "
                        + "(eligible and still waiting, or seen) had %s by then; P(holds) is the share of replications in "
                        + "which it did. Likely to hold: P at least %s (the confidence; set it with target.confidence or --confidence); "
                        + "at risk: 50%% up to %s; likely to miss: below 50%%.",
                unit, TextReport.pct(r.target().attainment()), r.target().days(), reached, TextReport.pct(q), TextReport.pct(q));
    }

    /** Lines after the headline: the alliances' classes, and anything the replications left unsettled. */
    static List<String> details(SimulationResult r) {
        List<String> lines = new ArrayList<>();
        String unit = TargetVerdict.unit(r.target().reportingPeriod());
        String county = r.countyKey();
        TargetVerdict.Course course = r.verdict().course(county);
        if (course.worst() != null && course.worst() != TargetStatus.LIKELY_TO_HOLD) {
            // when, not just how often: the question a commissioner asks of a longer horizon
            lines.add("County-wide: " + course.words(unit) + ".");
        }
        List<List<String>> byStatus = new ArrayList<>();
        for (int i = 0; i < TargetStatus.values().length; i++) {
            byStatus.add(new ArrayList<>());
        }
        int cells = 0;
        for (TargetVerdict.PeriodVerdict p : r.verdict().periods()) {
            for (TargetVerdict.AreaVerdict a : p.areas()) {
                if (!a.area().equals(county)) {
                    cells++;
                    byStatus.get(a.status().ordinal()).add(r.areas().get(a.area()) + " " + p.period());
                }
            }
        }
        if (r.areas().size() > 2 && cells > 0) {
            // a stage network's areas are whatever its file calls them (Connect's quadrants), not Reconnect's alliances
            String area = r.stages().isEmpty() ? "alliance" : "area";
            StringBuilder line = new StringBuilder(r.stages().isEmpty() ? "Alliances: " : "Areas: ");
            List<String> parts = new ArrayList<>();
            for (TargetStatus s : TargetStatus.values()) {
                List<String> names = byStatus.get(s.ordinal());
                if (names.isEmpty()) {
                    continue;
                }
                String part = parts.isEmpty() ? names.size() + " of " + cells + " " + area + "-" + unit + "s " + s.words()
                        : names.size() + " " + s.words();
                if (s != TargetStatus.LIKELY_TO_HOLD) {
                    part += " (" + named(names) + ")";
                }
                parts.add(part);
            }
            lines.add(line.append(String.join(", ", parts)).append('.').toString());
        }
        if (!r.verdict().unsettled().isEmpty()) {
            List<String> names = r.verdict().unsettled().stream()
                    .map(u -> r.areas().get(u.area()) + " " + u.period() + " " + TargetVerdict.percentWithInterval(u.pHolds()))
                    .toList();
            lines.add("Not settled after " + r.replications() + " replications (the chance sits too close to a class boundary to tell): "
                    + named(names) + ".");
        }
        return lines;
    }

    /** The class of one area in one period, or "-" if nobody was due there. */
    static String status(SimulationResult r, String period, String area) {
        for (TargetVerdict.PeriodVerdict p : r.verdict().periods()) {
            if (p.period().equals(period)) {
                for (TargetVerdict.AreaVerdict a : p.areas()) {
                    if (a.area().equals(area)) {
                        return a.status().words();
                    }
                }
            }
        }
        return "-";
    }

    private static String named(List<String> names) {
        if (names.size() <= NAMED) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, NAMED)) + " and " + (names.size() - NAMED) + " more";
    }
}
