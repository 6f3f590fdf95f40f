package waitlist.scenarios.snapshot;

import java.util.List;

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
        @Positive @AtMost(1440) int otSlotMinutes,
        @MaxItems(50) List<Alliance> alliances,
        @MaxItems(5_000) List<Practitioner> practitioners,
        @MaxItems(5_000) List<Venue> venues,
        @MayOmit @MaxItems(50_000) List<GroupSession> groupSessions,
        Demand demand) {

    public List<GroupSession> groupSessionsOrEmpty() {
        return groupSessions == null ? List.of() : groupSessions;
    }
}
