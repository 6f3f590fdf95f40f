package waitlist.app.plan;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import waitlist.scenarios.Alliance;
import waitlist.solver.checker.CheckReport;
import waitlist.solver.checker.Explanation;
import waitlist.solver.checker.Kpis;
import waitlist.solver.checker.Utilisation;
import waitlist.solver.rules.Violation;

/** The printed summary: the optimised plan beside first-come first-served, then utilisation and reasons. */
final class PlanSummary {

    static final int REASONS_SHOWN = 10;

    private PlanSummary() {
    }

    static void print(PrintWriter out, List<Alliance> alliances, CheckReport solved, CheckReport fcfs) {
        Kpis a = solved.kpis();
        Kpis b = fcfs.kpis();
        out.printf(Locale.ROOT, "%-34s %10s %10s%n", "", "optimised", "FCFS");
        row(out, "booked", a.booked(), b.booked());
        row(out, "  first assessments", a.firstAssessmentsBooked(), b.firstAssessmentsBooked());
        row(out, "  reviews", a.reviewsBooked(), b.reviewsBooked());
        row(out, "  group starts", a.groupStartsBooked(), b.groupStartsBooked());
        row(out, "unbooked", a.unbooked(), b.unbooked());
        row(out, "  first assessments", a.firstAssessmentsWaiting(), b.firstAssessmentsWaiting());
        row(out, "  reviews", a.reviewsWaiting(), b.reviewsWaiting());
        row(out, "  group starts", a.groupStartsWaiting(), b.groupStartsWaiting());
        row(out, "projected six-week breaches", a.breaches(), b.breaches());
        row(out, "  breach-days", a.breachDays(), b.breachDays());
        row(out, "cross-alliance bookings", a.crossAlliance(), b.crossAlliance());
        row(out, "hard-rule violations (checker)", solved.violations().size(), fcfs.violations().size());
        out.println();
        out.println("OT utilisation by alliance (appointments / bookable slots):");
        Map<String, Utilisation> fcfsByAlliance = new HashMap<>();
        b.alliances().forEach(u -> fcfsByAlliance.put(u.id(), u));
        for (Utilisation u : a.alliances()) {
            String name = alliances.stream().filter(x -> x.id().equals(u.id())).map(Alliance::name).findFirst().orElse(u.id());
            Utilisation f = fcfsByAlliance.get(u.id());
            out.printf(Locale.ROOT, "  %-32s %4.0f %% (%d/%d)   FCFS %4.0f %%%n", name, 100 * u.share(), u.booked(), u.capacity(),
                    f == null ? 0 : 100 * f.share());
        }
        for (Violation v : solved.violations().stream().limit(REASONS_SHOWN).toList()) {
            out.println("VIOLATION: " + v);
        }
        List<Explanation> reasons = solved.explanations();
        if (!reasons.isEmpty()) {
            out.println();
            out.println("Unbooked or breaching, and why (" + Math.min(REASONS_SHOWN, reasons.size()) + " of " + reasons.size()
                    + "; all in the plan file):");
            reasons.stream().limit(REASONS_SHOWN).forEach(e -> out.println("  " + e.demand() + " " + e.reason()));
        }
    }

    private static void row(PrintWriter out, String label, long optimised, long baseline) {
        out.printf(Locale.ROOT, "%-34s %10d %10d%n", label, optimised, baseline);
    }
}
