package waitlist.scenarios.snapshot;

import java.time.LocalDate;
import java.util.List;

import waitlist.scenarios.rules.MayOmit;
import waitlist.scenarios.rules.MaxItems;

/**
 * A client assessed and ready to join a group; they wait again until a place is free.
 *
 * @param ready      first day they can start
 * @param activity   the activity agreed at assessment; omit for any
 * @param facilities facilities the venue must have for them
 */
public record InterventionStart(
        String id,
        String client,
        String alliance,
        LocalDate ready,
        @MayOmit Priority priority,
        @MayOmit String activity,
        @MayOmit @MaxItems(10) List<Facility> facilities,
        @MayOmit @MaxItems(3660) List<LocalDate> unavailable,
        @MayOmit PartOfDay prefers) {

    public Priority priorityOrDefault() {
        return priority == null ? Priority.ROUTINE : priority;
    }

    public List<Facility> facilitiesOrEmpty() {
        return facilities == null ? List.of() : facilities;
    }

    public List<LocalDate> unavailableOrEmpty() {
        return unavailable == null ? List.of() : unavailable;
    }
}
