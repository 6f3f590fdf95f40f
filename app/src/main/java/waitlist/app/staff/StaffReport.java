package waitlist.app.staff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import waitlist.app.output.SpreadsheetCsv;
import waitlist.scenarios.Alliance;
import waitlist.scenarios.Scenario;
import waitlist.simulator.results.TargetVerdict;
import waitlist.simulator.staffing.StaffingGoal;
import waitlist.simulator.staffing.StaffingOutcome;
import waitlist.simulator.staffing.StaffingPlan;
import waitlist.simulator.staffing.StaffingPlan.Role;

/** The staffing answer: the goal, FTE per alliance now vs proposed, the cost change, the verified verdict, and the search's trail. */
final class StaffReport {

    private final Scenario scenario;
    private final StaffingGoal goal;
    private final long seed;
    private final StaffingOutcome outcome;
    private final String extending;
    /** The staffed scenario's path as the user named its folder, or null when nothing is written. */
    private final java.nio.file.Path writtenTo;

    StaffReport(Scenario scenario, StaffingGoal goal, long seed, StaffingOutcome outcome, String extending, java.nio.file.Path writtenTo) {
        this.scenario = scenario;
        this.goal = goal;
        this.seed = seed;
        this.outcome = outcome;
        this.extending = extending;
        this.writtenTo = writtenTo;
    }

    /** The goal in words, as staffed.json's description repeats it. */
    String describeGoal() {
        String unit = TargetVerdict.unit(scenario.target().reportingPeriod());
        return String.format(Locale.ROOT, "the %s target likely to hold (a chance of at least %.0f%%) in every %s from %s, county-wide and "
                        + "in every alliance; OT and coach utilisation below 100%%; mean wait for a group place at most %s days",
                waitlist.simulator.results.SimulationResult.targetName(scenario.target().days()), 100 * goal.confidence(), unit, waitlist.app.report.UkDates.format(goal.from()),
                trim(goal.maxPlaceWaitDays()));
    }

    String text() {
        StringBuilder sb = new StringBuilder();
        sb.append("Staffing for ").append(scenario.name()).append(": ").append(describeGoal()).append(".\n");
        if (outcome.feasible()) {
            double change = outcome.costProposed() - outcome.costToday();
            sb.append(String.format(Locale.UK, "Least cost found: £%,.0f a year, %s£%,.0f (%+.1f%%) on today's £%,.0f; verified on fresh seeds "
                            + "with %d replications.%n", outcome.costProposed(), change < 0 ? "-" : "+", Math.abs(change),
                    100 * change / outcome.costToday(), outcome.costToday(), goal.verifyReplications()));
        } else {
            sb.append("No staffing within the bounds meets the goal: ").append(outcome.whyNot()).append(".\n");
        }
        sb.append('\n');
        table(sb);
        if (outcome.verified() != null) {
            sb.append("\nVerified (fresh seeds): ").append(outcome.verified().verdict().text()).append(".\n");
            TargetVerdict.Verdict v = outcome.verified().verdict();
            sb.append(String.format(Locale.ROOT, "%-18s", "P(holds)"));
            v.periods().forEach(p -> sb.append(String.format(Locale.ROOT, " %-17s", p.period())));
            sb.append('\n');
            for (Map.Entry<String, String> area : outcome.verified().areas().entrySet()) {
                sb.append(String.format(Locale.ROOT, "%-18s", area.getValue()));
                for (TargetVerdict.PeriodVerdict p : v.periods()) {
                    String cell = p.areas().stream().filter(a -> a.area().equals(area.getKey())).findFirst()
                            .map(a -> TargetVerdict.percentWithInterval(a.pHolds())).orElse("-");
                    sb.append(String.format(Locale.ROOT, " %-17s", cell));
                }
                sb.append('\n');
            }
        }
        sb.append(String.format(Locale.ROOT, "%nSearch trail: %d staffing plans tried, each with %d replications on seed %d "
                + "(the same random numbers for every plan)%n", outcome.trail().size(), goal.searchReplications(), seed));
        sb.append(String.format(Locale.UK, "%4s %-10s %-58s %10s  %-8s %s%n", "step", "phase", "plan or change", "cost/yr", "kept", "outcome"));
        for (StaffingOutcome.Step step : outcome.trail()) {
            sb.append(String.format(Locale.UK, "%4d %-10s %-58s £%,9.0f  %-8s %s%n", step.number(), step.phase(), step.action(),
                    step.annualCost(), kept(step), step.outcome()));
        }
        if (outcome.feasible()) {
            sb.append(writtenTo != null ? "\nWritten: " + writtenTo + ", which extends " + extending + " and states only this staffing; "
                    + "run it with: waitlist simulate " + writtenTo + "\n"
                    : "\nAdd --out DIR to write staffed.json, a runnable scenario that extends " + extending + " with this staffing.\n");
        }
        return sb.toString();
    }

