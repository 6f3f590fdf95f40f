package waitlist.app.staff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import waitlist.app.report.Charts;
import waitlist.app.report.Figures;
import waitlist.app.report.HeatMap;
import waitlist.app.report.Page;
import waitlist.app.report.RunStamp;
import waitlist.app.report.Table;
import waitlist.app.report.UkDates;
import waitlist.scenarios.Alliance;
import waitlist.scenarios.Scenario;
import waitlist.simulator.results.SimulationResult;
import waitlist.simulator.results.TargetVerdict;
import waitlist.simulator.staffing.StaffingGoal;
import waitlist.simulator.staffing.StaffingOutcome;
import waitlist.simulator.staffing.StaffingPlan.Role;
import waitlist.simulator.stats.Estimate;

/**
 * The staffing page: the answer and its cost, FTE per alliance now vs proposed (table and chart), the verified chance of
 * holding per period and area (fresh seeds), and the search's trail, step by step.
 */
final class StaffPage {

    private StaffPage() {
    }

    static String render(Scenario scenario, StaffingGoal goal, long seed, StaffingOutcome outcome, String goalText, RunStamp stamp) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Scenario", scenario.name());
        facts.put("Goal", goalText);
        facts.put("New staffing from", UkDates.format(goal.from()));
        facts.put("Search", outcome.trail().size() + " staffing plans, " + goal.searchReplications() + " replications each on seed " + seed
                + "; steps of " + Figures.fte(goal.step()) + " FTE, at most " + Figures.fte(goal.maxFactor()) + "\u00d7 today's");
        facts.put("Verified", goal.verifyReplications() + " replications on fresh seeds");
        String headline;
        if (outcome.feasible()) {
            double change = outcome.costProposed() - outcome.costToday();
            headline = "Least cost found: " + Figures.pounds(outcome.costProposed()) + " a year, " + Figures.signedPounds(change)
                    + String.format(java.util.Locale.ROOT, " (%+.1f%%)", 100 * change / outcome.costToday()) + " on today's "
                    + Figures.pounds(outcome.costToday()) + ".";
        } else {
            headline = "No staffing within the bounds meets the goal: " + outcome.whyNot() + ".";
        }
        Page page = new Page("Staffing report", "Staffing for " + scenario.name(), headline, scenario.description(), Page.facts(stamp, facts));

        page.section("staffing", "FTE now and proposed");
        page.table(table(scenario, outcome));
        List<String> names = scenario.alliances().stream().map(Alliance::name).toList();
        List<Charts.Bars> bars = new ArrayList<>();
        for (Object[] b : new Object[][] {{"OT now", Role.OT, false}, {"OT proposed", Role.OT, true}, {"coach now", Role.COACH, false},
                {"coach proposed", Role.COACH, true}}) {
            Role role = (Role) b[1];
            boolean proposed = (Boolean) b[2];
            bars.add(new Charts.Bars((String) b[0], scenario.alliances().stream()
                    .map(a -> (proposed ? outcome.proposed() : outcome.today()).fte(role, a.id())).toList()));
        }
        page.figure(Charts.bars("fte", "FTE by alliance, now and proposed", "alliance", "full-time equivalents", Charts.Scale.NUMBER, names,
                bars, List.of(), false, Charts.WIDE, Charts.TALL), "Staff in post from " + UkDates.format(goal.from()) + ", today's and the "
                + "least-cost staffing found.");

        SimulationResult verified = outcome.verified();
        if (verified != null) {
            page.section("verified", "Verified on fresh seeds");
            page.lead(verified.verdict().text() + ".");
            page.markup(HeatMap.ofVerdict(verified, "Chance the target holds with the proposed staffing (fresh seeds); hover a cell "
                + "for its 95% interval", false));
            if (verified.cost() != null) {
                page.paragraph("Staff cost over the horizon with this staffing, pro rata by dated FTE: " + Figures.poundsCi(verified.cost().annualTotal())
                        + " a year; " + Figures.poundsCi(verified.cost().perFirstAssessment()) + " per person first assessed.");
            }
        }

        page.section("trail", "The search, step by step");
        page.paragraph("Every staffing plan the search tried, on the same random numbers: it starts from the work demanded plus a margin, "
                + "adds where an alliance falls short, then gives back steps that are not needed, and verifies the answer on fresh seeds.");
        List<Double> costs = outcome.trail().stream().map(StaffingOutcome.Step::annualCost).toList();
        List<String> steps = outcome.trail().stream().map(s -> Integer.toString(s.number())).toList();
        page.figure(Charts.bars("trail-cost", "Annual cost of each plan tried", "step", "pounds a year", Charts.Scale.POUNDS, steps,
                List.of(new Charts.Bars("cost of the plan", costs)), List.of(new Charts.Line(outcome.costToday(), "today's cost")), false,
                Charts.WIDE, Charts.TALL), null);
        Table trail = new Table(null, "trail", List.of("step", "phase", "plan or change", "cost a year", "kept", "outcome"));
        for (StaffingOutcome.Step s : outcome.trail()) {
            trail.row(List.of(Table.Cell.of(Integer.toString(s.number())), Table.Cell.of(s.phase()), new Table.Cell(s.action(), "text", null),
                    Table.Cell.of(Figures.pounds(s.annualCost())), Table.Cell.of(StaffReport.kept(s)), new Table.Cell(s.outcome(), "text", null)),
                    null);
        }
        page.table(trail);
        return page.finish("Made by waitlist " + stamp.toolVersion() + " (staff) on " + UkDates.format(stamp.runDate()) + ": scenario "
                + scenario.name() + ", search seed " + seed + ". The same scenario, options, seed and run date give this page again, byte for byte.");
    }

    private static Table table(Scenario scenario, StaffingOutcome outcome) {
        Table t = new Table(null, "fte", List.of("alliance", "OT now", "OT proposed", "coach now", "coach proposed", "cost change a year"));
        double[] totals = new double[4];
        double otCost = scenario.workforce().ot().costPerFte();
        double coachCost = scenario.workforce().coach().costPerFte();
        for (Alliance a : scenario.alliances()) {
            double[] v = {outcome.today().fte(Role.OT, a.id()), outcome.proposed().fte(Role.OT, a.id()),
                    outcome.today().fte(Role.COACH, a.id()), outcome.proposed().fte(Role.COACH, a.id())};
            for (int i = 0; i < 4; i++) {
                totals[i] += v[i];
            }
            t.row(List.of(Table.Cell.of(a.name()), Table.Cell.of(Figures.fte(v[0])), Table.Cell.of(Figures.fte(v[1])),
                    Table.Cell.of(Figures.fte(v[2])), Table.Cell.of(Figures.fte(v[3])),
                    Table.Cell.of(Figures.signedPounds((v[1] - v[0]) * otCost + (v[3] - v[2]) * coachCost))), null);
        }
        t.row(List.of(Table.Cell.of("County"), Table.Cell.of(Figures.fte(totals[0])), Table.Cell.of(Figures.fte(totals[1])),
                Table.Cell.of(Figures.fte(totals[2])), Table.Cell.of(Figures.fte(totals[3])),
                Table.Cell.of(Figures.signedPounds(outcome.costProposed() - outcome.costToday()))), "total");
        return t;
    }
}
