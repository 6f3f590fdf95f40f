package waitlist.app.simulate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import waitlist.app.output.Html;
import waitlist.app.report.Figures;
import waitlist.app.report.HeatMap;
import waitlist.app.report.Page;
import waitlist.app.report.RunStamp;
import waitlist.app.report.Table;
import waitlist.app.report.UkDates;
import waitlist.scenarios.Scenario;
import waitlist.scenarios.SourceNotes;
import waitlist.simulator.results.Metric;
import waitlist.simulator.results.SimulationResult;
import waitlist.simulator.results.TargetVerdict;
import waitlist.simulator.results.WeekMetric;
import waitlist.simulator.stats.Estimate;

/**
 * The simulation report a manager opens in a browser, prints on A4 or pastes into a board paper: the title block, the
 * verdict in words, a heat map of the chance the target holds, then charts and tables of attainment, waiting lists, waits
 * against the target line, staff use, the queue for an intervention place, cost and workload, and every assumption the
 * figures rest on. Names are the scenario's own: a stage network's page speaks of its stages and its clock stop, never of
 * OTs, coaches or first assessments. The same inputs, seed and run date give the same bytes (see {@link RunStamp}).
 */
final class HtmlReport {

    private HtmlReport() {
    }

    static String render(SimulationResult r, Scenario scenario, SourceNotes sources, RunStamp stamp) {
        boolean staffed = r.otProductiveHoursPerFte() != null; // a pathway with OT and coach staff, not a stage network
        String waitingFor = waitingFor(r);
        SimulationCharts charts = new SimulationCharts(r, waitingFor);
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Scenario", r.scenario());
        facts.put("Horizon", UkDates.span(scenario.horizon().start(), scenario.horizon().end()) + " (" + scenario.horizon().weeks()
                + " weeks" + (scenario.horizon().warmUpWeeks() > 0 ? ", the first " + scenario.horizon().warmUpWeeks()
                + " a warm-up, not reported" : "") + ")");
        facts.put("Target", String.format(Locale.ROOT, "%s of people wait %d days or less for %s, per %s", Figures.percent(r.target().attainment()),
                r.target().days(), waitingFor, TargetVerdict.unit(r.target().reportingPeriod())));
        facts.put("Replications", r.replications() + ("fixed".equals(r.replicationRule()) ? "" : " (" + r.replicationRule() + ")"));
        facts.put("Seed", Long.toString(r.seed()));
        Page page = new Page("Simulation report", r.scenario() + ": does the " + SimulationResult.targetName(r.target().days())
                + " target hold?", r.verdict().text() + ".", scenario.description(), Page.facts(stamp, facts));

        page.section("verdict", "The verdict in words");
        VerdictWords.details(r).forEach(page::paragraph);
        page.note(VerdictWords.howToRead(r) + " Each figure is the mean over " + r.replications() + " independent runs (replications); ranges "
                + "in brackets, bars and shaded bands are 95% confidence intervals (" + r.confidenceIntervals() + ").");

        page.section("chance", "Chance the target holds, by period and area");
        page.markup(HeatMap.ofVerdict(r, "Chance the target holds (share of replications in which it held); hover a cell for its 95% "
                + "interval", true));

        page.section("attainment", "Attainment");
        page.figure(charts.attainment(), "Mean over the replications with its 95% confidence interval; the dashed line is the target. "
                + "The county is the black square.");
        page.table(attainmentTable(r));

        page.section("waiting-list", "Waiting lists");
        page.grid(charts.weeklyByArea(WeekMetric.WAITING_LIST, "waiting for " + waitingFor, "list"),
                "People waiting for " + waitingFor + " at each weekly census: the line is the mean over the replications, the shaded band "
                        + "its 95% confidence interval.");

        page.section("waits", "Wait for " + waitingFor);
        page.grid(charts.waitsByArea(), "Median, 90th and 95th percentile and longest wait of the people seen in each period, in days from "
                + "referral, with 95% confidence intervals; the dashed line is the " + r.target().days() + "-day target.");

        if (staffed) {
            page.section("use", "OT and coach use");
            page.figure(charts.utilisation(Metric.OT_UTILISATION, "OT"), "OT clinical hours used (first assessments including "
                    + "did-not-attend slots, reviews, one-to-one sessions) over the clinical hours available.");
            page.figure(charts.utilisation(Metric.COACH_UTILISATION, "Coach"), "Coach hours running groups (including set-up) over the "
                    + "delivery hours available.");

            page.section("places", "The queue for an intervention place");
            page.paragraph("After a first assessment people wait again, for a place in a group or one-to-one sessions: a queue the "
                    + "six-week target does not see.");
            page.figure(charts.awaitingPlace(), "Assessed people waiting for a place at each weekly census; shaded: 95% confidence interval.");
            page.figure(charts.placeWait(), "Mean days from first assessment to an intervention place, of those who got one in the period.");

            page.section("cost", "Annual cost");
            cost(page, r);
            page.figure(charts.cost(), "Staff cost in pounds a year over the whole horizon, pro rata by dated FTE, with on-costs.");

            page.section("workload", "Workload demanded vs available");
            page.paragraph("Hours demanded by everyone referred (including people still waiting) against hours available. Demand above "
                    + "what is available is a gap no booking policy can close.");
            page.figure(charts.workload(Metric.OT_HOURS_DEMANDED, Metric.OT_AVAILABLE_HOURS, "OT"), null);
            page.figure(charts.workload(Metric.COACH_HOURS_DEMANDED, Metric.COACH_AVAILABLE_HOURS, "Coach"), null);
            StringBuilder arithmetic = new StringBuilder();
            TextReport.workload(arithmetic, r, r.periods().get(r.periods().size() - 1));
            arithmetic.toString().lines().forEach(page::note);
        }
        if (!r.stages().isEmpty()) {
            StringBuilder stages = new StringBuilder();
            StageReport.html(stages, r); // the stage tables of a network, with their own heading
            page.section("stages", "Stages (whole horizon)");
            page.markup(stages.toString().replaceFirst("<h2>Stages \\(whole horizon\\)</h2>\n", ""));
        }

        page.section("tables", "Results by area");
        areaTables(page, r, staffed, waitingFor);

        page.section("assumptions", "Assumptions and sources");
        if (sources.byPointer().isEmpty()) {
            page.paragraph("The scenario file gives no source notes: treat every input as an assumption.");
        } else {
            page.paragraph("From the scenario file, by the JSON path of the value each note describes.");
            page.pointers(sources.byPointer());
        }
        return page.finish(String.format(Locale.ROOT, "Made by waitlist %s (simulate) on %s: scenario %s, %d replications, seed %d "
                        + "(%d simulated events). The same scenario, seed and run date give this page again, byte for byte.",
                stamp.toolVersion(), UkDates.format(stamp.runDate()), r.scenario(), r.replications(), r.seed(), r.events()));
    }

