package waitlist.benchmarks.simulator;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import waitlist.simulator.ReplicationModel;
import waitlist.simulator.Simulator;
import waitlist.simulator.random.RandomStreams;
import waitlist.simulator.results.ReplicationResult;

/**
 * Engine events per second on an M/M/10 model at utilisation 0.9 (one replication a call, about
 * 6,600 arrivals and 13,000 events). The "events" secondary result is the figure to read.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class EngineBenchmark {

    private ReplicationModel model;
    private int replication;

    /** Counts engine events so JMH reports them per second. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Events {
        public long events;

        @Setup(Level.Iteration)
        public void reset() {
            events = 0;
        }
    }

    @Setup
    public void setUp() {
        model = Simulator.model(BenchScenarios.mmc(), null);
    }

    @Benchmark
    public ReplicationResult mmcReplication(Events counter) {
        ReplicationResult r = model.run(new RandomStreams(1, replication++));
        counter.events += r.events();
        return r;
    }
}
