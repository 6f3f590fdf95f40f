package waitlist.benchmarks.simulator;

import java.util.concurrent.TimeUnit;

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

import waitlist.scenarios.Scenario;
import waitlist.simulator.Progress;
import waitlist.simulator.Replications;
import waitlist.simulator.Simulator;
import waitlist.simulator.results.SimulationResult;

/**
 * 1,000 replications end to end (parallel on all cores, folded, summarised into the result
 * records), in seconds, with at most 1 GiB of heap (the fork's -Xmx1g: it fails if it needs more).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@State(Scope.Benchmark)
public class ThousandReplicationsBenchmark {

    @Param({"five-years", "as-shipped"})
    public String horizon;

    private Scenario scenario;

    @Setup
    public void setUp() {
        scenario = "five-years".equals(horizon) ? BenchScenarios.baselineFiveYears() : BenchScenarios.baseline();
    }

    @Benchmark
    public SimulationResult thousandReplications() {
        return Simulator.run(scenario, 1, Replications.of(1000), Runtime.getRuntime().availableProcessors(), Progress.NONE);
    }
}
