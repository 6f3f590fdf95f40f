package waitlist.benchmarks.solver;

import java.util.concurrent.TimeUnit;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import waitlist.scenarios.snapshot.Snapshot;
import waitlist.solver.BookingSolver;
import waitlist.solver.ProblemBuilder;
import waitlist.solver.SolverSettings;
import waitlist.solver.baseline.FirstComeFirstServed;
import waitlist.solver.checker.PlanChecker;
import waitlist.solver.domain.BookingPlan;
import waitlist.solver.generator.SnapshotGenerator;
import waitlist.solver.generator.SnapshotRecipe;
import waitlist.solver.plan.Plan;
import waitlist.solver.plan.PlanExtractor;

/**
 * The pieces around the search: building the model, the FCFS baseline, a full score calculation
 * (what every from-scratch evaluation costs) and the independent checker.
 * Run: {@code java -jar benchmarks/target/benchmarks.jar SolverBenchmarks}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SolverBenchmarks {

    @Param({"100", "1000"})
    int referrals;

    private Snapshot snapshot;
    private BookingPlan fcfs;
    private Plan fcfsPlan;
    private SolutionManager<BookingPlan, HardMediumSoftScore> solutionManager;

    @Setup
    public void setUp() {
        snapshot = new SnapshotGenerator(SnapshotRecipe.reconnectBaseline(), 1).generate(referrals);
        fcfs = FirstComeFirstServed.book(ProblemBuilder.build(snapshot));
        fcfsPlan = PlanExtractor.extract(fcfs, "fcfs");
        solutionManager = SolutionManager.create(SolverFactory.create(
                BookingSolver.config(SolverSettings.stepped(1, 0), BookingSolver.entityCount(fcfs))));
    }

    @Benchmark
    public BookingPlan buildModel() {
        return ProblemBuilder.build(snapshot);
    }

    @Benchmark
    public BookingPlan firstComeFirstServed() {
        return FirstComeFirstServed.book(ProblemBuilder.build(snapshot));
    }

    @Benchmark
    public HardMediumSoftScore fullScoreCalculation() {
        return solutionManager.update(fcfs);
    }

    @Benchmark
    public Object checker() {
        return new PlanChecker(snapshot).check(fcfsPlan);
    }
}
