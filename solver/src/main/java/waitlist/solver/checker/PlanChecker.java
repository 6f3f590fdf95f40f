package waitlist.solver.checker;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import waitlist.scenarios.Alliance;
import waitlist.scenarios.snapshot.GroupSession;
import waitlist.scenarios.snapshot.InterventionStart;
import waitlist.scenarios.snapshot.Practitioner;
import waitlist.scenarios.snapshot.Priority;
import waitlist.scenarios.snapshot.Referral;
import waitlist.scenarios.snapshot.ReviewDue;
import waitlist.scenarios.snapshot.Role;
import waitlist.scenarios.snapshot.Skill;
import waitlist.scenarios.snapshot.Snapshot;
import waitlist.scenarios.snapshot.Venue;
import waitlist.solver.plan.Booking;
import waitlist.solver.plan.Plan;

/**
 * Judges a plan against the snapshot with plain code, sharing nothing with the solver's model or
 * score: if the constraint streams had a bug, this would not share it. Checks every hard rule,
 * recomputes the figures, and explains each unbooked or breaching referral.
 */
public final class PlanChecker {

    private static final int TARGET_DAYS = 42;

    private final Snapshot snapshot;
    private final Map<String, Practitioner> practitioners = new HashMap<>();
    private final Map<String, Venue> venues = new HashMap<>();
    private final Map<String, GroupSession> sessions = new HashMap<>();
    private final Map<String, Referral> referrals = new LinkedHashMap<>();
    private final Map<String, ReviewDue> reviews = new LinkedHashMap<>();
    private final Map<String, InterventionStart> starts = new LinkedHashMap<>();
    private final Map<String, String> allianceNames = new HashMap<>();
    /** The plan being explained, indexed by OT slot and by OT day. */
    private final Map<String, Booking> bySlot = new HashMap<>();
    private final Map<String, Integer> perOtDay = new HashMap<>();

    public PlanChecker(Snapshot snapshot) {
        this.snapshot = snapshot;
        snapshot.practitioners().forEach(p -> practitioners.put(p.id(), p));
        snapshot.venues().forEach(v -> venues.put(v.id(), v));
        snapshot.groupSessionsOrEmpty().forEach(g -> sessions.put(g.id(), g));
        snapshot.demand().referrals().forEach(r -> referrals.put(r.id(), r));
        snapshot.demand().reviewsOrEmpty().forEach(r -> reviews.put(r.id(), r));
        snapshot.demand().interventionStartsOrEmpty().forEach(s -> starts.put(s.id(), s));
        snapshot.alliances().forEach(a -> allianceNames.put(a.id(), a.name()));
    }

    public CheckReport check(Plan plan) {
        List<String> violations = new ArrayList<>();
        Map<String, Booking> byDemand = new HashMap<>();
        Map<String, Integer> otSlotUse = new HashMap<>();
        Map<String, Integer> otDayUse = new HashMap<>();
        Map<String, Integer> sessionUse = new HashMap<>();
        Map<String, Integer> clientDayUse = new HashMap<>();

        for (Booking b : plan.bookings()) {
            if (byDemand.put(b.demand(), b) != null) {
                violations.add(b.demand() + " is booked more than once");
            }
            clientDayUse.merge(b.client() + " on " + b.date(), 1, Integer::sum);
            if (b.isOtAppointment()) {
                checkOtAppointment(b, violations);
                otSlotUse.merge(b.practitioner() + " " + b.date() + " " + b.start(), 1, Integer::sum);
                otDayUse.merge(b.practitioner() + " " + b.date(), 1, Integer::sum);
            } else {
                checkGroupStart(b, violations);
                sessionUse.merge(b.session(), 1, Integer::sum);
            }
        }
        new TreeMap<>(otSlotUse).forEach((slot, n) -> {
            if (n > 1) {
                violations.add("slot " + slot + " holds " + n + " appointments");
            }
        });
        new TreeMap<>(otDayUse).forEach((otDay, n) -> {
            Practitioner ot = practitioners.get(otDay.substring(0, otDay.indexOf(' ')));
            if (ot != null && n > ot.maxAppointmentsPerDay()) {
                violations.add(otDay + ": " + n + " appointments, more than the maximum of " + ot.maxAppointmentsPerDay());
            }
        });
        new TreeMap<>(sessionUse).forEach((id, n) -> {
            GroupSession g = sessions.get(id);
            if (g != null && n > g.freePlaces()) {
                violations.add("group session " + id + " has " + n + " new starters but " + g.freePlaces() + " free places");
            }
        });
        new TreeMap<>(clientDayUse).forEach((clientDay, n) -> {
            if (n > 1) {
                violations.add("client " + clientDay + " is booked " + n + " times");
            }
        });
        Set<String> unbooked = new HashSet<>(plan.unbooked());
        for (String id : allDemandIds()) {
            if (!byDemand.containsKey(id) && !unbooked.contains(id)) {
                violations.add(id + " is neither booked nor listed as unbooked");
            }
        }
        for (String id : plan.unbooked()) {
            if (byDemand.containsKey(id)) {
                violations.add(id + " is listed as unbooked but is booked");
            }
        }
        Kpis kpis = kpis(byDemand);
        return new CheckReport(List.copyOf(violations), kpis, explain(byDemand));
    }

