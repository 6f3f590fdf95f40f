package waitlist.scenarios.snapshot;

import java.time.LocalDate;
import java.util.List;

import waitlist.scenarios.rules.MayOmit;
import waitlist.scenarios.rules.MaxItems;

/**
 * A client in service whose OT review falls due; best done by the OT who assessed them.
 *
 * @param assessedBy the practitioner id of the assessing OT
 */
public record ReviewDue(
        String id,
        String client,
        String alliance,
        LocalDate due,
        String assessedBy,
        @MayOmit Priority priority,
        @MayOmit @MaxItems(10) List<Skill> needs,
        @MayOmit @MaxItems(3660) List<LocalDate> unavailable,
        @MayOmit PartOfDay prefers) {

    public Priority priorityOrDefault() {
        return priority == null ? Priority.ROUTINE : priority;
    }

    public List<Skill> needsOrEmpty() {
        return needs == null ? List.of() : needs;
    }

    public List<LocalDate> unavailableOrEmpty() {
        return unavailable == null ? List.of() : unavailable;
    }
}
