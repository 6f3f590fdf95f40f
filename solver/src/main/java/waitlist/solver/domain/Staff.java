package waitlist.solver.domain;

import java.time.LocalDate;
import java.util.Set;

import waitlist.scenarios.snapshot.Skill;

/**
 * A practitioner as the planner sees them: only what the rules test.
 *
 * @param worksIn alliances besides home where they may work
 * @param leave   days they are off (slots are not generated then; kept so the rule can be checked)
 */
public record Staff(String id, String homeAlliance, Set<String> worksIn, Set<Skill> skills,
                    Set<LocalDate> leave, int maxAppointmentsPerDay) {

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