    private List<String> allDemandIds() {
        List<String> ids = new ArrayList<>(referrals.keySet());
        ids.addAll(reviews.keySet());
        ids.addAll(starts.keySet());
        return ids;
    }

    private void checkOtAppointment(Booking b, List<String> violations) {
        Referral referral = referrals.get(b.demand());
        ReviewDue review = reviews.get(b.demand());
        if (referral == null && review == null) {
            violations.add(b.demand() + " is booked with an OT but is not a referral or review in the snapshot");
            return;
        }
        String alliance = referral != null ? referral.alliance() : review.alliance();
        List<Skill> needs = referral != null ? referral.needsOrEmpty() : review.needsOrEmpty();
        List<LocalDate> unavailable = referral != null ? referral.unavailableOrEmpty() : review.unavailableOrEmpty();
        Practitioner ot = practitioners.get(b.practitioner());
        if (ot == null || ot.role() != Role.OT) {
            violations.add(b.demand() + " is booked with " + b.practitioner() + ", who is not an OT in the snapshot");
            return;
        }
        if (!snapshot.horizon().contains(b.date())) {
            violations.add(b.demand() + " is booked on " + b.date() + ", outside the horizon");
        }
        if (!ot.worksOn(b.date())) {
            violations.add(b.demand() + ": " + ot.id() + " does not work on " + b.date());
        }
        if (!onSlotGrid(ot, b.start())) {
            violations.add(b.demand() + ": " + b.start() + " is not the start of one of " + ot.id() + "'s slots");
        }
        if (!ot.skillsOrEmpty().containsAll(needs)) {
            violations.add(b.demand() + " needs " + needs + " but " + ot.id() + " has " + ot.skillsOrEmpty());
        }
        if (!ot.mayWorkIn(alliance)) {
            violations.add(b.demand() + " is in " + alliance + " where " + ot.id() + " may not work");
        }
        if (unavailable.contains(b.date())) {
            violations.add(b.demand() + " is booked on " + b.date() + ", a day the client cannot do");
        }
    }

    private boolean onSlotGrid(Practitioner ot, LocalTime start) {
        long minutes = ChronoUnit.MINUTES.between(ot.dayStart(), start);
        return minutes >= 0 && minutes % snapshot.otSlotMinutes() == 0
                && !start.plusMinutes(snapshot.otSlotMinutes()).isAfter(ot.dayEnd());
    }

