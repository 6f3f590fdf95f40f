package waitlist.app.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import waitlist.simulator.compare.ComparisonResult;
import waitlist.simulator.results.SimulationResult;
import waitlist.simulator.results.TargetStatus;
import waitlist.simulator.results.TargetVerdict;

/** The comparison as a manager reads it: each scenario's verdict and cost, then the differences from the first, county then by area. */
final class CompareTextReport {

    private CompareTextReport() {
    }

    static String render(ComparisonResult r) {
        StringBuilder sb = new StringBuilder();
        String base = r.labels().get(0);
        sb.append(String.format(Locale.ROOT, "Comparing %d scenarios on the same %d replications (seed %d; %s).%n",
                r.labels().size(), r.replications(), r.seed(), r.replicationRule()));
        sb.append("Every referral meets the same fate in every scenario, so each difference below is the change's effect, "
                + "with a 95% interval over the paired replications.\n\n");
        for (int k = 0; k < r.arms().size(); k++) {
            SimulationResult arm = r.arms().get(k);
            sb.append(r.labels().get(k)).append(": ").append(arm.verdict().text()).append(".\n");
            TargetVerdict.Course course = arm.verdict().course(arm.countyKey());
            if (course.worst() != null && course.worst() != TargetStatus.LIKELY_TO_HOLD) {
                sb.append("  County-wide: ").append(course.words(TargetVerdict.unit(arm.target().reportingPeriod()))).append(".\n");
            }
        }
        costs(sb, r);
        for (ComparisonResult.ArmDifference d : r.differences()) {
            sb.append(String.format(Locale.ROOT, "%n%s minus %s, county (95%% interval; 'better': share of replications in which %s did "
                    + "better)%n", d.arm(), d.versus(), d.arm()));
            String county = countyKey(r, d);
            table(sb, "period", d.periods().stream().map(p -> new Row(p.period(), p.areas().get(county))).toList());
            unshared(sb, r, d);
            ComparisonResult.PeriodDifference last = d.periods().isEmpty() ? null : d.periods().get(d.periods().size() - 1);
            if (last != null && r.arms().get(0).areas().size() > 2) {
                SimulationResult arm = armResult(r, d.arm());
                sb.append(String.format(Locale.ROOT, "%n%s minus %s by area, %s%n", d.arm(), d.versus(), last.period()));
                List<Row> rows = new ArrayList<>();
                for (var area : last.areas().entrySet()) {
                    rows.add(new Row(arm.areas().getOrDefault(area.getKey(), area.getKey()), area.getValue()));
                }
                table(sb, "area", rows);
            }
            CompareStageReport.text(sb, r, d);
        }
        return sb.toString();
    }

    private record Row(String label, Map<String, ComparisonResult.Delta> metrics) {
    }

    private static void table(StringBuilder sb, String first, List<Row> rows) {
        sb.append(String.format(Locale.ROOT, "%-18s", first));
        for (Differences.Column c : Differences.COLUMNS) {
            sb.append(String.format(Locale.ROOT, " %-24s", c.heading()));
        }
        sb.append(String.format(Locale.ROOT, " %s%n", "better: attainment / mean wait"));
        for (Row row : rows) {
            sb.append(String.format(Locale.ROOT, "%-18s", row.label()));
            for (Differences.Column c : Differences.COLUMNS) {
                sb.append(String.format(Locale.ROOT, " %-24s", Differences.write(Differences.get(row.metrics(), c.key()), c.kind())));
            }
            sb.append(String.format(Locale.ROOT, " %s / %s%n", Differences.better(Differences.get(row.metrics(), "attainment")),
                    Differences.better(Differences.get(row.metrics(), "waitMeanDays"))));
        }
    }

    private static void costs(StringBuilder sb, ComparisonResult r) {
        SimulationResult first = r.arms().get(0);
        if (first.cost() == null) {
            return;
        }
        sb.append("Staff cost a year (county, whole horizon): ");
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < r.arms().size(); k++) {
            SimulationResult arm = r.arms().get(k);
            if (arm.cost() == null) {
                continue;
            }
            String part = r.labels().get(k) + " " + pounds(arm.cost().annualTotal().mean());
            if (k > 0) {
                part += " (" + signedPounds(arm.cost().annualTotal().mean() - first.cost().annualTotal().mean()) + ")";
            }
            parts.add(part);
        }
        sb.append(String.join("; ", parts)).append(".\n");
    }

    /** Periods the arm reports that the first does not (a longer horizon, say): named, since they have no difference. */
    private static void unshared(StringBuilder sb, ComparisonResult r, ComparisonResult.ArmDifference d) {
        SimulationResult arm = armResult(r, d.arm());
        List<String> alone = new ArrayList<>();
        for (SimulationResult.PeriodResult p : arm.periods()) {
            boolean shared = d.periods().stream().anyMatch(x -> x.start().equals(p.start()) && x.end().equals(p.end()));
            if (!shared && !p.wholeHorizon()) {
                alone.add(p.label());
            }
        }
        if (!alone.isEmpty()) {
            sb.append(String.format(Locale.ROOT, "%s also reports %d period%s %s does not (%s to %s): see its verdict above.%n",
                    d.arm(), alone.size(), alone.size() == 1 ? "" : "s", d.versus(), alone.get(0), alone.get(alone.size() - 1)));
        }
    }

    static SimulationResult armResult(ComparisonResult r, String label) {
        return r.arms().get(r.labels().indexOf(label));
    }

    static String countyKey(ComparisonResult r, ComparisonResult.ArmDifference d) {
        return armResult(r, d.arm()).countyKey();
    }

    /** "+£9,600", "-£2,400", "no change": rounding noise of a penny is no change. */
    static String signedPounds(double v) {
        long rounded = Math.round(v);
        return rounded == 0 ? "no change" : (rounded > 0 ? "+" : "-") + pounds(Math.abs(rounded));
    }

    static String pounds(double v) {
        return String.format(Locale.UK, "\u00a3%,.0f", v);
    }
}
