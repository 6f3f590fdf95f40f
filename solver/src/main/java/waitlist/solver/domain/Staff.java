package waitlist.solver.domain;

import java.time.LocalDate;
import java.util.Set;

import waitlist.scenarios.snapshot.Skill;

/**
 * A practitioner as the planner sees them: only what the rules test.
 *
 * @param worksIn alliances besides home where they may work
 * @param leave         days they are off (their slots on those days are no one's candidates; the rule still judges them)
 * @param ot            an OT (coaches only run group sessions)
 * @param bookableSlots OT appointments they could take over the horizon (working days open and not on leave,
 *                      at most the daily maximum a day): workload balance compares utilisation, not bare counts
 */
public record Staff(String id, String homeAlliance, Set<String> worksIn, Set<Skill> skills,
                    Set<LocalDate> leave, int maxAppointmentsPerDay, boolean ot, int bookableSlots) {

    /** Per-mille of their bookable slots that {@code appointments} would fill. */
    public long utilisationPerMille(long appointments) {
        return bookableSlots == 0 ? 0 : appointments * 1000 / bookableSlots;
    }

    public boolean mayWorkIn(String alliance) {
        return homeAlliance.equals(alliance) || worksIn.contains(alliance);
    }

    /** Identity is the id: cheap to hash in the solver's joins, whatever the record holds. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Staff other && id.equals(other.id);
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