    private void checkGroupStart(Booking b, List<String> violations) {
        InterventionStart s = starts.get(b.demand());
        GroupSession g = sessions.get(b.session());
        if (s == null || g == null) {
            violations.add(b.demand() + " is booked into session " + b.session() + " but the start or the session is not in the snapshot");
            return;
        }
        Venue venue = venues.get(g.venue());
        Practitioner coach = practitioners.get(g.coach());
        if (!g.date().equals(b.date()) || !g.coach().equals(b.practitioner())) {
            violations.add(b.demand() + ": booking date or coach differs from session " + g.id());
        }
        if (!venue.facilitiesOrEmpty().containsAll(s.facilitiesOrEmpty())) {
            violations.add(b.demand() + " needs " + s.facilitiesOrEmpty() + " but venue " + venue.id() + " has " + venue.facilitiesOrEmpty());
        }
        if (g.date().isBefore(s.ready())) {
            violations.add(b.demand() + " starts on " + g.date() + ", before they are ready (" + s.ready() + ")");
        }
        if (s.activity() != null && !s.activity().equals(g.activity())) {
            violations.add(b.demand() + " wants " + s.activity() + " but session " + g.id() + " is " + g.activity());
        }
        if (s.unavailableOrEmpty().contains(g.date())) {
            violations.add(b.demand() + " is booked on " + g.date() + ", a day the client cannot do");
        }
        if (coach != null && coach.leaveOrEmpty().contains(g.date())) {
            violations.add(b.demand() + ": coach " + coach.id() + " is on leave on " + g.date());
        }
    }

    private long breachDays(Referral r, Booking b) {
        LocalDate seen = b != null ? b.date() : snapshot.horizon().end().plusDays(1);
        return Math.max(0, ChronoUnit.DAYS.between(r.referred(), seen) - TARGET_DAYS);
    }

    private Kpis kpis(Map<String, Booking> byDemand) {
        int faBooked = 0;
        int breaches = 0;
        long breachDays = 0;
        for (Referral r : referrals.values()) {
            Booking b = byDemand.get(r.id());
            faBooked += b != null ? 1 : 0;
            long late = breachDays(r, b);
            breaches += late > 0 ? 1 : 0;
            breachDays += late;
        }
        int reviewsBooked = (int) reviews.keySet().stream().filter(byDemand::containsKey).count();
        int startsBooked = (int) starts.keySet().stream().filter(byDemand::containsKey).count();
        int cross = 0;
        Map<String, Integer> perOt = new HashMap<>();
        for (Booking b : byDemand.values()) {
            if (b.isOtAppointment()) {
                Practitioner ot = practitioners.get(b.practitioner());
                cross += ot != null && !ot.homeAlliance().equals(b.alliance()) ? 1 : 0;
                perOt.merge(b.practitioner(), 1, Integer::sum);
            } else {
                GroupSession g = sessions.get(b.session());
                Venue v = g == null ? null : venues.get(g.venue());
                cross += v != null && !v.alliance().equals(b.alliance()) ? 1 : 0;
            }
        }
        List<Utilisation> people = new ArrayList<>();
        Map<String, int[]> perAlliance = new LinkedHashMap<>();
        snapshot.alliances().forEach(a -> perAlliance.put(a.id(), new int[2]));
        for (Practitioner p : snapshot.practitioners()) {
            if (p.role() != Role.OT) {
                continue;
            }
            int booked = perOt.getOrDefault(p.id(), 0);
            int capacity = otCapacity(p);
            people.add(new Utilisation(p.id(), p.homeAlliance(), booked, capacity));
            int[] a = perAlliance.get(p.homeAlliance());
            a[0] += booked;
            a[1] += capacity;
        }
        List<Utilisation> alliances = new ArrayList<>();
        perAlliance.forEach((id, a) -> alliances.add(new Utilisation(id, id, a[0], a[1])));
        return new Kpis(faBooked, referrals.size() - faBooked, reviewsBooked, reviews.size() - reviewsBooked,
                startsBooked, starts.size() - startsBooked, breaches, breachDays, cross, people, alliances);
    }

    private int slotsPerDay(Practitioner ot) {
        return (int) (ChronoUnit.MINUTES.between(ot.dayStart(), ot.dayEnd()) / snapshot.otSlotMinutes());
    }

