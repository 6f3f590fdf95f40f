package waitlist.scenarios.snapshot;

import java.time.LocalDate;
import java.time.LocalTime;

import waitlist.scenarios.rules.MayOmit;
import waitlist.scenarios.rules.NonNegative;
import waitlist.scenarios.rules.Positive;

/**
 * One dated coach-led group session where new starters can join.
 *
 * @param capacity      group size limit
 * @param alreadyBooked places taken by people already in the group
 * @param needs         facility the activity needs at the venue (e.g. a Pool Pod for swimming)
 */
public record GroupSession(
        String id,
        String venue,
        String coach,
        LocalDate date,
        LocalTime start,
        @Positive int minutes,
        String activity,
        @Positive int capacity,
        @MayOmit @NonNegative int alreadyBooked,
        @MayOmit Facility needs) {

    public int freePlaces() {
        return Math.max(0, capacity - alreadyBooked);
    }
}
