package waitlist.benchmarks.solver;

import java.time.Duration;
import java.time.LocalDate;
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
import waitlist.solver.checker.Kpis;
import waitlist.solver.checker.PlanChecker;
import waitlist.solver.domain.BookingPlan;
import waitlist.solver.domain.GroupStart;
import waitlist.solver.domain.OtAppointment;
import waitlist.solver.generator.SnapshotGenerator;
import waitlist.solver.generator.SnapshotRecipe;
import waitlist.solver.plan.PlanExtractor;

/**
 * Timefold 2.x has no community benchmark module, so this prints what it would, per snapshot size,
 * capacity and seed: the starting plan's time and quality on its own, then the local search's move
 * evaluations per second and the plan it ends with, each against first-come first-served on the
 * same snapshot, as the independent checker counts them.
 *
 * <pre>benchmarks/run solver SECONDS SIZE... [--seeds N]</pre>
 * Snapshots start on {@link #START} (a fixed Monday, so figures repeat); capacity 0.9 (a little short)
 * and 0.6 (over-subscribed).
 */
public final class SolverBenchmarkRunner {

    static final LocalDate START = LocalDate.of(2026, 3, 2);
    private static final long[] CHECKPOINTS_MS = {1_000, 2_000, 5_000, 10_000, 30_000, 60_000};

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.log.ai.timefold", "warn");
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 10;
        Weeks weeks = Weeks.parse(args, 1, List.of(100, 1_000, 10_000));
        System.out.printf(Locale.ROOT, "Java %s, %d cores, %d s per run, snapshots from %s%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), seconds, START);
        // Warm the JIT on a small problem first so the first measured run is not the slowest.
        run(200, 0.9, 1, 3, false);
        for (int size : weeks.sizes()) {
            for (double capacity : new double[] {0.9, 0.6}) {
                for (long seed = 1; seed <= weeks.seeds(); seed++) {
                    run(size, capacity, seed, seconds, true);
                }
            }
        }
    }

    /** Which weeks a runner measures: sizes (referrals) from the command line, each with seeds 1 to {@code --seeds N}. */
    record Weeks(List<Integer> sizes, int seeds) {

        static Weeks parse(String[] args, int from, List<Integer> defaultSizes) {
            List<Integer> sizes = new ArrayList<>();
            int seeds = 1;
            for (int i = from; i < args.length; i++) {
                if (args[i].equals("--seeds")) {
                    seeds = Integer.parseInt(args[++i]);
                } else {
                    sizes.add(Integer.parseInt(args[i]));
                }
            }
            return new Weeks(sizes.isEmpty() ? defaultSizes : List.copyOf(sizes), seeds);
        }
    }

    static Snapshot snapshot(int referrals, double capacity, long seed) {
        return new SnapshotGenerator(SnapshotRecipe.reconnectBaseline().withCapacityRatio(capacity).withStart(START), seed)
                .generate(referrals);
    }

    /** Urgency left unbooked: the planner's medium level. */
    static long unbookedUrgency(BookingPlan plan) {
        long sum = 0;
        for (OtAppointment a : plan.getAppointments()) {
            sum += a.getSlot() == null ? a.getUrgency() : 0;
        }
        for (GroupStart g : plan.getGroupStarts()) {
            sum += g.getSession() == null ? g.getUrgency() : 0;
        }
        return sum;
    }

    private static void run(int referrals, double capacity, long seed, long seconds, boolean print) throws Exception {
        Snapshot snapshot = snapshot(referrals, capacity, seed);
        PlanChecker checker = new PlanChecker(snapshot);
        BookingPlan fcfsPlan = FirstComeFirstServed.book(ProblemBuilder.build(snapshot));
        Kpis fcfs = checker.check(PlanExtractor.extract(fcfsPlan, "fcfs")).kpis();

        SolverSettings settings = SolverSettings.timed(Duration.ofSeconds(seconds), seed);
        long started = System.nanoTime();
        BookingPlan problem = BookingSolver.prepare(ProblemBuilder.build(snapshot), settings);
        long startMs = (System.nanoTime() - started) / 1_000_000;
        Kpis start = checker.check(PlanExtractor.extract(problem, "start")).kpis();
        long startUrgency = unbookedUrgency(problem);

        SolverSettings rest = settings.withTimeLimit(Duration.ofMillis(Math.max(1, seconds * 1000 - startMs)));
        List<long[]> timeline = new ArrayList<>();
        List<HardMediumSoftScore> scores = new ArrayList<>();
        long searchStarted = System.nanoTime();
        BookingPlan best;
        SolverJob<BookingPlan> job;
        try (SolverManager<BookingPlan> manager = SolverManager.create(BookingSolver.config(rest, BookingSolver.entityCount(problem)))) {
            job = manager.solveBuilder().withProblemId(1L).withProblem(problem)
                    .withBestSolutionEventConsumer(e -> {
                        timeline.add(new long[] {startMs + (System.nanoTime() - searchStarted) / 1_000_000});
                        scores.add((HardMediumSoftScore) e.solution().getScore());
                    })
                    .run();
            best = job.getFinalBestSolution();
        }
        long totalMs = (System.nanoTime() - started) / 1_000_000;
        if (!print) {
            return;
        }
        CheckReport solved = checker.check(PlanExtractor.extract(best, "timefold"));
        Kpis end = solved.kpis();
        System.out.printf(Locale.ROOT, "%n%,d referrals (%,d planning entities, %,d OT slots), capacity %.1f, seed %d%n",
                referrals, BookingSolver.entityCount(best), best.getSlots().size(), capacity, seed);
        System.out.printf(Locale.ROOT, "  starting plan          %,d ms; urgency unbooked %,d; breaches / breach-days %,d / %,d%n",
                startMs, startUrgency, start.breaches(), start.breachDays());
        System.out.printf(Locale.ROOT, "  after the search       %,d ms in all; urgency unbooked %,d; breaches / breach-days %,d / %,d; "
                + "checker violations %d%n", totalMs, unbookedUrgency(best), end.breaches(), end.breachDays(), solved.violations().size());
        System.out.printf(Locale.ROOT, "  first-come first-served urgency unbooked %,d; breaches / breach-days %,d / %,d%n",
                unbookedUrgency(fcfsPlan), fcfs.breaches(), fcfs.breachDays());
        System.out.printf(Locale.ROOT, "  booked                 %,d  (FCFS %,d); move evaluations/s %,d%n", end.booked(), fcfs.booked(),
                job.getMoveEvaluationSpeed());
        System.out.print("  best score over time  ");
        for (long checkpoint : CHECKPOINTS_MS) {
            if (checkpoint > seconds * 1000) {
                break;
            }
            HardMediumSoftScore at = null;
            for (int i = 0; i < timeline.size() && timeline.get(i)[0] <= checkpoint; i++) {
                at = scores.get(i);
            }
            System.out.print(" " + checkpoint / 1000 + "s " + (at == null ? "(start)" : at) + ";");
        }
        System.out.println(" end " + best.getScore());
    }
}