    private int otCapacity(Practitioner ot) {
        int capacity = 0;
        for (LocalDate d = snapshot.horizon().start(); !d.isAfter(snapshot.horizon().end()); d = d.plusDays(1)) {
            if (ot.worksOn(d)) {
                capacity += Math.min(slotsPerDay(ot), ot.maxAppointmentsPerDay());
            }
        }
        return capacity;
    }

    // ---- explanations ----

    private List<Explanation> explain(Map<String, Booking> byDemand) {
        bySlot.clear();
        perOtDay.clear();
        for (Booking b : byDemand.values()) {
            if (b.isOtAppointment()) {
                bySlot.put(b.practitioner() + " " + b.date() + " " + b.start(), b);
                perOtDay.merge(b.practitioner() + " " + b.date(), 1, Integer::sum);
            }
        }
        List<Explanation> out = new ArrayList<>();
        for (Referral r : referrals.values()) {
            Booking b = byDemand.get(r.id());
            if (b == null || breachDays(r, b) > 0) {
                out.add(new Explanation(r.id(), explainReferral(r, b, byDemand)));
            }
        }
        for (ReviewDue r : reviews.values()) {
            if (!byDemand.containsKey(r.id())) {
                out.add(new Explanation(r.id(), "review not booked: " + otSlotStory(r.alliance(), r.needsOrEmpty(),
                        r.unavailableOrEmpty(), snapshot.horizon().end(), null, byDemand)));
            }
        }
        for (InterventionStart s : starts.values()) {
            if (!byDemand.containsKey(s.id())) {
                out.add(new Explanation(s.id(), "group start not booked: " + sessionStory(s, byDemand)));
            }
        }
        return out;
    }

    private String explainReferral(Referral r, Booking b, Map<String, Booking> byDemand) {
        LocalDate deadline = r.referred().plusDays(TARGET_DAYS);
        long waited = ChronoUnit.DAYS.between(r.referred(), snapshot.horizon().start());
        String head = (b == null ? "not booked" : "booked on " + b.date() + ", " + days(breachDays(r, b)) + " past six weeks")
                + " (" + allianceName(r.alliance()) + (r.priority() == Priority.URGENT ? ", urgent" : "")
                + ", waited " + days(waited) + " at the start)";
        LocalDate until = deadline.isAfter(snapshot.horizon().end()) ? snapshot.horizon().end() : deadline;
        String why = "";
        if (deadline.isBefore(snapshot.horizon().start())) {
            why = "six weeks had passed (" + deadline + ") before the horizon began; ";
            if (b != null && b.date().equals(snapshot.horizon().start())) {
                return head + ": " + why + "booked on the first day of the horizon";
            }
            // The question is then why not sooner: look at the slots before the day they got.
            until = b != null ? b.date().minusDays(1) : snapshot.horizon().end();
        }
        return head + ": " + why + otSlotStory(r.alliance(), r.needsOrEmpty(), r.unavailableOrEmpty(), until, r, byDemand);
    }

