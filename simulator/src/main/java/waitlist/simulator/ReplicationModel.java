package waitlist.simulator;

import java.util.List;

import waitlist.simulator.random.RandomStreams;
import waitlist.simulator.results.Periods;
import waitlist.simulator.results.ReplicationResult;

/**
 * A model that can run one replication from its random streams. Implementations hold only the
 * scenario's immutable set-up, so one instance serves all replications on all threads.
 */
public interface ReplicationModel {

    /** Runs one replication; throws {@link ConservationViolation} if a referral is lost. */
    ReplicationResult run(RandomStreams streams);

    Periods periods();

    /** Alliance ids in scenario order; results add the county after them. */
    List<String> alliances();

    /** Stage ids of a stage network, matching {@code ReplicationResult.stageValues}; none for the pathway. */
    default List<String> stageIds() {
        return List.of();
    }

    /**
     * What stops the clock, in the scenario's words, for reports to say what the target measures:
     * "first assessment" in the pathway model, the clock-stopping stage's id in a network.
     */
    default String clockStop() {
        return "first assessment";
    }
}
