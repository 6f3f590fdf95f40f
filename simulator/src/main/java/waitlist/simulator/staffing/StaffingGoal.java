package waitlist.simulator.staffing;

import java.time.LocalDate;

/**
 * What the staffing search must reach, and how hard it may look.
 *
 * @param confidence          every period and area from {@code from} on must be likely to hold at this confidence
 * @param maxPlaceWaitDays    the mean wait for an intervention place, per alliance and period, at most this
 * @param step                FTE are changed in steps of this (0.1 is a tenth of a post)
 * @param from                the date the new staffing starts; periods starting before it are not judged
 * @param maxFactor           no alliance may need more than this many times its FTE today (at least one step)
 * @param searchReplications  replications per candidate during the search (on the search seed)
 * @param verifyReplications  replications of the answer on fresh seeds (at least 400)
 */
public record StaffingGoal(double confidence, double maxPlaceWaitDays, double step, LocalDate from, double maxFactor,
                           int searchReplications, int verifyReplications) {
}
