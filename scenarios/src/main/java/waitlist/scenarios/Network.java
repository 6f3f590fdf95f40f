package waitlist.scenarios;

import java.util.List;
import waitlist.scenarios.rules.MaxItems;

/**
 * A generic pathway of stages, each with its own servers and service time, that may run in
 * series or in parallel: a stage starts once every stage in its {@code after} list is done
 * (fork/join), so two stages with the same predecessors run concurrently. The six-week clock
 * stops when the stage {@code clockStopsAt} starts. Booking is continuous: a free server takes
 * the next person at once. One stage with c servers and exponential service, fed by Poisson
 * arrivals, is the M/M/c queue.
 */
public record Network(@MaxItems(100) List<Stage> stages, String clockStopsAt) {
}
