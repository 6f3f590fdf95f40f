package waitlist.solver.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import waitlist.scenarios.snapshot.Facility;
import waitlist.scenarios.snapshot.PartOfDay;

/**
 * A dated group session with {@code freePlaces} left for new starters.
 *
 * @param facilities what its venue has
 * @param closed     the service is closed that day (a valid snapshot has no such session; kept so the rule can judge)
 */
public record Session(String id, String venue, String alliance, Set<Facility> facilities, Staff coach,
                      String activity, LocalDate date, LocalTime start, int day, int freePlaces, boolean closed) {

    /** It runs: not on a closed day, and its coach is not on leave. */
    public boolean usable() {
        return !closed && !coach.leave().contains(date);
    }

    public PartOfDay partOfDay() {
        return start.isBefore(LocalTime.NOON) ? PartOfDay.MORNING : PartOfDay.AFTERNOON;
    }

    /** Identity is the id: cheap to hash in the solver's joins, whatever the record holds. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Session other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
