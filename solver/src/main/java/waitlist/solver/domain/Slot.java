package waitlist.solver.domain;

import java.time.LocalDate;
import java.time.LocalTime;

import waitlist.scenarios.snapshot.PartOfDay;

/**
 * One OT appointment slot: an OT's time on one day, cut from their working pattern.
 *
 * @param day    the day's index in the horizon (0 = first day), so "earlier" is cheap to weigh
 * @param closed the service is closed that day: the slot is no one's candidate, and a plan using it breaks a rule
 */
public record Slot(String id, Staff ot, LocalDate date, LocalTime start, int day, boolean closed) {

    public boolean usable() {
        return !closed && !ot.leave().contains(date);
    }

    public PartOfDay partOfDay() {
        return start.isBefore(LocalTime.NOON) ? PartOfDay.MORNING : PartOfDay.AFTERNOON;
    }

    /** Identity is the id: cheap to hash in the solver's joins, whatever the record holds. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Slot other && id.equals(other.id);
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
