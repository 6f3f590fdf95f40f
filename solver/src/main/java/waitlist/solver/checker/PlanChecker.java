package waitlist.solver.checker;

import java.time.DayOfWeek;
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
import waitlist.solver.rules.HardRule;
import waitlist.solver.rules.Violation;

/**
 * Judges a plan against the snapshot with plain code, sharing nothing with the solver's model or
 * score but the names of the rules ({@link HardRule}): if the constraint streams had a bug, this
 * would not share it. Checks every hard rule, recomputes the figures, and explains each unbooked or
 * breaching referral.
 *
 * <p>It never throws on a plan, however wrong: unknown ids, missing fields and impossible times are
 * reported as violations. Its indexes of the snapshot are filled once and only read after, and each
 * {@link #check} keeps its working state to itself, so one checker may judge many plans at once.
 */
public final class PlanChecker {

    private final Snapshot snapshot;
    private final int targetDays;
    private final Map<LocalDate, String> closed;
    private final Map<String, Practitioner> practitioners = new HashMap<>();
    private final Map<String, Venue> venues = new HashMap<>();
    private final Map<String, GroupSession> sessions = new HashMap<>();
    private final Map<String, Referral> referrals = new LinkedHashMap<>();
    private final Map<String, ReviewDue> reviews = new LinkedHashMap<>();
    private final Map<String, InterventionStart> starts = new LinkedHashMap<>();
    private final Map<String, String> allianceNames = new HashMap<>();

    public PlanChecker(Snapshot snapshot) {
        this.snapshot = snapshot;
        this.targetDays = snapshot.targetDaysOrDefault();
        this.closed = Map.copyOf(snapshot.closures());
        snapshot.practitioners().forEach(p -> practitioners.putIfAbsent(p.id(), p));
        snapshot.venues().forEach(v -> venues.putIfAbsent(v.id(), v));
        snapshot.groupSessionsOrEmpty().forEach(g -> sessions.putIfAbsent(g.id(), g));
        snapshot.demand().referrals().forEach(r -> referrals.putIfAbsent(r.id(), r));
        snapshot.demand().reviewsOrEmpty().forEach(r -> reviews.putIfAbsent(r.id(), r));
        snapshot.demand().interventionStartsOrEmpty().forEach(s -> starts.putIfAbsent(s.id(), s));
        snapshot.alliances().forEach(a -> allianceNames.putIfAbsent(a.id(), a.name()));
    }

