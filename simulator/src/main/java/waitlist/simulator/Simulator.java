package waitlist.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import waitlist.scenarios.Scenario;
import waitlist.scenarios.Target;
import waitlist.simulator.booking.BookingPolicy;
import waitlist.simulator.booking.OrderedBooking;
import waitlist.simulator.network.NetworkModel;
import waitlist.simulator.pathway.ReconnectModel;
import waitlist.simulator.random.RandomStreams;
import waitlist.simulator.results.TargetVerdict;
import waitlist.simulator.results.ReplicationResult;
import waitlist.simulator.results.SimulationResult;
import waitlist.simulator.results.Summary;

/**
 * Runs independent replications of a model in parallel and summarises them. Replication i uses
 * the random streams of (seed, i) only; results are folded in replication order in chunks, so the
 * summary is identical whatever the thread count, and memory stays bounded by the chunk size.
 */
public final class Simulator {

    private Simulator() {
    }

    /** The model for a scenario: the Reconnect pathway or a stage network. */
    public static ReplicationModel model(Scenario scenario, BookingPolicy solverPolicy) {
        if (scenario.network() != null && scenario.pathway() != null) {
            throw new IllegalArgumentException("a scenario gives either 'pathway' or 'network', not both");
        }
        if (scenario.network() != null) {
            return new NetworkModel(scenario);
        }
        if (scenario.pathway() == null) {
            throw new IllegalArgumentException("a scenario needs a 'pathway' or a 'network'");
        }
        BookingPolicy policy = switch (scenario.bookingOrDefault().policy()) {
            case FIRST_COME_FIRST_SERVED -> OrderedBooking.firstComeFirstServed();
            case PRIORITY_FIRST -> OrderedBooking.priorityFirst();
            case SOLVER -> {
                if (solverPolicy == null) {
                    throw new IllegalArgumentException("the scenario books with the solver, but no solver-backed policy was supplied");
                }
                yield solverPolicy;
            }
        };
        return new ReconnectModel(scenario, policy);
    }

    public static SimulationResult run(Scenario scenario, long seed, Replications replications, int threads, Progress progress) {
        return run(scenario, model(scenario, null), seed, replications, threads, progress);
    }

    public static SimulationResult run(Scenario scenario, ReplicationModel model, long seed, Replications replications,
                                       int threads, Progress progress) {
        Summary summary = summarise(model, seed, replications, threads, progress, verdictSettled(model, scenario.target().confidenceOrDefault()));
        return SimulationResult.of(scenario, model, summary, seed, replications);
    }

    /** "auto" stops when every period and area's class (likely to hold, at risk, likely to miss) is settled. */
    public static Predicate<Summary> verdictSettled(ReplicationModel model, double confidence) {
        List<String> areas = new ArrayList<>(model.alliances());
        areas.add(SimulationResult.COUNTY);
        return summary -> TargetVerdict.unsettled(summary, model.periods().all(), areas, confidence).isEmpty();
    }

    public static Summary summarise(ReplicationModel model, long seed, Replications replications, int threads, Progress progress) {
        return summarise(model, seed, replications, threads, progress, verdictSettled(model, Target.DEFAULT_CONFIDENCE));
    }

    /**
     * Runs the replications and folds them in order. With "auto", after the first {@link Replications#first()} and after every
     * further batch, stops once {@code settled} says so (or at the cap).
     */
    public static Summary summarise(ReplicationModel model, long seed, Replications replications, int threads, Progress progress,
                                    Predicate<Summary> settled) {
        int weeks = model.periods().horizonDays() / 7 - model.periods().firstReportedDay() / 7;
        int areas = model.alliances().size() + 1;
        Summary summary = new Summary(model.periods().count(), areas, weeks);
        try (ReplicationRunner runner = new ReplicationRunner(threads)) {
            int done = 0;
            int planned = replications.first();
            while (done < planned) {
                int to = Math.min(planned, done + ReplicationRunner.CHUNK);
                for (ReplicationResult r : runner.run(done, to, i -> model.run(new RandomStreams(seed, i)))) {
                    summary.add(r);
                }
                done = to;
                progress.replicationsDone(done, planned);
                if (replications.auto() && done == planned && planned < replications.cap() && !settled.test(summary)) {
                    planned = Math.min(replications.cap(), planned + Replications.AUTO_BATCH);
                }
            }
        }
        return summary;
    }
}
