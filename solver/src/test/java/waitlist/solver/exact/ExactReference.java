package waitlist.solver.exact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;

import waitlist.solver.domain.AppointmentKind;
import waitlist.solver.domain.BookingPlan;
import waitlist.solver.domain.GroupStart;
import waitlist.solver.domain.OtAppointment;
import waitlist.solver.domain.Session;
import waitlist.solver.domain.Slot;
import waitlist.solver.rules.Objective;

/**
 * An exact model of the same booking problem in OR-Tools CP-SAT, solved level by level: first the
 * least urgency left unbooked (the planner's medium level), then, holding that, the least breach
 * cost (people breaching and breach-days, weighted as the planner weighs them), and, for the record,
 * the fewest breach-days alone and the fewest people breaching alone at that urgency.
 *
 * <p>It is a yardstick, not a second planner: it reads the planner's problem (candidate slots and
 * sessions as {@code ProblemBuilder} made them), and leaves out the soft terms that do not decide
 * who breaches. OT slots in one OT's day and part of the day are interchangeable for every term
 * measured here, so they are pooled (a variable per person and pool, bounded by the pool's size)
 * unless someone may use only part of a pool; then every slot is its own variable.
 */
public final class ExactReference {

    /**
     * What the reference proved (or found, if {@code optimal} is false). The bounds are what CP-SAT
     * proved no plan can beat: equal to the values when optimal; the breach cost's bound holds at
     * the urgency found, so it is a bound only when that urgency is optimal.
     */
    public record Result(boolean optimal, long unbookedUrgency, long breachCost, int breaches, long breachDays,
                         long fewestBreachDays, int fewestBreaches, double seconds, long unbookedUrgencyBound,
                         long breachCostBound) {
    }

    private static boolean loaded;
    private final List<BoolVar> vars = new ArrayList<>();

    private final BookingPlan problem;
    private final long breachWeight;
    private final long dayWeight;
    private final double secondsPerSolve;
    private final int workers;

    public ExactReference(BookingPlan problem, double secondsPerSolve, int workers) {
        this.problem = problem;
        this.breachWeight = Objective.PERSON_BREACHING.defaultWeight();
        this.dayWeight = Objective.BREACH_DAY.defaultWeight();
        this.secondsPerSolve = secondsPerSolve;
        this.workers = workers;
    }

    private static synchronized void load() {
        if (!loaded) {
            Loader.loadNativeLibraries();
            loaded = true;
        }
    }

    public Result solve() {
        return solve(true);
    }

    /**
     * @param forTheRecord also find the fewest breach-days alone and the fewest people breaching alone at
     *                     the optimal urgency (two more solves); without, those are the breach cost's own
     */
    public Result solve(boolean forTheRecord) {
        load();
        long t0 = System.nanoTime();
        CpModel model = new CpModel();
        vars.clear();
        List<OtAppointment> appointments = problem.getAppointments();
        boolean pooled = poolsAreWhole();

        // Pools (or single slots) and their capacity; OT days and their maximum.
        Map<String, Integer> poolSize = new LinkedHashMap<>();
        Map<String, String> poolDay = new HashMap<>();
        Map<String, Integer> dayMax = new HashMap<>();
        for (Slot s : problem.getSlots()) {
            String pool = pool(s, pooled);
            poolSize.merge(pool, 1, Integer::sum);
            poolDay.put(pool, s.ot().id() + "@" + s.date());
            dayMax.put(s.ot().id() + "@" + s.date(), s.ot().maxAppointmentsPerDay());
        }

        Map<String, LinearExprBuilder> perPool = new HashMap<>();
        Map<String, LinearExprBuilder> perDay = new HashMap<>();
        Map<String, LinearExprBuilder> perClientDay = new HashMap<>();
        Map<String, Integer> demandsPerClient = new HashMap<>();
        appointments.forEach(a -> demandsPerClient.merge(a.getClient(), 1, Integer::sum));
        problem.getGroupStarts().forEach(g -> demandsPerClient.merge(g.getClient(), 1, Integer::sum));

        LinearExprBuilder unbooked = LinearExpr.newBuilder();
        LinearExprBuilder breachCost = LinearExpr.newBuilder();
        LinearExprBuilder breachDays = LinearExpr.newBuilder();
        LinearExprBuilder breaches = LinearExpr.newBuilder();
        for (OtAppointment a : appointments) {
            Map<String, Slot> pools = new LinkedHashMap<>();
            for (Slot s : a.getCandidateSlots()) {
                pools.putIfAbsent(pool(s, pooled), s);
            }
            LinearExprBuilder booked = LinearExpr.newBuilder();
            for (Map.Entry<String, Slot> e : pools.entrySet()) {
                BoolVar x = model.newBoolVar(a.getId() + "@" + e.getKey());
                vars.add(x);
                booked.add(x);
                perPool.computeIfAbsent(e.getKey(), k -> LinearExpr.newBuilder()).add(x);
                perDay.computeIfAbsent(poolDay.get(e.getKey()), k -> LinearExpr.newBuilder()).add(x);
                if (demandsPerClient.get(a.getClient()) > 1) {
                    perClientDay.computeIfAbsent(a.getClient() + "@" + e.getValue().date(), k -> LinearExpr.newBuilder()).add(x);
                }
                long late = a.breachDaysOn(e.getValue());
                if (late > 0) {
                    breachCost.addTerm(x, breachWeight + dayWeight * late);
                    breachDays.addTerm(x, late);
                    breaches.add(x);
                }
            }
            BoolVar out = model.newBoolVar(a.getId() + " unbooked");
            vars.add(out);
            booked.add(out);
            model.addEquality(booked, 1);
            unbooked.addTerm(out, a.getUrgency());
            long lateIfOut = a.getKind() == AppointmentKind.FIRST_ASSESSMENT ? a.breachDaysOn(null) : 0;
            if (lateIfOut > 0) {
                breachCost.addTerm(out, breachWeight + dayWeight * lateIfOut);
                breachDays.addTerm(out, lateIfOut);
                breaches.add(out);
            }
        }
        perPool.forEach((pool, sum) -> model.addLessOrEqual(sum, poolSize.get(pool)));
        perDay.forEach((day, sum) -> model.addLessOrEqual(sum, dayMax.get(day)));

        Map<Session, LinearExprBuilder> perSession = new HashMap<>();
        for (GroupStart g : problem.getGroupStarts()) {
            LinearExprBuilder booked = LinearExpr.newBuilder();
            for (Session s : g.getCandidateSessions()) {
                BoolVar y = model.newBoolVar(g.getId() + "@" + s.id());
                vars.add(y);
                booked.add(y);
                perSession.computeIfAbsent(s, k -> LinearExpr.newBuilder()).add(y);
                if (demandsPerClient.get(g.getClient()) > 1) {
                    perClientDay.computeIfAbsent(g.getClient() + "@" + s.date(), k -> LinearExpr.newBuilder()).add(y);
                }
            }
            BoolVar out = model.newBoolVar(g.getId() + " unbooked");
            vars.add(out);
            booked.add(out);
            model.addEquality(booked, 1);
            unbooked.addTerm(out, g.getUrgency());
        }
        perSession.forEach((s, sum) -> model.addLessOrEqual(sum, s.freePlaces()));
        perClientDay.forEach((k, sum) -> model.addLessOrEqual(sum, 1));

        LinearExpr medium = unbooked.build();
        Solved first = minimise(model, medium);
        model.addEquality(medium, first.value);
        LinearExpr cost = breachCost.build();
        Solved second = minimise(model, cost);
        long atCostDays = second.solver.value(breachDays.build());
        int atCostBreaches = (int) second.solver.value(breaches.build());
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (!forTheRecord) {
            return new Result(first.optimal && second.optimal, first.value, second.value, atCostBreaches, atCostDays, atCostDays,
                    atCostBreaches, seconds, first.bound, second.bound);
        }
        Solved days = minimise(model, breachDays.build());
        Solved people = minimise(model, breaches.build());
        boolean optimal = first.optimal && second.optimal && days.optimal && people.optimal;
        return new Result(optimal, first.value, second.value, atCostBreaches, atCostDays, days.value, (int) people.value,
                seconds, first.bound, second.bound);
    }

