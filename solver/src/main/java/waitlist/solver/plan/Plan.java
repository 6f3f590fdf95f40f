package waitlist.solver.plan;

import java.util.List;

/**
 * A plan as the outside world sees it, whoever made it (the solver or first-come first-served):
 * bookings in date order and the ids of demand left unbooked. The checker judges only this.
 *
 * @param method   e.g. {@code timefold} or {@code first-come-first-served}
 * @param score    the solver's own score, for information (null for the baseline)
 */
public record Plan(String method, String score, List<Booking> bookings, List<String> unbooked) {
}
