package waitlist.scenarios;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import waitlist.scenarios.rules.MaxItems;

/**
 * A generic pathway of stages, each with its own places and service time, that may run in series
 * or in parallel: a stage starts once every stage in its {@code after} list is done (fork/join), so
 * two stages with the same predecessors run concurrently. A stage may keep its place until a later
 * stage starts ({@link Stage#holdsUntil()}, blocking), and a share of people may leave after a stage
 * ({@link Stage#exitShare()}). The clock stops when the stage {@code clockStopsAt} starts. Booking
 * is continuous: a free place takes the next person at once, first come first served. One stage
 * with c places and exponential service, fed by Poisson arrivals, is the M/M/c queue.
 *
 * <p>Stages are written as an object keyed by stage id (in the order listed), so a variant file
 * that {@code extends} another changes one stage's field without restating the others.
 */
public record Network(@MaxItems(100) Map<String, Stage> stages, String clockStopsAt) {

    /** Keeps the order given (a file's order); the stage order numbers the random streams, so it must not vary. */
    public Network {
        stages = stages == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(stages));
    }

    /** Stage ids in the order the file lists them. */
    public List<String> stageIds() {
        return List.copyOf(stages.keySet());
    }
}
