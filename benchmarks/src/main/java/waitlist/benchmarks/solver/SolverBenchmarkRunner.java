package waitlist.benchmarks.solver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolverJob;
import ai.timefold.solver.core.api.solver.SolverManager;
import waitlist.scenarios.snapshot.Snapshot;
import waitlist.solver.BookingSolver;
import waitlist.solver.ProblemBuilder;
import waitlist.solver.SolverSettings;
import waitlist.solver.baseline.FirstComeFirstServed;
import waitlist.solver.checker.CheckReport;
import waitlist.solver.checker.PlanChecker;
import waitlist.solver.domain.BookingPlan;
import waitlist.solver.generator.SnapshotGenerator;
import waitlist.solver.generator.SnapshotRecipe;
import waitlist.solver.plan.PlanExtractor;

/**
 * Timefold 2.x has no community benchmark module, so this prints what it would: per snapshot size
 * and capacity, move evaluations per second, time to the first feasible plan, best score over
 * time, and the checker's breach-days against first-come first-served.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar waitlist.benchmarks.solver.SolverBenchmarkRunner [seconds] [sizes...]</pre>
 * Defaults: 10 seconds; 100, 1000 and 10000 referrals; capacity 0.9 (a little short) and 0.6 (over-subscribed).
 */
public final class SolverBenchmarkRunner {

    private static final long[] CHECKPOINTS_MS = {1_000, 2_000, 5_000, 10_000, 30_000, 60_000};

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.log.ai.timefold", "warn");
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 10;
        List<Integer> sizes = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            sizes.add(Integer.parseInt(args[i]));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(100, 1_000, 10_000);
        }
        System.out.printf(Locale.ROOT, "Java %s, %d cores, %d s per run, seed 1%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), seconds);
        // Warm the JIT on a small problem first so the first measured run is not the slowest.
        run(200, 0.9, 3, false);
        for (int size : sizes) {
            for (double capacity : new double[] {0.9, 0.6}) {
                run(size, capacity, seconds, true);
            }
        }
    }

    private static void run(int referrals, double capacity, long seconds, boolean print) throws Exception {
        Snapshot snapshot = new SnapshotGenerator(SnapshotRecipe.reconnectBaseline().withCapacityRatio(capacity), 1)
                .generate(referrals);
        PlanChecker checker = new PlanChecker(snapshot);
        long t0 = System.nanoTime();
        BookingPlan fcfsPlan = FirstComeFirstServed.book(ProblemBuilder.build(snapshot));
        long fcfsMs = (System.nanoTime() - t0) / 1_000_000;
        CheckReport fcfs = checker.check(PlanExtractor.extract(fcfsPlan, "fcfs"));

        SolverSettings settings = SolverSettings.timed(Duration.ofSeconds(seconds), 1);
        List<long[]> timeline = new ArrayList<>();
        List<HardMediumSoftScore> scores = new ArrayList<>();
        long start = System.nanoTime();
        BookingPlan problem = BookingSolver.prepare(ProblemBuilder.build(snapshot), settings);
        long[] firstFeasibleMs = {-1};
        BookingPlan best;
        SolverJob<BookingPlan> job;
        try (SolverManager<BookingPlan> manager = SolverManager.create(BookingSolver.config(settings, BookingSolver.entityCount(problem)))) {
            job = manager.solveBuilder().withProblemId(1L).withProblem(problem)
                    .withBestSolutionEventConsumer(e -> {
                        HardMediumSoftScore s = (HardMediumSoftScore) e.solution().getScore();
                        long ms = (System.nanoTime() - start) / 1_000_000;
                        if (firstFeasibleMs[0] < 0 && s != null && s.isFeasible()) {
                            firstFeasibleMs[0] = ms;
                        }
                        timeline.add(new long[] {ms});
                        scores.add(s);
                    })
                    .run();
            best = job.getFinalBestSolution();
        }
        if (!print) {
            return;
        }
        CheckReport solved = checker.check(PlanExtractor.extract(best, "timefold"));
        int appointments = best.getAppointments().size() + best.getGroupStarts().size();
        System.out.printf(Locale.ROOT, "%n%,d referrals (%,d planning entities, %,d OT slots), capacity %.1f%n",
                referrals, appointments, best.getSlots().size(), capacity);
        System.out.printf(Locale.ROOT, "  move evaluations/s     %,d%n", job.getMoveEvaluationSpeed());
        System.out.printf(Locale.ROOT, "  first feasible plan    %,d ms after the start, FCFS starting plan included (FCFS alone %,d ms)%n",
                firstFeasibleMs[0], fcfsMs);
        System.out.printf(Locale.ROOT, "  checker violations     %d%n", solved.violations().size());
        System.out.printf(Locale.ROOT, "  booked                 %,d  (FCFS %,d)%n", solved.kpis().booked(), fcfs.kpis().booked());
        System.out.printf(Locale.ROOT, "  breaches / breach-days %,d / %,d  (FCFS %,d / %,d)%n", solved.kpis().breaches(),
                solved.kpis().breachDays(), fcfs.kpis().breaches(), fcfs.kpis().breachDays());
        System.out.print("  best score over time  ");
        for (long checkpoint : CHECKPOINTS_MS) {
            if (checkpoint > seconds * 1000) {
                break;
            }
            HardMediumSoftScore at = null;
            for (int i = 0; i < timeline.size() && timeline.get(i)[0] <= checkpoint; i++) {
                at = scores.get(i);
            }
            System.out.print(" " + checkpoint / 1000 + "s " + at + ";");
        }
        System.out.println(" end " + best.getScore());
    }
}
