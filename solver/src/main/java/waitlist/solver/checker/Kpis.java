package waitlist.solver.checker;

import java.util.List;

/**
 * Plan figures recomputed from the bookings alone.
 *
 * @param breaches        first assessments past the target (booked after it, or unbooked and past it by the day after the horizon)
 * @param breachDays      total days beyond six weeks, counted the same way
 * @param crossAlliance   OT appointments outside the OT's home alliance, plus group starts outside the client's
 */
public record Kpis(int firstAssessmentsBooked, int firstAssessmentsWaiting, int reviewsBooked, int reviewsWaiting,
                   int groupStartsBooked, int groupStartsWaiting, int breaches, long breachDays, int crossAlliance,
                   List<Utilisation> practitioners, List<Utilisation> alliances) {

    public int booked() {
        return firstAssessmentsBooked + reviewsBooked + groupStartsBooked;
    }

    public int unbooked() {
        return firstAssessmentsWaiting + reviewsWaiting + groupStartsWaiting;
    }
}
