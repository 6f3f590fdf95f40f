package waitlist.app.simulate;

import java.util.Locale;
import java.util.Map;

import waitlist.scenarios.SourceNotes;
import waitlist.simulator.results.SimulationResult;
import waitlist.simulator.stats.Estimate;

/** The verdict a manager reads, then the OT workload arithmetic, then a table per alliance and the county. */
final class TextReport {

    private TextReport() {
    }

    static String render(SimulationResult r, SourceNotes sources) {
        StringBuilder sb = new StringBuilder();
        sb.append(r.verdict().text()).append(".\n");
        for (String line : VerdictWords.details(r)) {
            sb.append(line).append('\n');
        }
        sb.append(String.format(Locale.ROOT, "Scenario %s; %d replications (%s), seed %d.%n%s Intervals: %s.%n",
                r.scenario(), r.replications(), r.replicationRule(), r.seed(), VerdictWords.howToRead(r), r.confidenceIntervals()));
        SimulationResult.PeriodResult whole = r.periods().get(r.periods().size() - 1);
        demandedVersusAvailable(sb, r, whole);
        workload(sb, r, whole);
        cost(sb, r);
        StageReport.text(sb, r);
        // OT and coach columns only where the scenario has OT and coach staff (not in a stage network)
        String staff = r.otProductiveHoursPerFte() == null ? "%n" : " %8s %8s%n";
        for (Map.Entry<String, String> area : r.areas().entrySet()) {
            sb.append('\n').append(area.getValue()).append('\n');
            sb.append(String.format(Locale.ROOT, "%-14s %-15s %-17s %-22s %-9s %9s %9s %8s %8s" + staff,
                    "period", "verdict", "P(holds) (95% CI)", "attainment (95% CI)", "seen <=" + r.target().days() + "d",
                    "mean wait", "p95 wait", "list end", "breaches", "OT use", "coach"));
            for (SimulationResult.PeriodResult p : r.periods()) {
                Map<String, Estimate> m = p.areas().get(area.getKey());
                Estimate holds = p.wholeHorizon() ? m.get("allPeriodsHold") : m.get("targetHolds");
                String verdict = p.wholeHorizon() ? (holds == null ? "-" : "all hold:") : VerdictWords.status(r, p.label(), area.getKey());
                sb.append(String.format(Locale.ROOT, "%-14s %-15s %-17s %-22s %-9s %9s %9s %8s %8s" + staff,
                        p.label(), verdict, probability(holds), pctCi(m.get("attainment")), pctOnly(m.get("assessedWithinTarget")),
                        days(m.get("waitMeanDays")), days(m.get("waitP95Days")), num(m.get("waitingListEnd")),
                        num(m.get("breaches")), pctOnly(m.get("otUtilisation")), pctOnly(m.get("coachUtilisation"))));
            }
        }
        assumptions(sb, sources);
        return sb.toString();
    }

    /** Every number above rests on these: the scenario's own source notes, each a citation or "assumption". */
    private static void assumptions(StringBuilder sb, SourceNotes sources) {
        if (sources.byPointer().isEmpty()) {
            sb.append("\nThe scenario file gives no source notes: treat every input as an assumption.\n");
            return;
        }
        sb.append("\nAssumptions and sources (from the scenario file)\n");
        sources.byPointer().forEach((pointer, note) ->
                sb.append("  ").append(pointer.isEmpty() ? "(whole scenario)" : pointer).append(": ").append(note).append('\n'));
    }

    /**
     * Work demanded (by everyone referred, including those still waiting) against time available, in hours a week and FTE,
     * per alliance and county over the whole horizon. Demand above what is available is what no booking policy can fix.
     */
    static void demandedVersusAvailable(StringBuilder sb, SimulationResult r, SimulationResult.PeriodResult whole) {
        Double otPerFte = r.otProductiveHoursPerFte();
        Double coachPerFte = r.coachProductiveHoursPerFte();
        if (otPerFte == null || coachPerFte == null) {
            return;
        }
        double weeks = (whole.end().toEpochDay() - whole.start().toEpochDay()) / 7.0;
        sb.append(String.format(Locale.ROOT, "%nWorkload demanded vs available, hours a week (FTE), whole horizon%n%-20s %-16s %-16s %-16s %-16s%n",
                "area", "OT demanded", "OT available", "coach demanded", "coach available"));
        for (Map.Entry<String, String> area : r.areas().entrySet()) {
            Map<String, Estimate> m = whole.areas().get(area.getKey());
            sb.append(String.format(Locale.ROOT, "%-20s %-16s %-16s %-16s %-16s%n", area.getValue(),
                    hoursAndFte(m.get("otHoursDemanded"), weeks, otPerFte), hoursAndFte(m.get("otAvailableHours"), weeks, otPerFte),
                    hoursAndFte(m.get("coachHoursDemanded"), weeks, coachPerFte),
                    hoursAndFte(m.get("coachAvailableHours"), weeks, coachPerFte)));
        }
    }

