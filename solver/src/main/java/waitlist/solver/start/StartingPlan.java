package waitlist.solver.start;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import waitlist.solver.baseline.FirstComeFirstServed;
import waitlist.solver.domain.AppointmentKind;
import waitlist.solver.domain.BookingPlan;
import waitlist.solver.domain.GroupStart;
import waitlist.solver.domain.OtAppointment;
import waitlist.solver.domain.Session;
import waitlist.solver.domain.Slot;
import waitlist.solver.domain.Staff;
import waitlist.solver.rules.Objective;

/**
 * The plan the local search starts from, built to be right on the levels that matter most.
 *
 * <p>Each network is solved by {@link UrgencyFirstFlow}: first the most urgency booked (the medium
 * level), then, among all plans that book that much, the least soft cost, counting every soft term
 * that depends on one booking alone (breaching, breach-days, waiting order, continuity, travel,
 * preferred times) with the run's weights, and what leaving each person out costs. Only workload
 * balance and the few people with two bookings (a review and a group start) are left for the local
 * search.
 *
 * <p>The network, for OT appointments: person -> (their alliance and needs, day, part of day) ->
 * slot -> OT's day (at most their daily maximum) -> sink, pooled as {@link Pools} says. Group starts
 * get their own network afterwards: person -> (alliance, activity and facilities, day, part of day)
 * -> session -> sink, leaving out days on which the client already has an OT appointment.
 *
 * <p>If {@code stop} says so (a run's clock), the networks keep what they have: who is booked so far
 * by urgency, arranged at the least cost found so far, and whoever is left gets what is still free,
 * first come first served.
 */
public final class StartingPlan {

    private StartingPlan() {
    }

    /** Fills the problem in place (any earlier assignment is cleared) and returns it. */
    public static BookingPlan book(BookingPlan problem, BooleanSupplier stop) {
        Weights w = new Weights(problem.getConstraintWeightOverrides());
        problem.getAppointments().forEach(a -> a.setSlot(null));
        problem.getGroupStarts().forEach(g -> g.setSession(null));
        new OtNetwork(problem, w).book(stop);
        separateClientsDays(problem);
        new GroupNetwork(problem, w).book(stop);
        makeRoomForGroupStarts(problem, w, stop);
        // Whoever a stopped run or a clash left out gets what is still free, the way a booking team would.
        return FirstComeFirstServed.fillFree(problem);
    }

    /**
     * Whether the plan {@link #book} makes (when not stopped) is optimal for the whole objective, so a
     * local search could not improve it: the networks are exact for every term that depends on one
     * booking alone, and here nothing else counts. Every client has one need at most (so no two
     * bookings interact), and the balance terms cannot change: at most one OT, or no weight on OT
     * balance; no group starts, or no weight on group fill. A simulated booking cycle (one OT's slots,
     * first assessments only) is such a problem.
     */
    public static boolean leavesNothingToSearch(BookingPlan problem) {
        ConstraintWeightOverrides<HardMediumSoftScore> overrides = problem.getConstraintWeightOverrides();
        long ots = problem.getStaff().stream().filter(Staff::ot).count();
        if (ots > 1 && Weights.soft(overrides, Objective.OT_WORKLOAD_BALANCE) != 0) {
            return false;
        }
        if (!problem.getGroupStarts().isEmpty() && Weights.soft(overrides, Objective.GROUP_FILL_BALANCE) != 0) {
            return false;
        }
        Set<String> clients = new HashSet<>();
        for (OtAppointment a : problem.getAppointments()) {
            if (!clients.add(a.getClient())) {
                return false;
            }
        }
        for (GroupStart g : problem.getGroupStarts()) {
            if (!clients.add(g.getClient())) {
                return false;
            }
        }
        return true;
    }

