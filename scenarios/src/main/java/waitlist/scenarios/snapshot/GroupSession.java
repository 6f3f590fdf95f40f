package waitlist.scenarios.snapshot;

import java.time.LocalDate;
import java.time.LocalTime;

import waitlist.scenarios.rules.MayOmit;
import waitlist.scenarios.rules.NonNegative;
import waitlist.scenarios.rules.Positive;
import waitlist.scenarios.rules.AtMost;

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
        @Positive @AtMost(1440) int minutes,
        String activity,
        @Positive @AtMost(1000) int capacity,
        @MayOmit @NonNegative @AtMost(1000) int alreadyBooked,
        @MayOmit Facility needs) {

    public int freePlaces() {
        return Math.max(0, capacity - alreadyBooked);
    }
}
