package waitlist.scenarios.snapshot;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import waitlist.scenarios.Alliance;
import waitlist.scenarios.io.DocumentCheck;
import waitlist.scenarios.io.Findings;

/**
 * The rules a snapshot must follow beyond its shape: ids unique, every reference defined and of
 * the right kind, dates where a plan can use them, working hours that make sense. The planner
 * relies on these, so a snapshot that breaks one is refused rather than half-planned.
 */
public final class SnapshotCheck implements DocumentCheck<Snapshot> {

    /** Longest planning horizon: its last day at most this many days after its first (13 weeks). */
    static final int MAX_HORIZON_DAYS = 90;

    @Override
    public void check(Snapshot s, Findings findings) {
        if (s.horizon() != null && s.horizon().start() != null && s.horizon().end() != null
                && s.horizon().end().isBefore(s.horizon().start())) {
            findings.add("/horizon/end", "the horizon ends (" + s.horizon().end() + ") before it starts (" + s.horizon().start() + ")");
        } else if (s.horizon() != null && s.horizon().start() != null && s.horizon().end() != null
                && s.horizon().start().plusDays(MAX_HORIZON_DAYS).isBefore(s.horizon().end())) {
            // Every OT's working day becomes slots to plan: a longer horizon multiplies the planner's work.
            findings.add("/horizon/end", "a planning horizon ends at most " + MAX_HORIZON_DAYS + " days after it starts (13 weeks); this one runs "
                    + s.horizon().start() + " to " + s.horizon().end());
        }

        Set<String> alliances = new HashSet<>();
        for (int i = 0; i < s.alliances().size(); i++) {
            Alliance a = s.alliances().get(i);
            if (!alliances.add(a.id())) {
                findings.add("/alliances/" + i + "/id", "alliance id '" + a.id() + "' is defined twice");
            }
        }
        Map<String, Practitioner> practitioners = new HashMap<>();
        for (int i = 0; i < s.practitioners().size(); i++) {
            checkPractitioner(s.practitioners().get(i), "/practitioners/" + i, s.otSlotMinutes(), alliances, practitioners, findings);
        }
        Map<String, Venue> venues = new HashMap<>();
        for (int i = 0; i < s.venues().size(); i++) {
            Venue v = s.venues().get(i);
            String at = "/venues/" + i;
            if (venues.putIfAbsent(v.id(), v) != null) {
                findings.add(at + "/id", "venue id '" + v.id() + "' is defined twice");
            }
            allianceDefined(v.alliance(), at + "/alliance", alliances, findings);
        }
        Set<String> sessionIds = new HashSet<>();
        List<GroupSession> sessions = s.groupSessionsOrEmpty();
        for (int i = 0; i < sessions.size(); i++) {
            checkSession(sessions.get(i), "/groupSessions/" + i, s, sessionIds, practitioners, venues, findings);
        }
        checkDemand(s, alliances, practitioners, findings);
    }

    private static void checkPractitioner(Practitioner p, String at, int slotMinutes, Set<String> alliances,
                                          Map<String, Practitioner> seen, Findings findings) {
        if (seen.putIfAbsent(p.id(), p) != null) {
            findings.add(at + "/id", "practitioner id '" + p.id() + "' is defined twice");
        }
        allianceDefined(p.homeAlliance(), at + "/homeAlliance", alliances, findings);
        for (int j = 0; j < p.worksInOrEmpty().size(); j++) {
            allianceDefined(p.worksInOrEmpty().get(j), at + "/worksIn/" + j, alliances, findings);
        }
        if (p.dayStart() != null && p.dayEnd() != null && !p.dayEnd().isAfter(p.dayStart())) {
            findings.add(at + "/dayEnd", "the working day ends (" + p.dayEnd() + ") before it starts (" + p.dayStart() + ")");
        } else if (p.role() == Role.OT && p.dayStart() != null && p.dayEnd() != null && slotMinutes > 0
                && java.time.Duration.between(p.dayStart(), p.dayEnd()).toMinutes() < slotMinutes) {
            findings.add(at + "/dayEnd", "the working day " + p.dayStart() + "-" + p.dayEnd() + " is shorter than one "
                    + slotMinutes + "-minute OT slot, so this OT could never be booked");
        }
        if (p.role() == Role.COACH && !p.skillsOrEmpty().isEmpty()) {
            findings.add(at + "/skills", "skills are for OTs; a coach's skills are not used, remove them");
        }
    }

    private static void checkSession(GroupSession g, String at, Snapshot s, Set<String> ids,
                                     Map<String, Practitioner> practitioners, Map<String, Venue> venues, Findings findings) {
        if (!ids.add(g.id())) {
            findings.add(at + "/id", "group session id '" + g.id() + "' is defined twice");
        }
        Venue venue = venues.get(g.venue());
        if (venue == null) {
            findings.add(at + "/venue", "venue '" + g.venue() + "' is not defined in /venues");
        } else if (g.needs() != null && !venue.facilitiesOrEmpty().contains(g.needs())) {
            findings.add(at + "/needs", "the activity needs a " + label(g.needs()) + " but venue '" + venue.id() + "' has none");
        }
        Practitioner coach = practitioners.get(g.coach());
        if (coach == null) {
            findings.add(at + "/coach", "practitioner '" + g.coach() + "' is not defined in /practitioners");
        } else if (coach.role() != Role.COACH) {
            findings.add(at + "/coach", "practitioner '" + g.coach() + "' is an OT; group sessions are run by coaches");
        } else if (venue != null && !coach.mayWorkIn(venue.alliance())) {
            findings.add(at + "/coach", "coach '" + g.coach() + "' may not work in alliance '" + venue.alliance() + "' where venue '" + venue.id() + "' is");
        }
        inHorizon(g.date(), at + "/date", s, findings);
        checkSessionTimes(g, at, s, coach, venue, findings);
        if (g.alreadyBooked() > g.capacity()) {
            findings.add(at + "/alreadyBooked", "more places booked (" + g.alreadyBooked() + ") than the capacity (" + g.capacity() + ")");
        }
    }