    /** What people wait for until the clock stops, in the scenario's words: "a first assessment", "the start of reablement". */
    static String waitingFor(SimulationResult r) {
        return r.stages().isEmpty() ? "a first assessment" : "the start of " + r.clockStop();
    }

    private static Table attainmentTable(SimulationResult r) {
        SimulationResult.PeriodResult whole = r.periods().get(r.periods().size() - 1);
        Table t = new Table("Whole horizon, by area", "attainment", List.of("area", "attainment (95% CI)",
                "seen within " + r.target().days() + " days, of those seen", "chance every period holds (95% CI)"));
        for (Map.Entry<String, String> area : r.areas().entrySet()) {
            Map<String, Estimate> m = whole.areas().get(area.getKey());
            t.row(List.of(Table.Cell.of(area.getValue()), Table.Cell.of(Figures.percentCi(m.get(Metric.ATTAINMENT.key()))),
                    Table.Cell.of(Figures.percent(m.get(Metric.ASSESSED_WITHIN_TARGET.key()))),
                    Table.Cell.of(Figures.chance(m.get(Metric.ALL_PERIODS_HOLD.key())))), area.getKey().equals(r.countyKey()) ? "total" : null);
        }
        return t;
    }

    private static void cost(Page page, SimulationResult r) {
        if (r.cost() == null) {
            return;
        }
        page.lead("Staff cost " + Figures.pounds(r.cost().annualTotal().mean()) + " a year (OT " + Figures.pounds(r.cost().byGroup().get("ot").mean())
                + ", coaches " + Figures.pounds(r.cost().byGroup().get("coach").mean()) + "); "
                + (r.cost().perFirstAssessment() == null ? "nobody first assessed"
                : Figures.poundsCi(r.cost().perFirstAssessment()) + " per person first assessed") + ".");
    }

    /** One table per area: the text report's columns, the whole horizon last and set off by a rule. */
    private static void areaTables(Page page, SimulationResult r, boolean staffed, String waitingFor) {
        for (Map.Entry<String, String> area : r.areas().entrySet()) {
            List<String> headings = new ArrayList<>(List.of("period", "verdict", "P(holds) (95% CI)", "attainment (95% CI)", "mean wait",
                    "p95 wait", "list at end", "breaches"));
            if (staffed) {
                headings.addAll(List.of("OT use", "coach use", "place wait"));
            }
            Table t = new Table(area.getValue(), "area", headings);
            for (SimulationResult.PeriodResult p : r.periods()) {
                Map<String, Estimate> m = p.areas().get(area.getKey());
                String status = p.wholeHorizon() ? "all periods" : VerdictWords.status(r, p.label(), area.getKey());
                boolean short_ = !p.wholeHorizon() && !status.equals("-") && !status.equals("likely to hold");
                List<Table.Cell> cells = new ArrayList<>();
                cells.add(new Table.Cell(p.label(), null, UkDates.span(p.start(), p.end())));
                cells.add(short_ ? Table.Cell.marked("\u2717\u00a0" + status, status.equals("at risk") ? "risk" : "miss") : Table.Cell.of(status));
                cells.add(Table.Cell.of(TextReport.probability(p.wholeHorizon() ? m.get("allPeriodsHold") : m.get("targetHolds"))));
                cells.add(Table.Cell.of(TextReport.pctCi(m.get("attainment"))));
                cells.add(Table.Cell.of(TextReport.days(m.get("waitMeanDays"))));
                cells.add(Table.Cell.of(TextReport.days(m.get("waitP95Days"))));
                cells.add(Table.Cell.of(TextReport.num(m.get("waitingListEnd"))));
                cells.add(Table.Cell.of(TextReport.num(m.get("breaches"))));
                if (staffed) {
                    cells.add(Table.Cell.of(TextReport.pctOnly(m.get("otUtilisation"))));
                    cells.add(Table.Cell.of(TextReport.pctOnly(m.get("coachUtilisation"))));
                    cells.add(Table.Cell.of(TextReport.days(m.get("placeWaitMeanDays"))));
                }
                t.row(cells, p.wholeHorizon() ? "total" : null);
            }
            page.table(t);
        }
        page.note("Waits are in days from referral to " + waitingFor + "; breaches are people whose wait passed " + r.target().days()
                + " days in the period; hover a period for its dates.");
    }

    /** Text for HTML element content and attribute values (see {@link Html#escape}). */
    static String escape(String s) {
        return Html.escape(s);
    }
}