    /** The run's weights, read the way the score reads them. */
    record Weights(long breaching, long breachDay, long waiting, long continuity, long otTravel, long groupTravel,
                   long appointmentTime, long groupTime) {

        Weights(ConstraintWeightOverrides<HardMediumSoftScore> overrides) {
            this(soft(overrides, Objective.PERSON_BREACHING), soft(overrides, Objective.BREACH_DAY),
                    soft(overrides, Objective.WAITING_ORDER), soft(overrides, Objective.REVIEW_CONTINUITY),
                    soft(overrides, Objective.OT_TRAVEL), soft(overrides, Objective.GROUP_TRAVEL),
                    soft(overrides, Objective.APPOINTMENT_TIME_PREFERENCE), soft(overrides, Objective.GROUP_TIME_PREFERENCE));
        }

        static long soft(ConstraintWeightOverrides<HardMediumSoftScore> overrides, Objective o) {
            HardMediumSoftScore s = overrides == null ? null : overrides.getConstraintWeight(o.id());
            return s == null ? o.defaultWeight() : s.softScore();
        }

        /** The soft cost of one OT appointment in a slot on {@code slot}'s day and part of day, by another OT than the assessor. */
        long appointment(OtAppointment a, Slot slot, boolean withAssessor) {
            long late = a.breachDaysOn(slot);
            long c = (late > 0 ? breaching + breachDay * late : 0) + waiting * slot.day() * a.getUrgency();
            if (a.getPrefers() != null && a.getPrefers() != slot.partOfDay()) {
                c += appointmentTime;
            }
            if (a.getKind() == AppointmentKind.REVIEW && !withAssessor) {
                c += continuity;
            }
            return c;
        }

        long travel(OtAppointment a, Slot slot) {
            return slot.ot().homeAlliance().equals(a.getAlliance()) ? 0 : otTravel;
        }

        long groupTravel(GroupStart g, Session s) {
            return s.alliance().equals(g.getAlliance()) ? 0 : groupTravel;
        }

        long groupTime(GroupStart g, Session s) {
            return g.getPrefers() != null && g.getPrefers() != s.partOfDay() ? groupTime : 0;
        }

        /** What leaving a first assessment unbooked costs on the soft level: a tie-break between equally urgent people. */
        long unbooked(OtAppointment a) {
            long late = a.breachDaysOn(null);
            return late > 0 ? breaching + breachDay * late : 0;
        }
    }

    private static final class OtNetwork {
        private final BookingPlan problem;
        private final UrgencyFirstFlow net = new UrgencyFirstFlow();
        private final Pools<Slot> pools;
        private final Map<OtAppointment, int[]> arcs = new IdentityHashMap<>();
        private final int[] person;

        OtNetwork(BookingPlan problem, Weights w) {
            this.problem = problem;
            List<OtAppointment> appointments = problem.getAppointments();
            List<Slot> slots = problem.getSlots();

            // Every slot, and each OT's day with the daily maximum.
            Map<String, Integer> otDay = new HashMap<>();
            int[] slotNode = new int[slots.size()];
            for (int i = 0; i < slots.size(); i++) {
                Slot s = slots.get(i);
                int day = otDay.computeIfAbsent(s.ot().id() + "@" + s.date(), k -> {
                    int n = net.addNode();
                    net.addArc(n, UrgencyFirstFlow.SINK, s.ot().maxAppointmentsPerDay(), 0);
                    return n;
                });
                slotNode[i] = net.addNode();
                net.addArc(slotNode[i], day, 1, 0);
            }
            pools = new Pools<>(net, slots, slotNode, Slot::day, Slot::partOfDay, s -> 1);
            appointments.forEach(a -> pools.collect(key(a), a.getCandidateSlots()));

            person = new int[appointments.size()];
            for (int i = 0; i < appointments.size(); i++) {
                OtAppointment a = appointments.get(i);
                int node = net.addNode();
                person[i] = net.addPerson(node, a.getUrgency(), w.unbooked(a));
                int first = net.arcCount();
                pools.connect(node, key(a), a.getCandidateSlots(), days(problem, a.getUnavailable()),
                        s -> w.appointment(a, s, false), s -> w.travel(a, s));
                if (a.getKind() == AppointmentKind.REVIEW) {
                    // The assessing OT's own slots, without the continuity cost.
                    for (Slot s : a.getCandidateSlots()) {
                        if (s.ot().id().equals(a.getAssessedBy())) {
                            pools.connectDirectly(node, s, w.appointment(a, s, true) + w.travel(a, s));
                        }
                    }
                }
                arcs.put(a, new int[] {first, net.arcCount() - first});
            }
        }

        /** Alliance and needs: what decides which OTs may see someone. */
        private static String key(OtAppointment a) {
            return a.getAlliance() + "|" + a.getNeeds();
        }

