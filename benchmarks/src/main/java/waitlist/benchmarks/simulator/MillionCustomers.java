package waitlist.benchmarks.simulator;

import waitlist.simulator.ErlangC;
import waitlist.simulator.ReplicationModel;
import waitlist.simulator.Simulator;
import waitlist.simulator.random.RandomStreams;
import waitlist.simulator.results.Metric;
import waitlist.simulator.results.Periods;
import waitlist.simulator.results.Summary;

/**
 * The work of the M/M/5 comparison: one replication of a million customers through the public network model
 * ({@link Simulator#model}, {@link ReplicationModel#run}), every statistic recorded and folded into a {@link Summary} as
 * {@link Simulator#summarise} folds each replication, on the calling thread (so its CPU time can be read). Shared by
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

    /** One run on the calling thread; {@code seed} picks the random numbers. */
    Outcome run(long seed) {
        Periods periods = model.periods();
        Summary s = new Summary(periods.count(), model.alliances().size() + 1, periods.horizonDays() / 7 - periods.firstReportedDay() / 7);
        s.add(model.run(new RandomStreams(seed, 0)));
        int whole = periods.wholeIndex();
        int county = model.alliances().size();
        return new Outcome(Math.round(s.estimate(whole, county, Metric.REFERRALS).mean()), s.events(),
                s.estimate(whole, county, Metric.WAIT_MEAN).mean());
    }
}
