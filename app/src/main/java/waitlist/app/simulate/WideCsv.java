package waitlist.app.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import waitlist.app.output.SpreadsheetCsv;
import waitlist.simulator.results.Metric;
import waitlist.simulator.results.SimulationResult;
import waitlist.simulator.results.TargetVerdict;
import waitlist.simulator.stats.Estimate;

/**
 * The simulation for a spreadsheet without a pivot table: one row per reporting period and area (the whole horizon last),
 * one column per measure and two more for its 95 % interval, headed in words ("Attainment (%)", "Attainment, 95% CI low
 * (%)"). Shares are written as percentages (95.2, not 0.952), dates in ISO form. The tidy long file stays the one to
 * compute with; this one is for reading and charting by hand.
 */
public final class WideCsv {

    private WideCsv() {
    }

    /** A column heading and whether the measure is a share written as a percentage. */
    public record Heading(String words, boolean percent) {
    }

    /** Every metric's heading: an exhaustive switch, so a new metric cannot be left out unnoticed. */
    public static Heading heading(Metric m) {
        return switch (m) {
            case REFERRALS -> new Heading("Referrals", false);
            case REDIRECTED -> new Heading("Redirected at triage", false);
            case FIRST_ASSESSMENTS -> new Heading("First assessments", false);
            case WAIT_MEAN -> new Heading("Mean wait (days)", false);
            case WAIT_MEDIAN -> new Heading("Median wait (days)", false);
            case WAIT_P90 -> new Heading("90th percentile wait (days)", false);
            case WAIT_P95 -> new Heading("95th percentile wait (days)", false);
            case WAIT_MAX -> new Heading("Longest wait (days)", false);
            case TARGET_DUE -> new Heading("People due (target day in period)", false);
            case ATTAINMENT -> new Heading("Attainment (%)", true);
            case ASSESSED_WITHIN_TARGET -> new Heading("Seen within target, of those seen (%)", true);
            case URGENT_WAIT_MEAN -> new Heading("Urgent mean wait (days)", false);
            case URGENT_ATTAINMENT -> new Heading("Urgent seen within target (%)", true);
            case TARGET_HOLDS -> new Heading("Chance target holds (%)", true);
            case ALL_PERIODS_HOLD -> new Heading("Chance every period holds (%)", true);
            case BREACHES -> new Heading("Breaches", false);
            case DROPOUTS -> new Heading("Dropped out while waiting", false);
            case WAITING_LIST -> new Heading("Waiting list at end", false);
            case WAITING_LIST_MEAN -> new Heading("Waiting list, average", false);
            case CASELOAD -> new Heading("Caseload at end", false);
            case AWAITING_PLACE -> new Heading("Waiting for a place at end", false);
            case PLACE_WAIT_MEAN -> new Heading("Mean wait for a place (days)", false);
            case DISCHARGES -> new Heading("Discharges", false);
            case FLOW_MEAN -> new Heading("Mean referral to discharge (days)", false);
            case REVIEWS -> new Heading("Reviews", false);
            case OT_HOURS -> new Heading("OT hours used", false);
            case OT_ASSESSMENT_HOURS -> new Heading("OT hours, first assessments", false);
            case OT_REVIEW_HOURS -> new Heading("OT hours, reviews", false);
            case OT_ONE_TO_ONE_HOURS -> new Heading("OT hours, one-to-one", false);
            case OT_HOURS_DEMANDED -> new Heading("OT hours demanded", false);
            case OT_AVAILABLE_HOURS -> new Heading("OT hours available", false);
            case OT_UTILISATION -> new Heading("OT use (%)", true);
            case COACH_HOURS -> new Heading("Coach hours used", false);
            case COACH_HOURS_DEMANDED -> new Heading("Coach hours demanded", false);
            case COACH_AVAILABLE_HOURS -> new Heading("Coach hours available", false);
            case COACH_UTILISATION -> new Heading("Coach use (%)", true);
            case OT_COST_PER_YEAR -> new Heading("OT cost (pounds a year)", false);
            case COACH_COST_PER_YEAR -> new Heading("Coach cost (pounds a year)", false);
            case STAFF_COST_PER_YEAR -> new Heading("Staff cost (pounds a year)", false);
            case COST_PER_FIRST_ASSESSMENT -> new Heading("Cost per first assessment (pounds)", false);
        };
    }

    public static String render(SimulationResult r) {
        StringBuilder sb = new StringBuilder();
        SpreadsheetCsv csv = new SpreadsheetCsv(sb, v -> String.format(Locale.ROOT, "%.4g", v));
        List<Object> header = new ArrayList<>(List.of("Period", "Start", "End (exclusive)", "Area", "Area id", "Verdict"));
        for (Metric m : Metric.values()) {
            Heading h = heading(m);
            header.add(h.words());
            header.add(withCi(h.words(), "low"));
            header.add(withCi(h.words(), "high"));
        }
        csv.row(header);
        for (SimulationResult.PeriodResult p : r.periods()) {
            for (Map.Entry<String, String> area : r.areas().entrySet()) {
                List<Object> row = new ArrayList<>(List.of(p.label(), p.start().toString(), p.end().toString(), area.getValue(), area.getKey()));
                row.add(p.wholeHorizon() ? null : status(r, p.label(), area.getKey()));
                Map<String, Estimate> values = p.areas().get(area.getKey());
                for (Metric m : Metric.values()) {
                    Estimate e = values.get(m.key());
                    double scale = heading(m).percent() ? 100 : 1;
                    row.add(e == null ? null : e.mean() * scale);
                    row.add(e == null ? null : e.low() * scale);
                    row.add(e == null ? null : e.high() * scale);
                }
                csv.row(row);
            }
        }
        return sb.toString();
    }

    /** "Attainment, 95% CI low (%)": the unit stays last, where a reader looks for it. */
    public static String withCi(String words, String end) {
        int unit = words.lastIndexOf(" (");
        return unit < 0 ? words + ", 95% CI " + end : words.substring(0, unit) + ", 95% CI " + end + words.substring(unit);
    }

    private static String status(SimulationResult r, String period, String area) {
        for (TargetVerdict.PeriodVerdict p : r.verdict().periods()) {
            if (p.period().equals(period)) {
                for (TargetVerdict.AreaVerdict a : p.areas()) {
                    if (a.area().equals(area)) {
                        return a.status().words();
                    }
                }
            }
        }
        return null;
    }
}
