package waitlist.benchmarks.simulator;

import waitlist.simulator.ErlangC;
import waitlist.simulator.Progress;
import waitlist.simulator.ReplicationModel;
import waitlist.simulator.Replications;
import waitlist.simulator.Simulator;
import waitlist.simulator.results.Metric;
import waitlist.simulator.results.Summary;

/**
 * The work of the M/M/5 comparison: one replication of a million customers through the public network model, every
 * statistic recorded and folded into a {@link Summary} as any run's are, on one thread. Shared by
 * {@link MillionCustomersBenchmark} (JMH) and {@link MillionCustomersTimer} (wall and CPU time of whole runs, for a
 * machine other work is loading).
 */
final class MillionCustomers {

    /** Erlang C's mean wait in the queue for this M/M/5: 1.525 days. */
    static final double ERLANG_C_MEAN_WAIT = new ErlangC(BenchScenarios.MM5_ARRIVALS_PER_DAY, 1, BenchScenarios.MM5_SERVERS).meanWait();

    private final ReplicationModel model = Simulator.model(BenchScenarios.mm5Million(), null);

    /** What one run measured: customers (referrals), engine events, and their mean wait for a server in days. */
    record Outcome(long customers, long events, double meanWait) {
    }

    /** One run on the current thread's pool of one; {@code seed} picks the random numbers. */
    Outcome run(long seed) {
        Summary s = Simulator.summarise(model, seed, Replications.of(1), 1, Progress.NONE);
        int whole = model.periods().wholeIndex();
        int county = model.alliances().size();
        return new Outcome(Math.round(s.estimate(whole, county, Metric.REFERRALS).mean()), s.events(),
                s.estimate(whole, county, Metric.WAIT_MEAN).mean());
    }
}