    /** Whether the search went on from this plan: a removal or a trial only if it met the goal; a start or an addition always. */
    static String kept(StaffingOutcome.Step step) {
        return switch (step.phase()) {
            case "remove" -> step.meetsGoal() ? "yes" : "no";
            case "try" -> "compared";
            case "verify" -> step.meetsGoal() ? "verified" : "short";
            default -> "yes";
        };
    }

    private void table(StringBuilder sb) {
        sb.append(String.format(Locale.ROOT, "%-18s %10s %10s %12s %12s %14s%n", "area", "OT now", "OT new", "coach now", "coach new",
                "cost change/yr"));
        double[] totals = new double[4];
        for (Alliance a : scenario.alliances()) {
            double otNow = outcome.today().fte(Role.OT, a.id());
            double otNew = outcome.proposed().fte(Role.OT, a.id());
            double coachNow = outcome.today().fte(Role.COACH, a.id());
            double coachNew = outcome.proposed().fte(Role.COACH, a.id());
            totals[0] += otNow;
            totals[1] += otNew;
            totals[2] += coachNow;
            totals[3] += coachNew;
            sb.append(row(a.name(), otNow, otNew, coachNow, coachNew));
        }
        sb.append(row("County", totals[0], totals[1], totals[2], totals[3]));
    }

    private String row(String name, double otNow, double otNew, double coachNow, double coachNew) {
        double change = (otNew - otNow) * scenario.workforce().ot().costPerFte() + (coachNew - coachNow) * scenario.workforce().coach().costPerFte();
        return String.format(Locale.UK, "%-18s %10s %10s %12s %12s %14s%n", name, trim(otNow), trim(otNew), trim(coachNow), trim(coachNew),
                Math.round(change) == 0 ? "-" : String.format(Locale.UK, "%s£%,.0f", change < 0 ? "-" : "+", Math.abs(change)));
    }

    /** Everything, for JSON: the goal, the outcome (with the verified result and the trail). */
    Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", scenario.name());
        m.put("seed", seed);
        m.put("goal", goal);
        m.put("goalText", describeGoal());
        m.put("outcome", outcome);
        return m;
    }

    /** One row per alliance and the county: FTE now and proposed, cost now and proposed. */
    String planCsv() {
        StringBuilder sb = new StringBuilder();
        SpreadsheetCsv csv = new SpreadsheetCsv(sb);
        csv.row("area", "ot_fte_now", "ot_fte_proposed", "coach_fte_now", "coach_fte_proposed", "cost_per_year_now", "cost_per_year_proposed");
        double otCost = scenario.workforce().ot().costPerFte();
        double coachCost = scenario.workforce().coach().costPerFte();
        for (Alliance a : scenario.alliances()) {
            StaffingPlan now = outcome.today();
            StaffingPlan next = outcome.proposed();
            csv.row(a.id(), now.fte(Role.OT, a.id()), next.fte(Role.OT, a.id()), now.fte(Role.COACH, a.id()), next.fte(Role.COACH, a.id()),
                    now.fte(Role.OT, a.id()) * otCost + now.fte(Role.COACH, a.id()) * coachCost,
                    next.fte(Role.OT, a.id()) * otCost + next.fte(Role.COACH, a.id()) * coachCost);
        }
        csv.row("county", sum(outcome.today(), Role.OT), sum(outcome.proposed(), Role.OT), sum(outcome.today(), Role.COACH),
                sum(outcome.proposed(), Role.COACH), outcome.costToday(), outcome.costProposed());
        return sb.toString();
    }

    String trailCsv() {
        StringBuilder sb = new StringBuilder();
        SpreadsheetCsv csv = new SpreadsheetCsv(sb);
        csv.row("step", "phase", "action", "cost_per_year", "meets_goal", "kept", "outcome");
        outcome.trail().forEach(s -> csv.row((long) s.number(), s.phase(), s.action(), s.annualCost(), s.meetsGoal() ? "yes" : "no", kept(s),
                s.outcome()));
        return sb.toString();
    }

    String html(waitlist.app.report.RunStamp stamp) {
        return StaffPage.render(scenario, goal, seed, outcome, describeGoal(), stamp);
    }

    /** The verified run for a spreadsheet, one row per period and area (empty when nothing was verified). */
    String wideCsv() {
        return outcome.verified() == null ? "" : waitlist.app.simulate.WideCsv.render(outcome.verified());
    }

    private static double sum(StaffingPlan plan, Role role) {
        List<Double> values = new ArrayList<>((role == Role.OT ? plan.ot() : plan.coach()).values());
        return values.stream().mapToDouble(Double::doubleValue).sum();
    }

    static String trim(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
