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
import waitlist.simulator.ReplicationModel;
import waitlist.simulator.Simulator;
import waitlist.simulator.random.RandomStreams;
import waitlist.simulator.results.ReplicationResult;

/** Milliseconds for one replication of the bundled baseline, as shipped (65 weeks) and over five years. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class BaselineReplicationBenchmark {

    @Param({"five-years", "as-shipped"})
    public String horizon;

    private ReplicationModel model;
    private int replication;

    @Setup
    public void setUp() {
        Scenario s = "five-years".equals(horizon) ? BenchScenarios.baselineFiveYears() : BenchScenarios.baseline();
        model = Simulator.model(s, null);
    }

    @Benchmark
    public ReplicationResult oneReplication() {
        return model.run(new RandomStreams(1, replication++));
    }
}