    public CheckReport check(Plan plan) {
        List<Violation> violations = new ArrayList<>();
        Map<String, Booking> byDemand = new LinkedHashMap<>();
        Map<String, Integer> otSlotUse = new TreeMap<>();
        Map<String, Integer> otDayUse = new TreeMap<>();
        Map<String, Integer> sessionUse = new TreeMap<>();
        Map<String, int[]> clientDay = new TreeMap<>();

        List<Booking> bookings = plan == null || plan.bookings() == null ? List.of() : plan.bookings();
        for (Booking b : bookings) {
            if (b == null || b.demand() == null) {
                violations.add(new Violation(HardRule.NOT_IN_SNAPSHOT, "?", "a booking names no demand"));
                continue;
            }
            if (byDemand.putIfAbsent(b.demand(), b) != null) {
                violations.add(new Violation(HardRule.BOOKED_MORE_THAN_ONCE, b.demand(), b.demand() + " is booked more than once"));
                continue;
            }
            if (b.date() == null || b.start() == null) {
                violations.add(new Violation(HardRule.NOT_IN_SNAPSHOT, b.demand(), b.demand() + " is booked with no date or time"));
                continue;
            }
            boolean counted = b.isOtAppointment() ? checkOtAppointment(b, violations) : checkGroupStart(b, violations);
            if (!counted) {
                continue;
            }
            if (closed.containsKey(b.date())) {
                violations.add(new Violation(HardRule.SERVICE_CLOSED, b.demand(), b.demand() + " is booked on " + b.date()
                        + ", when the service is closed (" + closed.get(b.date()) + ")"));
            }
            String client = client(b.demand());
            clientDay.computeIfAbsent(client + " on " + b.date(), k -> new int[2])[b.isOtAppointment() ? 0 : 1]++;
            if (b.isOtAppointment()) {
                otSlotUse.merge(b.practitioner() + " " + b.date() + " " + b.start(), 1, Integer::sum);
                otDayUse.merge(b.practitioner() + " " + b.date(), 1, Integer::sum);
            } else {
                sessionUse.merge(b.session(), 1, Integer::sum);
            }
        }
        otSlotUse.forEach((slot, n) -> {
            if (n > 1) {
                violations.add(new Violation(HardRule.SLOT_DOUBLE_BOOKED, slot, "slot " + slot + " holds " + n + " appointments"));
            }
        });
        otDayUse.forEach((otDay, n) -> {
            Practitioner ot = practitioners.get(otDay.substring(0, otDay.lastIndexOf(' ')));
            if (ot != null && n > ot.maxAppointmentsPerDay()) {
                violations.add(new Violation(HardRule.OT_OVER_DAILY_MAXIMUM, otDay,
                        otDay + ": " + n + " appointments, more than the maximum of " + ot.maxAppointmentsPerDay()));
            }
        });
        sessionUse.forEach((id, n) -> {
            GroupSession g = sessions.get(id);
            if (g != null && n > g.freePlaces()) {
                violations.add(new Violation(HardRule.SESSION_OVER_CAPACITY, id,
                        "group session " + id + " has " + n + " new starters but " + g.freePlaces() + " free places"));
            }
        });
        clientDay.forEach((who, n) -> {
            if (n[0] > 1) {
                violations.add(new Violation(HardRule.CLIENT_TWO_APPOINTMENTS_ON_A_DAY, who, "client " + who + " has " + n[0] + " OT appointments"));
            }
            if (n[0] > 0 && n[1] > 0) {
                violations.add(new Violation(HardRule.CLIENT_GROUP_AND_APPOINTMENT_ON_A_DAY, who, "client " + who + " has a group start and an OT appointment"));
            }
            if (n[1] > 1) {
                violations.add(new Violation(HardRule.CLIENT_TWO_GROUPS_ON_A_DAY, who, "client " + who + " starts " + n[1] + " groups"));
            }
        });
        List<String> unbookedList = plan == null || plan.unbooked() == null ? List.of() : plan.unbooked();
        Set<String> unbooked = new HashSet<>(unbookedList);
        for (String id : allDemandIds()) {
            if (!byDemand.containsKey(id) && !unbooked.contains(id)) {
                violations.add(new Violation(HardRule.NOT_ACCOUNTED_FOR, id, id + " is neither booked nor listed as unbooked"));
            }
        }
        for (String id : unbookedList) {
            if (byDemand.containsKey(id)) {
                violations.add(new Violation(HardRule.BOOKED_AND_UNBOOKED, id, id + " is listed as unbooked but is booked"));
            } else if (id == null || !isDemand(id)) {
                violations.add(new Violation(HardRule.NOT_IN_SNAPSHOT, String.valueOf(id), "unbooked " + id + " is not demand in the snapshot"));
            }
        }
        // Only bookings of known demand count in the figures and reasons.
        Map<String, Booking> known = new LinkedHashMap<>();
        byDemand.forEach((id, b) -> {
            if (isDemand(id) && b.date() != null && b.start() != null) {
                known.put(id, b);
            }
        });
        Kpis kpis = kpis(known);
        return new CheckReport(List.copyOf(violations), kpis, explain(known));
    }

    private boolean isDemand(String id) {
        return referrals.containsKey(id) || reviews.containsKey(id) || starts.containsKey(id);
    }

