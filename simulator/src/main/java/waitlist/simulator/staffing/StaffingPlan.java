package waitlist.simulator.staffing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import waitlist.scenarios.FteChange;
import waitlist.scenarios.Scenario;
import waitlist.scenarios.StaffGroup;

/**
 * OT and coach FTE per alliance from a date on: what the staffing search varies. Applied to a scenario, it replaces that
 * scenario's staffing from {@code from} (entries dated on or after it are dropped; earlier ones still apply before it).
 */
public record StaffingPlan(LocalDate from, Map<String, Double> ot, Map<String, Double> coach) {

    public StaffingPlan {
        ot = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(ot));
        coach = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(coach));
    }

    /** The FTE each alliance has on {@code from} in the scenario as written. */
    public static StaffingPlan today(Scenario s, LocalDate from) {
        Map<String, Double> ot = new LinkedHashMap<>();
        Map<String, Double> coach = new LinkedHashMap<>();
        s.alliances().forEach(a -> {
            ot.put(a.id(), fteOn(s.workforce().ot(), a.id(), from));
            coach.put(a.id(), fteOn(s.workforce().coach(), a.id(), from));
        });
        return new StaffingPlan(from, ot, coach);
    }

    private static double fteOn(StaffGroup g, String alliance, LocalDate day) {
        FteChange latest = null;
        for (FteChange c : g.fte()) {
            if (c.alliance().equals(alliance) && !c.from().isAfter(day) && (latest == null || !c.from().isBefore(latest.from()))) {
                latest = c;
            }
        }
        return latest == null ? 0 : latest.fte();
    }

    public StaffingPlan with(Role role, String alliance, double fte) {
        Map<String, Double> o = new LinkedHashMap<>(ot);
        Map<String, Double> c = new LinkedHashMap<>(coach);
        (role == Role.OT ? o : c).put(alliance, round(fte));
        return new StaffingPlan(from, o, c);
    }

    public double fte(Role role, String alliance) {
        return (role == Role.OT ? ot : coach).get(alliance);
    }

    /** Pounds a year at these FTE (with on-costs). */
    public double annualCost(Scenario s) {
        double total = 0;
        for (double f : ot.values()) {
            total += f * s.workforce().ot().costPerFte();
        }
        for (double f : coach.values()) {
            total += f * s.workforce().coach().costPerFte();
        }
        return total;
    }

    /** The scenario with this staffing from {@link #from} on. */
    public Scenario applyTo(Scenario s) {
        return s.withWorkforce(s.workforce().with(apply(s.workforce().ot(), ot), apply(s.workforce().coach(), coach)));
    }

    private StaffGroup apply(StaffGroup g, Map<String, Double> fte) {
        List<FteChange> entries = new ArrayList<>();
        for (FteChange c : g.fte()) {
            if (c.from().isBefore(from)) {
                entries.add(c);
            }
        }
        fte.forEach((alliance, f) -> entries.add(new FteChange(from, alliance, f)));
        return g.withFte(entries);
    }

    /** FTE are kept to a few decimals so repeated steps of 0.1 do not drift (0.30000000000000004). */
    static double round(double fte) {
        return Math.round(fte * 1e6) / 1e6;
    }

    /** The two staff groups the search sets. */
    public enum Role {
        OT("OT"), COACH("coach");

        private final String words;

        Role(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }
}
