package waitlist.scenarios.snapshot;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import waitlist.scenarios.rules.MayOmit;
import waitlist.scenarios.rules.MaxItems;

/**
 * A leisure centre or community venue that hosts group sessions.
 *
 * @param openDays days of the week it is open; omit for every day
 * @param opens    opening time; omit if sessions may start at any time
 * @param closes   closing time; a session must end by then
 */
public record Venue(String id, @MayOmit String name, String alliance, @MayOmit @MaxItems(10) List<Facility> facilities,
                    @MayOmit @MaxItems(7) List<DayOfWeek> openDays, @MayOmit LocalTime opens, @MayOmit LocalTime closes) {

    public Venue(String id, String name, String alliance, List<Facility> facilities) {
        this(id, name, alliance, facilities, null, null, null);
    }

    public List<Facility> facilitiesOrEmpty() {
        return facilities == null ? List.of() : facilities;
    }

    /** Why a session from {@code start} for {@code minutes} on that weekday cannot be held here, or null if it can. */
    public String refuses(DayOfWeek day, LocalTime start, int minutes) {
        if (openDays != null && !openDays.contains(day)) {
            return "venue '" + id + "' is not open on " + Practitioner.dayName(day) + "s";
        }
        if (opens != null && start.isBefore(opens)) {
            return "venue '" + id + "' opens at " + opens;
        }
        if (closes != null && Practitioner.endOf(start, minutes).isAfter(closes)) {
            return "venue '" + id + "' closes at " + closes;
        }
        return null;
    }
}