    private String client(String demand) {
        if (reviews.containsKey(demand)) {
            return reviews.get(demand).client();
        }
        if (starts.containsKey(demand)) {
            return starts.get(demand).client();
        }
        return demand;
    }

    private List<String> allDemandIds() {
        List<String> ids = new ArrayList<>(referrals.keySet());
        ids.addAll(reviews.keySet());
        ids.addAll(starts.keySet());
        return ids;
    }

    /** Checks one OT appointment; false if it names nothing the snapshot has (so it counts towards nothing). */
    private boolean checkOtAppointment(Booking b, List<Violation> violations) {
        String id = b.demand();
        Referral referral = referrals.get(id);
        ReviewDue review = reviews.get(id);
        if (referral == null && review == null) {
            violations.add(new Violation(starts.containsKey(id) ? HardRule.WRONG_KIND : HardRule.NOT_IN_SNAPSHOT, id,
                    id + " is booked with an OT but is not a referral or review in the snapshot"));
            return false;
        }
        String alliance = referral != null ? referral.alliance() : review.alliance();
        List<Skill> needs = referral != null ? referral.needsOrEmpty() : review.needsOrEmpty();
        List<LocalDate> unavailable = referral != null ? referral.unavailableOrEmpty() : review.unavailableOrEmpty();
        Practitioner ot = b.practitioner() == null ? null : practitioners.get(b.practitioner());
        if (ot == null) {
            violations.add(new Violation(HardRule.NOT_IN_SNAPSHOT, id, id + " is booked with " + b.practitioner() + ", who is not in the snapshot"));
            return false;
        }
        if (ot.role() != Role.OT) {
            violations.add(new Violation(HardRule.WRONG_KIND, id, id + " is booked with " + ot.id() + ", a coach"));
            return false;
        }
        if (!snapshot.horizon().contains(b.date())) {
            violations.add(new Violation(HardRule.OUTSIDE_HORIZON, id, id + " is booked on " + b.date() + ", outside the horizon"));
        }
        if (ot.workingDays() == null || !ot.workingDays().contains(b.date().getDayOfWeek())) {
            violations.add(new Violation(HardRule.OUTSIDE_WORKING_PATTERN, id, id + ": " + ot.id() + " does not work on "
                    + day(b.date().getDayOfWeek()) + "s (" + b.date() + ")"));
        } else if (!onSlotGrid(ot, b.start())) {
            violations.add(new Violation(HardRule.OUTSIDE_WORKING_PATTERN, id, id + ": " + b.start() + " is not the start of one of "
                    + ot.id() + "'s slots"));
        }
        if (ot.leaveOrEmpty().contains(b.date())) {
            violations.add(new Violation(HardRule.OT_ON_LEAVE, id, id + ": " + ot.id() + " is on leave on " + b.date()));
        }
        if (!ot.skillsOrEmpty().containsAll(needs)) {
            violations.add(new Violation(HardRule.OT_LACKS_SKILL, id, id + " needs " + needs + " but " + ot.id() + " has " + ot.skillsOrEmpty()));
        }
        if (!ot.mayWorkIn(alliance)) {
            violations.add(new Violation(HardRule.CROSS_ALLIANCE_NOT_ALLOWED, id, id + " is in " + alliance + " where " + ot.id() + " may not work"));
        }
        if (unavailable.contains(b.date())) {
            violations.add(new Violation(HardRule.CLIENT_UNAVAILABLE_FOR_APPOINTMENT, id, id + " is booked on " + b.date() + ", a day the client cannot do"));
        }
        return true;
    }

    private boolean onSlotGrid(Practitioner ot, LocalTime start) {
        if (ot.dayStart() == null || ot.dayEnd() == null || snapshot.otSlotMinutes() <= 0) {
            return false;
        }
        long minutes = ChronoUnit.MINUTES.between(ot.dayStart(), start);
        long end = start.toSecondOfDay() / 60 + snapshot.otSlotMinutes();
        return minutes >= 0 && minutes % snapshot.otSlotMinutes() == 0 && end <= ot.dayEnd().toSecondOfDay() / 60;
    }