    private record Solved(long value, boolean optimal, long bound, CpSolver solver) {
    }

    private Solved minimise(CpModel model, LinearExpr objective) {
        model.clearObjective();
        model.minimize(objective);
        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(secondsPerSolve).setNumWorkers(workers).setRandomSeed(1);
        CpSolverStatus status = solver.solve(model);
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            throw new IllegalStateException("CP-SAT found no solution: " + status);
        }
        // The next level holds this one's value: start it from this solution, which already does.
        model.clearHints();
        for (BoolVar v : vars) {
            model.addHint(v, solver.booleanValue(v));
        }
        return new Solved(Math.round(solver.objectiveValue()), status == CpSolverStatus.OPTIMAL,
                (long) Math.ceil(solver.bestObjectiveBound() - 1e-6), solver);
    }

    /** Whether everyone's candidates take whole pools, so pooling is exact. */
    private boolean poolsAreWhole() {
        Map<String, Integer> size = new HashMap<>();
        for (Slot s : problem.getSlots()) {
            size.merge(pool(s, true), 1, Integer::sum);
        }
        for (OtAppointment a : problem.getAppointments()) {
            Map<String, Integer> mine = new HashMap<>();
            a.getCandidateSlots().forEach(s -> mine.merge(pool(s, true), 1, Integer::sum));
            for (Map.Entry<String, Integer> e : mine.entrySet()) {
                if (!e.getValue().equals(size.get(e.getKey()))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String pool(Slot s, boolean pooled) {
        if (!pooled) {
            return s.id();
        }
        LocalDate d = s.date();
        return s.ot().id() + "@" + d + "/" + s.partOfDay();
    }

    /** The planner's figures on the same two levels, read off a solved plan. */
    public static Result measure(BookingPlan plan) {
        long unbookedUrgency = 0;
        long breachCost = 0;
        int breaches = 0;
        long breachDays = 0;
        long w = Objective.PERSON_BREACHING.defaultWeight();
        long d = Objective.BREACH_DAY.defaultWeight();
        for (OtAppointment a : plan.getAppointments()) {
            if (a.getSlot() == null) {
                unbookedUrgency += a.getUrgency();
            }
            long late = a.breachDays();
            if (late > 0) {
                breaches++;
                breachDays += late;
                breachCost += w + d * late;
            }
        }
        for (GroupStart g : plan.getGroupStarts()) {
            if (g.getSession() == null) {
                unbookedUrgency += g.getUrgency();
            }
        }
        return new Result(false, unbookedUrgency, breachCost, breaches, breachDays, breachDays, breaches, 0, unbookedUrgency,
                breachCost);
    }
}