        void book(BooleanSupplier stop) {
            net.solve(stop);
            List<OtAppointment> appointments = problem.getAppointments();
            List<OtAppointment> booked = new ArrayList<>();
            for (int i = 0; i < appointments.size(); i++) {
                if (net.booked(person[i])) {
                    booked.add(appointments.get(i));
                }
            }
            pools.assignments(booked, arcs, Comparator.comparing(OtAppointment::getId)).forEach(OtAppointment::setSlot);
        }
    }

    /** Dates as days from the horizon's start. */
    private static Set<Integer> days(BookingPlan problem, Set<LocalDate> dates) {
        if (dates.isEmpty()) {
            return Set.of();
        }
        Set<Integer> days = new HashSet<>();
        dates.forEach(d -> days.add((int) ChronoUnit.DAYS.between(problem.getHorizonStart(), d)));
        return days;
    }

    /**
     * The network cannot see that one client has two OT appointments; where it gave both the same day,
     * the less urgent is left for the local search to place.
     */
    private static void separateClientsDays(BookingPlan problem) {
        Map<String, OtAppointment> byClientDay = new HashMap<>();
        for (OtAppointment a : problem.getAppointments()) {
            if (a.getSlot() == null) {
                continue;
            }
            String k = a.getClient() + "@" + a.getSlot().date();
            OtAppointment other = byClientDay.putIfAbsent(k, a);
            if (other != null) {
                OtAppointment lesser = other.getUrgency() < a.getUrgency() ? other : a;
                lesser.setSlot(null);
                byClientDay.put(k, lesser == a ? other : a);
            }
        }
    }

    /**
     * A group start left out while its client's OT appointment sits on the day of one of its sessions:
     * the two networks cannot see each other, and the exact reference found plans falling short here.
     * Move each such appointment to a free slot on another day (its candidates, the OT's daily maximum
     * and the client's other days respected), book the group starts again, and keep the result only if
     * more urgency is booked.
     */
    private static void makeRoomForGroupStarts(BookingPlan problem, Weights w, BooleanSupplier stop) {
        Map<String, List<OtAppointment>> byClient = new HashMap<>();
        Map<String, Integer> perOtDay = new HashMap<>();
        Set<Slot> taken = new HashSet<>();
        for (OtAppointment a : problem.getAppointments()) {
            if (a.getSlot() != null) {
                byClient.computeIfAbsent(a.getClient(), c -> new ArrayList<>()).add(a);
                perOtDay.merge(a.getSlot().ot().id() + "@" + a.getSlot().date(), 1, Integer::sum);
                taken.add(a.getSlot());
            }
        }
        Map<OtAppointment, Slot> moved = new LinkedHashMap<>();
        for (GroupStart g : problem.getGroupStarts()) {
            List<OtAppointment> mine = byClient.get(g.getClient());
            if (g.getSession() != null || mine == null) {
                continue;
            }
            Set<LocalDate> sessionDays = new HashSet<>();
            g.getCandidateSessions().forEach(x -> sessionDays.add(x.date()));
            Set<LocalDate> days = new HashSet<>();
            mine.forEach(a -> days.add(a.getSlot().date()));
            for (OtAppointment a : mine) {
                if (!sessionDays.contains(a.getSlot().date()) || moved.containsKey(a)) {
                    continue;
                }
                Slot to = a.getCandidateSlots().stream()
                        .filter(x -> !taken.contains(x) && !days.contains(x.date()) && !sessionDays.contains(x.date()))
                        .filter(x -> perOtDay.getOrDefault(x.ot().id() + "@" + x.date(), 0) < x.ot().maxAppointmentsPerDay())
                        .findFirst().orElse(null);
                if (to != null) {
                    Slot from = a.getSlot();
                    moved.put(a, from);
                    taken.remove(from);
                    perOtDay.merge(from.ot().id() + "@" + from.date(), -1, Integer::sum);
                    taken.add(to);
                    perOtDay.merge(to.ot().id() + "@" + to.date(), 1, Integer::sum);
                    days.remove(from.date());
                    days.add(to.date());
                    a.setSlot(to);
                }
            }
        }
        if (moved.isEmpty()) {
            return;
        }
        Map<GroupStart, Session> before = new LinkedHashMap<>();
        long unbookedBefore = 0;
        for (GroupStart g : problem.getGroupStarts()) {
            before.put(g, g.getSession());
            unbookedBefore += g.getSession() == null ? g.getUrgency() : 0;
            g.setSession(null);
        }
        new GroupNetwork(problem, w).book(stop);
        long unbookedAfter = problem.getGroupStarts().stream().filter(g -> g.getSession() == null).mapToLong(GroupStart::getUrgency).sum();
        if (unbookedAfter >= unbookedBefore) {
            before.forEach(GroupStart::setSession);
            moved.forEach(OtAppointment::setSlot);
        }
    }