    /** A session runs within its coach's working days and hours, its venue's opening times, and not on a closed day. */
    private static void checkSessionTimes(GroupSession g, String at, Snapshot s, Practitioner coach, Venue venue, Findings findings) {
        if (g.date() == null || g.start() == null) {
            return;
        }
        java.time.DayOfWeek day = g.date().getDayOfWeek();
        if (coach != null && coach.role() == Role.COACH) {
            String why = coach.refuses(day, g.start(), g.minutes());
            if (why != null) {
                String field = why.contains("does not work") ? "/date" : "/start";
                findings.add(at + field, "the session on " + g.date() + " (" + Practitioner.dayName(day) + ") "
                        + g.start() + " for " + g.minutes() + " minutes is outside its coach's working pattern: coach " + why);
            }
        }
        if (venue != null) {
            String why = venue.refuses(day, g.start(), g.minutes());
            if (why != null) {
                findings.add(at + (why.contains("not open") ? "/date" : "/start"), "the session on " + g.date() + " "
                        + g.start() + " for " + g.minutes() + " minutes is outside its venue's opening times: " + why);
            }
        }
        String closed = s.closures().get(g.date());
        if (closed != null) {
            // with /closedDays given, the day is in it; without, it is a bank holiday or the Christmas closure
            String fix = s.closedDays() != null ? "remove the session, or take the day out of /closedDays"
                    : "remove the session, or list the days the service is closed in /closedDays (it then replaces the bank holidays)";
            findings.add(at + "/date", "the session is on " + g.date() + ", when the service is closed (" + closed + "); " + fix);
        }
    }

    private static void checkDemand(Snapshot s, Set<String> alliances, Map<String, Practitioner> practitioners, Findings findings) {
        Set<String> ids = new HashSet<>();
        List<Referral> referrals = s.demand().referrals();
        for (int i = 0; i < referrals.size(); i++) {
            Referral r = referrals.get(i);
            String at = "/demand/referrals/" + i;
            uniqueDemandId(r.id(), at, ids, findings);
            allianceDefined(r.alliance(), at + "/alliance", alliances, findings);
            if (r.referred() != null && s.horizon() != null && s.horizon().start() != null && r.referred().isAfter(s.horizon().start())) {
                findings.add(at + "/referred", "referred on " + r.referred() + ", after the horizon starts (" + s.horizon().start() + "); a snapshot lists people already waiting");
            }
        }
        List<ReviewDue> reviews = s.demand().reviewsOrEmpty();
        for (int i = 0; i < reviews.size(); i++) {
            ReviewDue r = reviews.get(i);
            String at = "/demand/reviews/" + i;
            uniqueDemandId(r.id(), at, ids, findings);
            allianceDefined(r.alliance(), at + "/alliance", alliances, findings);
            Practitioner ot = practitioners.get(r.assessedBy());
            if (ot == null) {
                findings.add(at + "/assessedBy", "practitioner '" + r.assessedBy() + "' is not defined in /practitioners");
            } else if (ot.role() != Role.OT) {
                findings.add(at + "/assessedBy", "practitioner '" + r.assessedBy() + "' is a coach; assessments are done by OTs");
            }
        }
        List<InterventionStart> starts = s.demand().interventionStartsOrEmpty();
        for (int i = 0; i < starts.size(); i++) {
            InterventionStart st = starts.get(i);
            String at = "/demand/interventionStarts/" + i;
            uniqueDemandId(st.id(), at, ids, findings);
            allianceDefined(st.alliance(), at + "/alliance", alliances, findings);
        }
    }

    private static void uniqueDemandId(String id, String at, Set<String> ids, Findings findings) {
        if (!ids.add(id)) {
            findings.add(at + "/id", "demand id '" + id + "' is used twice (ids are unique across referrals, reviews and intervention starts)");
        }
    }

    private static void allianceDefined(String id, String at, Set<String> alliances, Findings findings) {
        if (id != null && !alliances.contains(id)) {
            findings.add(at, "alliance '" + id + "' is not defined in /alliances (known: " + String.join(", ", alliances.stream().sorted().toList()) + ")");
        }
    }

    private static void inHorizon(LocalDate day, String at, Snapshot s, Findings findings) {
        if (day != null && s.horizon() != null && s.horizon().start() != null && s.horizon().end() != null
                && !s.horizon().contains(day)) {
            findings.add(at, day + " is outside the horizon " + s.horizon().start() + " to " + s.horizon().end());
        }
    }

    static String label(Facility f) {
        return f.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
