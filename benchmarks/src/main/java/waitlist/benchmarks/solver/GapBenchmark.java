package waitlist.benchmarks.solver;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import waitlist.scenarios.snapshot.Snapshot;
import waitlist.solver.BookingSolver;
import waitlist.solver.ProblemBuilder;
import waitlist.solver.SolverSettings;
import waitlist.solver.baseline.FirstComeFirstServed;
import waitlist.solver.domain.BookingPlan;
import waitlist.solver.exact.ExactReference;

/**
 * The planner's gap to the proved optimum on weeks of a few hundred referrals, on both levels: the
 * urgency left unbooked, and, at that urgency, the breach cost (people breaching and breach-days, as
 * the planner weighs them). The yardstick is OR-Tools CP-SAT on the same problem (the solver tests'
 * {@link ExactReference}); where it cannot prove its optimum in its time, the gap is to the best
 * bound it proved, so the true gap is no larger than printed.
 *
 * <pre>benchmarks/run gap PLANNER_SECONDS CPSAT_SECONDS SIZE... [--seeds N]</pre>
 */
public final class GapBenchmark {

    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.log.ai.timefold", "warn");
        long plannerSeconds = args.length > 0 ? Long.parseLong(args[0]) : 10;
        double cpSatSeconds = args.length > 1 ? Double.parseDouble(args[1]) : 60;
        SolverBenchmarkRunner.Weeks weeks = SolverBenchmarkRunner.Weeks.parse(args, 2, List.of(200, 400));
        int workers = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "Java %s, %d cores; planner %d s, CP-SAT %.0f s per level (%d workers); snapshots from %s%n",
                Runtime.version(), workers, plannerSeconds, cpSatSeconds, workers, SolverBenchmarkRunner.START);
        System.out.println("size  capacity seed | urgency unbooked: planner  optimum (bound)  gap   FCFS | "
                + "breach cost: planner  optimum (bound)  gap | breaches / breach-days: planner  CP-SAT  FCFS | CP-SAT s");
        for (int size : weeks.sizes()) {
            for (double capacity : new double[] {0.9, 0.6}) {
                for (long seed = 1; seed <= weeks.seeds(); seed++) {
                    run(size, capacity, seed, plannerSeconds, cpSatSeconds, workers);
                }
            }
        }
    }

    private static void run(int size, double capacity, long seed, long plannerSeconds, double cpSatSeconds, int workers) {
        Snapshot snapshot = SolverBenchmarkRunner.snapshot(size, capacity, seed);
        ExactReference.Result optimum = new ExactReference(ProblemBuilder.build(snapshot), cpSatSeconds, workers).solve(false);
        BookingPlan best = BookingSolver.solve(ProblemBuilder.build(snapshot),
                SolverSettings.timed(Duration.ofSeconds(plannerSeconds), seed), null);
        ExactReference.Result planner = ExactReference.measure(best);
        ExactReference.Result fcfs = ExactReference.measure(FirstComeFirstServed.book(ProblemBuilder.build(snapshot)));
        // Against the bound: what CP-SAT proved no plan beats (its value, when proved optimal). The breach
        // cost's bound holds at CP-SAT's urgency, so it is compared only where the planner's is the same.
        String urgencyGap = gap(planner.unbookedUrgency(), optimum.unbookedUrgencyBound());
        String costGap = planner.unbookedUrgency() == optimum.unbookedUrgency()
                ? gap(planner.breachCost(), optimum.breachCostBound())
                : planner.unbookedUrgency() < optimum.unbookedUrgency() ? "n/a (planner books more urgency)" : "n/a (urgency differs)";
        System.out.printf(Locale.ROOT, "%5d %8.1f %4d | %,24d %,8d (%,d) %6s %,6d | %,19d %,8d (%,d) %s | %,d / %,d  %,d / %,d  %,d / %,d | %.0f%s%n",
                size, capacity, seed, planner.unbookedUrgency(), optimum.unbookedUrgency(), optimum.unbookedUrgencyBound(),
                urgencyGap, fcfs.unbookedUrgency(), planner.breachCost(), optimum.breachCost(), optimum.breachCostBound(), costGap,
                planner.breaches(), planner.breachDays(), optimum.breaches(), optimum.breachDays(), fcfs.breaches(), fcfs.breachDays(),
                optimum.seconds(), optimum.optimal() ? "" : " (not proved optimal)");
    }

    /** How far above the bound, in per cent; "n/a" where CP-SAT proved no useful bound (zero or below). */
    private static String gap(long value, long bound) {
        if (bound <= 0) {
            return value == 0 ? "0.0%" : "n/a";
        }
        return String.format(Locale.ROOT, "%.1f%%", 100.0 * (value - bound) / bound);
    }
}
