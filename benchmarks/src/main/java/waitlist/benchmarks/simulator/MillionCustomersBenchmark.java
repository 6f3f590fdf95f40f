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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import waitlist.simulator.stats.RunningStat;

/**
 * The M/M/5 comparison: arrival rate 4.5 a day, mean service 1 day (utilisation 0.9), a million customers a call through
 * the public network model with all its statistics, on one thread. Read the secondary results "customers" and "events"
 * (per second); at the end of each fork the mean wait over its calls is printed beside Erlang C's 1.525 days.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(3)
@Threads(1)
@State(Scope.Benchmark)
public class MillionCustomersBenchmark {

    private MillionCustomers work;
    private long seed;
    private final RunningStat meanWaits = new RunningStat();

    /** Customers and events, which JMH reports per second. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Counts {
        public long customers;
        public long events;

        @Setup(Level.Iteration)
        public void reset() {
            customers = 0;
            events = 0;
        }
    }

    @Setup
    public void setUp() {
        work = new MillionCustomers();
    }

    @Benchmark
    public double millionCustomers(Counts counts) {
        MillionCustomers.Outcome o = work.run(++seed);
        counts.customers += o.customers();
        counts.events += o.events();
        meanWaits.add(o.meanWait());
        return o.meanWait();
    }

    @TearDown
    public void compareWithTheory() {
        double halfWidth = 1.96 * Math.sqrt(meanWaits.variance() / meanWaits.count());
        System.out.printf("%nmean wait over %d runs: %.4f days (95%% CI +- %.4f); Erlang C: %.4f days%n",
                meanWaits.count(), meanWaits.mean(), halfWidth, MillionCustomers.ERLANG_C_MEAN_WAIT);
    }
}
