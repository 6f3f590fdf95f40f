package waitlist.simulator.booking;

import java.util.List;

/**
 * Given this cycle's waiting list and capacity, whom to book. The simulator calls this once per
 * alliance per booking cycle (and once more for pooled spare time when the scenario pools); the
 * application can plug in a solver-backed policy.
 *
 * <p>Contract: return at most {@code cycle.slots()} distinct people from {@code cycle.waiting()},
 * of whom at most {@code slots - urgentSlots} are not urgent; the order returned is the order of
 * appointments within the cycle. Implementations must be deterministic for a given input.
 */
public interface BookingPolicy {

    List<WaitingReferral> choose(BookingCycle cycle);
}