    private static final class GroupNetwork {
        private final BookingPlan problem;
        private final Weights w;

        GroupNetwork(BookingPlan problem, Weights w) {
            this.problem = problem;
            this.w = w;
        }

        void book(BooleanSupplier stop) {
            List<GroupStart> starts = problem.getGroupStarts();
            if (starts.isEmpty()) {
                return;
            }
            Map<String, Set<LocalDate>> busy = new HashMap<>();
            for (OtAppointment a : problem.getAppointments()) {
                if (a.getSlot() != null) {
                    busy.computeIfAbsent(a.getClient(), c -> new HashSet<>()).add(a.getSlot().date());
                }
            }
            UrgencyFirstFlow net = new UrgencyFirstFlow();
            List<Session> sessions = problem.getSessions();
            int[] sessionNode = new int[sessions.size()];
            for (int i = 0; i < sessions.size(); i++) {
                sessionNode[i] = net.addNode();
                net.addArc(sessionNode[i], UrgencyFirstFlow.SINK, sessions.get(i).freePlaces(), 0);
            }
            Pools<Session> pools = new Pools<>(net, sessions, sessionNode, Session::day, Session::partOfDay, Session::freePlaces);
            List<List<Session>> candidates = new ArrayList<>();
            for (GroupStart g : starts) {
                Set<LocalDate> taken = busy.getOrDefault(g.getClient(), Set.of());
                List<Session> mine = taken.isEmpty() ? g.getCandidateSessions()
                        : g.getCandidateSessions().stream().filter(s -> !taken.contains(s.date())).toList();
                candidates.add(mine);
                pools.collect(key(g), mine);
            }
            Map<GroupStart, int[]> arcs = new IdentityHashMap<>();
            int[] person = new int[starts.size()];
            for (int i = 0; i < starts.size(); i++) {
                GroupStart g = starts.get(i);
                int node = net.addNode();
                person[i] = net.addPerson(node, g.getUrgency(), 0);
                int first = net.arcCount();
                Set<Integer> excluded = new HashSet<>(days(problem, g.getUnavailable()));
                excluded.addAll(days(problem, busy.getOrDefault(g.getClient(), Set.of())));
                for (long d = 0; d < ChronoUnit.DAYS.between(problem.getHorizonStart(), g.waitingSince()); d++) {
                    excluded.add((int) d);
                }
                pools.connect(node, key(g), candidates.get(i), excluded, s -> w.groupTime(g, s), s -> w.groupTravel(g, s));
                arcs.put(g, new int[] {first, net.arcCount() - first});
            }
            net.solve(stop);
            // Most urgent first: of two starts of one client on one day, the less urgent waits for the local search.
            List<GroupStart> booked = new ArrayList<>();
            for (int i = 0; i < starts.size(); i++) {
                if (net.booked(person[i])) {
                    booked.add(starts.get(i));
                }
            }
            booked.sort(Comparator.comparingLong((GroupStart g) -> -g.getUrgency()).thenComparing(GroupStart::getId));
            Map<GroupStart, Session> given = pools.assignments(booked, arcs, Comparator.comparing(GroupStart::getId));
            Map<String, Set<LocalDate>> startDays = new HashMap<>();
            for (GroupStart g : booked) {
                Session s = given.get(g);
                if (startDays.computeIfAbsent(g.getClient(), c -> new HashSet<>()).add(s.date())) {
                    g.setSession(s);
                }
            }
        }

        /** Alliance, activity and facilities: what decides which sessions someone may join. */
        private static String key(GroupStart g) {
            return g.getAlliance() + "|" + g.getActivity() + "|" + g.getFacilities();
        }
    }
}