    /**
     * Counts the OT slots this client could have had up to {@code until} and says where they went:
     * "no OT with X skill has a slot in Mid Essex on a day they can do by D", or "N such slots by D:
     * a went to referrals waiting longer, b to urgent referrals, c to reviews, d to others; e free".
     */
    private String otSlotStory(String alliance, List<Skill> needs, List<LocalDate> unavailable, LocalDate until,
                               Referral self, Map<String, Booking> byDemand) {
        int total = 0;
        int longer = 0;
        int urgent = 0;
        int toReviews = 0;
        int others = 0;
        int freeButFull = 0;
        int free = 0;
        for (Practitioner ot : snapshot.practitioners()) {
            if (ot.role() != Role.OT || !ot.mayWorkIn(alliance) || !ot.skillsOrEmpty().containsAll(needs)) {
                continue;
            }
            for (LocalDate d = snapshot.horizon().start(); !d.isAfter(until); d = d.plusDays(1)) {
                if (!ot.worksOn(d) || unavailable.contains(d)) {
                    continue;
                }
                for (int k = 0; k < slotsPerDay(ot); k++) {
                    LocalTime t = ot.dayStart().plusMinutes((long) k * snapshot.otSlotMinutes());
                    total++;
                    Booking taken = bySlot.get(ot.id() + " " + d + " " + t);
                    if (taken == null) {
                        if (perOtDay.getOrDefault(ot.id() + " " + d, 0) >= ot.maxAppointmentsPerDay()) {
                            total--;
                            freeButFull++;
                        } else {
                            free++;
                        }
                    } else if (self != null && taken.demand().equals(self.id())) {
                        total--;
                    } else if (reviews.containsKey(taken.demand())) {
                        toReviews++;
                    } else {
                        Referral other = referrals.get(taken.demand());
                        if (other.priority() == Priority.URGENT) {
                            urgent++;
                        } else if (self == null || other.referred().isBefore(self.referred())) {
                            longer++;
                        } else {
                            others++;
                        }
                    }
                }
            }
        }
        String who = "OT" + (needs.isEmpty() ? "" : " with " + skills(needs) + " skill");
        if (total == 0 && freeButFull == 0) {
            return "no " + who + " who may work in " + allianceName(alliance) + " has a slot on a day the client can do by " + until;
        }
        List<String> parts = new ArrayList<>();
        parts.add(longer + " went to referrals waiting longer");
        parts.add(urgent + " to urgent referrals");
        parts.add(toReviews + " to reviews");
        if (others > 0) {
            parts.add(others + " to referrals waiting less long (so that more people could be seen)");
        }
        if (free > 0) {
            parts.add(free + " were left free");
        }
        String fullDays = freeButFull == 0 ? "" : " (" + freeButFull + " more slot times fall on days the OT had already"
                + " seen their daily maximum)";
        return total + " slot" + (total == 1 ? "" : "s") + " with an " + who + " in " + allianceName(alliance)
                + " on days the client can do by " + until + ": " + String.join(", ", parts) + fullDays;
    }

    private String sessionStory(InterventionStart s, Map<String, Booking> byDemand) {
        Map<String, Integer> used = new HashMap<>();
        byDemand.values().stream().filter(b -> !b.isOtAppointment()).forEach(b -> used.merge(b.session(), 1, Integer::sum));
        int suitable = 0;
        int full = 0;
        for (GroupSession g : snapshot.groupSessionsOrEmpty()) {
            Venue v = venues.get(g.venue());
            boolean fits = !g.date().isBefore(s.ready())
                    && (s.activity() == null || s.activity().equals(g.activity()))
                    && v.facilitiesOrEmpty().containsAll(s.facilitiesOrEmpty())
                    && !s.unavailableOrEmpty().contains(g.date());
            if (fits) {
                suitable++;
                full += used.getOrDefault(g.id(), 0) >= g.freePlaces() ? 1 : 0;
            }
        }
        String what = (s.activity() == null ? "any activity" : s.activity())
                + (s.facilitiesOrEmpty().isEmpty() ? "" : " at a venue with " + s.facilitiesOrEmpty().stream()
                .map(f -> f.name().toLowerCase(Locale.ROOT).replace('_', ' ')).toList());
        if (suitable == 0) {
            return "no session of " + what + " on a day the client can do from " + s.ready();
        }
        return suitable + " session(s) of " + what + " on days the client can do, " + full + " of them full"
                + (full < suitable ? " (the others clash with the client's other bookings)" : "");
    }

    private static String days(long n) {
        return n + (n == 1 ? " day" : " days");
    }

    private String allianceName(String id) {
        return allianceNames.getOrDefault(id, id);
    }

    private static String skills(List<Skill> needs) {
        return String.join(" and ", needs.stream().map(s -> s.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList());
    }

    /** The snapshot's alliances, for reports. */
    public List<Alliance> alliances() {
        return snapshot.alliances();
    }
}