    /** "96.3 h (4.3)": total hours over the horizon as hours a week, and the FTE that is. */
    private static String hoursAndFte(Estimate total, double weeks, double hoursPerFte) {
        if (total == null) {
            return "-";
        }
        double perWeek = total.mean() / weeks;
        return String.format(Locale.ROOT, "%.1f h (%.2f)", perWeek, perWeek / hoursPerFte);
    }

    /** What the staffing costs, county-wide, over the whole horizon. */
    static void cost(StringBuilder sb, SimulationResult r) {
        if (r.cost() == null) {
            return;
        }
        sb.append(String.format(Locale.ROOT, "Staff cost (county): %s a year (OT %s, coaches %s, with on-costs, pro rata by dated FTE); "
                        + "%s per person first assessed (%s-%s).%n",
                pounds(r.cost().annualTotal().mean()), pounds(r.cost().byGroup().get("ot").mean()),
                pounds(r.cost().byGroup().get("coach").mean()),
                r.cost().perFirstAssessment() == null ? "-" : pounds(r.cost().perFirstAssessment().mean()),
                r.cost().perFirstAssessment() == null ? "-" : pounds(r.cost().perFirstAssessment().low()),
                r.cost().perFirstAssessment() == null ? "-" : pounds(r.cost().perFirstAssessment().high())));
    }

    /** "£465,000". */
    static String pounds(double v) {
        return String.format(Locale.UK, "\u00a3%,.0f", v);
    }

    /** What the simulation did with OT time, from the simulation: what OT time went where, per year. */
    static void workload(StringBuilder sb, SimulationResult r, SimulationResult.PeriodResult whole) {
        Map<String, Estimate> c = whole.areas().get(r.countyKey());
        Double perFte = r.otProductiveHoursPerFte();
        if (perFte == null || c.get("otAvailableHours") == null) {
            return;
        }
        double years = (whole.end().toEpochDay() - whole.start().toEpochDay()) / 365.25;
        double weeksPerYear = 365.25 / 7;
        double used = mean(c, "otHours") / years;
        double available = mean(c, "otAvailableHours") / years;
        sb.append(String.format(Locale.ROOT,
                "OT work done a year (county): %.0f first assessments (%.0f h booked incl. DNA slots), %.0f reviews (%.0f h), "
                        + "one-to-one %.0f h; total %.0f h, %.0f h a week = %.1f FTE at %.1f productive hours each; "
                        + "%.1f FTE available; OT utilisation %s.%n",
                mean(c, "firstAssessments") / years, mean(c, "otAssessmentHours") / years,
                mean(c, "reviews") / years, mean(c, "otReviewHours") / years, mean(c, "otOneToOneHours") / years,
                used, used / weeksPerYear, used / weeksPerYear / perFte, perFte,
                available / weeksPerYear / perFte, pctCi(c.get("otUtilisation"))));
        if (c.get("awaitingPlaceEnd") != null) {
            // the second, hidden queue: assessed but no group place yet
            sb.append(String.format(Locale.ROOT,
                    "Intervention places (county): %.0f assessed people waiting for a place at the end; mean wait for a place %s; "
                            + "coach utilisation %s.%n",
                    mean(c, "awaitingPlaceEnd"), days(c.get("placeWaitMeanDays")), pctOnly(c.get("coachUtilisation"))));
        }
    }

    private static double mean(Map<String, Estimate> m, String key) {
        Estimate e = m.get(key);
        return e == null ? 0 : e.mean();
    }

    static String pct(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    static String pctCi(Estimate e) {
        if (e == null) {
            return "-";
        }
        return String.format(Locale.ROOT, "%.1f%% (%.1f-%.1f)", 100 * e.mean(), 100 * e.low(), 100 * e.high());
    }

    /** "0.85 (0.72-0.93)": the share of replications in which the period met the threshold. */
    static String probability(Estimate e) {
        return e == null ? "-" : String.format(Locale.ROOT, "%.2f (%.2f-%.2f)", e.mean(), e.low(), e.high());
    }

    static String pctOnly(Estimate e) {
        return e == null ? "-" : String.format(Locale.ROOT, "%.0f%%", 100 * e.mean());
    }

    static String days(Estimate e) {
        return e == null ? "-" : String.format(Locale.ROOT, "%.1f d", e.mean());
    }

    static String num(Estimate e) {
        return e == null ? "-" : String.format(Locale.ROOT, "%.1f", e.mean());
    }
}
