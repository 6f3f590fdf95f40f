package waitlist.scenarios.snapshot;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import waitlist.scenarios.Alliance;
import waitlist.scenarios.rules.MayOmit;
import waitlist.scenarios.rules.Positive;
import waitlist.scenarios.rules.AtMost;
import waitlist.scenarios.rules.MaxItems;

/**
 * One week's planning problem for the booking team: who works where over the horizon, which
 * venues and group sessions exist, and who is waiting. OT appointment slots are not listed;
 * they follow from each OT's working pattern cut into {@code otSlotMinutes} pieces.
 *
 * @param name           a label for reports
 * @param source         where the snapshot came from (e.g. the scenario and seed it was drawn from)
 * @param horizon        the days that may be booked
 * @param targetDays     the promise: days from referral to first assessment (the scenario's target; six weeks, 42, if omitted)
 * @param closedDays     days the service is closed, nobody is booked and no group runs; if omitted, the bank holidays
 *                       of England and Wales and the Christmas period (24 December to 1 January) within the horizon
 * @param otSlotMinutes  length of one OT appointment slot (first assessment or review), travel and write-up included
 * @param alliances      the alliances every other id refers to
 * @param practitioners  OTs and coaches
 * @param venues         where group sessions take place
 * @param groupSessions  dated group sessions with places to fill
 * @param demand         who is waiting
 */
public record Snapshot(
        String name,
        @MayOmit String source,
        SnapshotHorizon horizon,
        @MayOmit @Positive @AtMost(366) Integer targetDays,
        @MayOmit @MaxItems(1_000) List<LocalDate> closedDays,
        @Positive @AtMost(1440) int otSlotMinutes,
        @MaxItems(50) List<Alliance> alliances,
        @MaxItems(5_000) List<Practitioner> practitioners,
        @MaxItems(5_000) List<Venue> venues,
        @MayOmit @MaxItems(50_000) List<GroupSession> groupSessions,
        Demand demand) {

    /** Six weeks: the Reconnect service's promise, used when a snapshot does not state its own. */
    public static final int SIX_WEEKS = 42;

    public List<GroupSession> groupSessionsOrEmpty() {
        return groupSessions == null ? List.of() : groupSessions;
    }

    public int targetDaysOrDefault() {
        return targetDays == null ? SIX_WEEKS : targetDays;
    }

    /** The days within the horizon on which the service is closed, with the reason. */
    public Map<LocalDate, String> closures() {
        if (horizon == null || horizon.start() == null || horizon.end() == null) {
            return Map.of();
        }
        if (closedDays == null) {
            return ServiceCalendar.closures(horizon.start(), horizon.end());
        }
        Map<LocalDate, String> days = new TreeMap<>();
        for (LocalDate d : closedDays) {
            if (d != null && horizon.contains(d)) {
                days.put(d, "a day the snapshot lists as closed");
            }
        }
        return days;
    }
}