    private boolean checkGroupStart(Booking b, List<Violation> violations) {
        String id = b.demand();
        InterventionStart s = starts.get(id);
        GroupSession g = b.session() == null ? null : sessions.get(b.session());
        if (s == null) {
            violations.add(new Violation(referrals.containsKey(id) || reviews.containsKey(id) ? HardRule.WRONG_KIND : HardRule.NOT_IN_SNAPSHOT,
                    id, id + " is booked into a group but is not an intervention start in the snapshot"));
            return false;
        }
        if (g == null) {
            violations.add(new Violation(HardRule.NOT_IN_SNAPSHOT, id, id + " is booked into session " + b.session() + ", which is not in the snapshot"));
            return false;
        }
        Venue venue = venues.get(g.venue());
        Practitioner coach = practitioners.get(g.coach());
        if (!g.date().equals(b.date()) || !g.start().equals(b.start()) || !g.coach().equals(b.practitioner())
                || (b.venue() != null && !g.venue().equals(b.venue()))) {
            violations.add(new Violation(HardRule.SESSION_MISMATCH, id, id + ": the booking's date, time, coach or venue differ from session " + g.id()));
        }
        if (!snapshot.horizon().contains(g.date())) {
            violations.add(new Violation(HardRule.OUTSIDE_HORIZON, id, id + " starts on " + g.date() + ", outside the horizon"));
        }
        String refused = coach == null ? "its coach " + g.coach() + " is not in the snapshot"
                : coach.role() != Role.COACH ? g.coach() + " is not a coach"
                : coach.refuses(g.date().getDayOfWeek(), g.start(), g.minutes());
        if (refused == null && venue != null) {
            refused = venue.refuses(g.date().getDayOfWeek(), g.start(), g.minutes());
        }
        if (refused != null) {
            violations.add(new Violation(HardRule.OUTSIDE_WORKING_PATTERN, id, id + ": session " + g.id() + " on " + g.date() + " "
                    + g.start() + " cannot run: " + (refused.startsWith("'") ? "coach " + refused : refused)));
        }
        if (venue == null || !venue.facilitiesOrEmpty().containsAll(s.facilitiesOrEmpty())) {
            violations.add(new Violation(HardRule.VENUE_LACKS_FACILITY, id, id + " needs " + s.facilitiesOrEmpty() + " but venue "
                    + g.venue() + " has " + (venue == null ? "none (it is not in the snapshot)" : venue.facilitiesOrEmpty())));
        }
        if (g.date().isBefore(s.ready())) {
            violations.add(new Violation(HardRule.BEFORE_READY, id, id + " starts on " + g.date() + ", before they are ready (" + s.ready() + ")"));
        }
        if (s.activity() != null && !s.activity().equals(g.activity())) {
            violations.add(new Violation(HardRule.WRONG_ACTIVITY, id, id + " wants " + s.activity() + " but session " + g.id() + " is " + g.activity()));
        }
        if (s.unavailableOrEmpty().contains(g.date())) {
            violations.add(new Violation(HardRule.CLIENT_UNAVAILABLE_FOR_GROUP, id, id + " is booked on " + g.date() + ", a day the client cannot do"));
        }
        if (coach != null && coach.leaveOrEmpty().contains(g.date())) {
            violations.add(new Violation(HardRule.COACH_ON_LEAVE, id, id + ": coach " + coach.id() + " is on leave on " + g.date()));
        }
        return true;
    }

    private static String day(DayOfWeek d) {
        String n = d.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    private long breachDays(Referral r, Booking b) {
        LocalDate seen = b != null ? b.date() : snapshot.horizon().end().plusDays(1);
        return Math.max(0, ChronoUnit.DAYS.between(r.referred(), seen) - targetDays);
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
            if (ot.worksOn(d) && !closed.containsKey(d)) {
                capacity += Math.min(slotsPerDay(ot), ot.maxAppointmentsPerDay());
            }
        }
        return capacity;
    }

    // ---- explanations ----

    /** The plan being explained, indexed by OT slot and by OT day. */
    private record Diaries(Map<String, Booking> bySlot, Map<String, Integer> perOtDay) {
    }

    private List<Explanation> explain(Map<String, Booking> byDemand) {
        Map<String, Booking> bySlot = new HashMap<>();
        Map<String, Integer> perOtDay = new HashMap<>();
        Diaries diaries = new Diaries(bySlot, perOtDay);
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
                out.add(new Explanation(r.id(), explainReferral(r, b, diaries)));
            }
        }
        for (ReviewDue r : reviews.values()) {
            if (!byDemand.containsKey(r.id())) {
                out.add(new Explanation(r.id(), "review not booked: " + otSlotStory(r.alliance(), r.needsOrEmpty(),
                        r.unavailableOrEmpty(), snapshot.horizon().end(), null, diaries)));
            }
        }
        for (InterventionStart s : starts.values()) {
            if (!byDemand.containsKey(s.id())) {
                out.add(new Explanation(s.id(), "group start not booked: " + sessionStory(s, byDemand)));
            }
        }
        return out;
    }

    private String explainReferral(Referral r, Booking b, Diaries diaries) {
        LocalDate deadline = r.referred().plusDays(targetDays);
        long waited = ChronoUnit.DAYS.between(r.referred(), snapshot.horizon().start());
        String head = (b == null ? "not booked" : "booked on " + b.date() + ", " + days(breachDays(r, b)) + " past the " + targetDays + "-day target")
                + " (" + allianceName(r.alliance()) + (r.priority() == Priority.URGENT ? ", urgent" : "")
                + ", waited " + days(waited) + " at the start)";
        LocalDate until = deadline.isAfter(snapshot.horizon().end()) ? snapshot.horizon().end() : deadline;
        String why = "";
        if (deadline.isBefore(snapshot.horizon().start())) {
            why = "the target had passed (" + deadline + ") before the horizon began; ";
            if (b != null && b.date().equals(snapshot.horizon().start())) {
                return head + ": " + why + "booked on the first day of the horizon";
            }
            // The question is then why not sooner: look at the slots before the day they got.
            until = b != null ? b.date().minusDays(1) : snapshot.horizon().end();
        }
        return head + ": " + why + otSlotStory(r.alliance(), r.needsOrEmpty(), r.unavailableOrEmpty(), until, r, diaries);
    }

    /**
     * Counts the OT slots this client could have had up to {@code until} and says where they went:
     * "no OT with X skill has a slot in Mid Essex on a day they can do by D", or "N such slots by D:
     * a went to referrals waiting longer, b to urgent referrals, c to reviews, d to others; e free".
     */
    private String otSlotStory(String alliance, List<Skill> needs, List<LocalDate> unavailable, LocalDate until,
                               Referral self, Diaries diaries) {
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
                if (!ot.worksOn(d) || unavailable.contains(d) || closed.containsKey(d)) {
                    continue;
                }
                for (int k = 0; k < slotsPerDay(ot); k++) {
                    LocalTime t = ot.dayStart().plusMinutes((long) k * snapshot.otSlotMinutes());
                    total++;
                    Booking taken = diaries.bySlot().get(ot.id() + " " + d + " " + t);
                    if (taken == null) {
                        if (diaries.perOtDay().getOrDefault(ot.id() + " " + d, 0) >= ot.maxAppointmentsPerDay()) {
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
            boolean fits = !g.date().isBefore(s.ready()) && !closed.containsKey(g.date())
                    && (s.activity() == null || s.activity().equals(g.activity()))
                    && v != null && v.facilitiesOrEmpty().containsAll(s.facilitiesOrEmpty())
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
