package waitlist.solver.start;

import java.time.LocalDate;
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
import waitlist.scenarios.snapshot.PartOfDay;
import waitlist.solver.baseline.FirstComeFirstServed;
import waitlist.solver.domain.AppointmentKind;
import waitlist.solver.domain.BookingPlan;
import waitlist.solver.domain.GroupStart;
import waitlist.solver.domain.OtAppointment;
import waitlist.solver.domain.Session;
import waitlist.solver.domain.Slot;
import waitlist.solver.rules.Objective;

/**
 * The plan the local search starts from, built to be right on the levels that matter most.
 *
 * <p>Who gets booked (the medium level, urgency): whether a set of people can all be given slots is
 * a matroid property (a transversal matroid of a bipartite matching with capacities), so taking the
 * waiting list in order of urgency and booking each person whenever some re-arrangement of those
 * already booked makes room gives the largest possible total urgency booked. Which slot each gets
 * (the soft level): each person joins along the cheapest chain of re-bookings (a shortest augmenting
 * path), so the plan is the cheapest arrangement of the people booked so far, counting every soft
 * term that depends on one booking alone (breaching, breach-days, waiting order, continuity, travel,
 * preferred times) with the run's weights. Only workload balance and the few people with two
 * bookings (a review and a group start) are left for the local search.
 *
 * <p>The network, for OT appointments: person -> (their alliance and needs, day, part of day) ->
 * slot -> OT's day (at most their daily maximum) -> sink. Grouping by alliance and needs keeps it
 * to some forty arcs a person at 10,000 referrals instead of thousands; a person whose candidate slots
 * are not "their group's slots minus their unavailable days" gets arcs straight to each candidate
 * slot. Group starts get their own network afterwards (person -> session -> sink), leaving out days
 * on which the client already has an OT appointment.
 */
public final class StartingPlan {

    private StartingPlan() {
    }

    /**
     * Fills the problem in place (any earlier assignment is cleared) and returns it. If
     * {@code stop} says so part-way (a run's clock), whoever is not yet placed stays unbooked.
     */
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

    /** The run's weights, read the way the score reads them. */
    record Weights(long breaching, long breachDay, long waiting, long continuity, long otTravel, long groupTravel,
                   long appointmentTime, long groupTime) {

        Weights(ConstraintWeightOverrides<HardMediumSoftScore> overrides) {
            this(soft(overrides, Objective.PERSON_BREACHING), soft(overrides, Objective.BREACH_DAY),
                    soft(overrides, Objective.WAITING_ORDER), soft(overrides, Objective.REVIEW_CONTINUITY),
                    soft(overrides, Objective.OT_TRAVEL), soft(overrides, Objective.GROUP_TRAVEL),
                    soft(overrides, Objective.APPOINTMENT_TIME_PREFERENCE), soft(overrides, Objective.GROUP_TIME_PREFERENCE));
        }

        private static long soft(ConstraintWeightOverrides<HardMediumSoftScore> overrides, Objective o) {
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

        long groupStart(GroupStart g, Session s) {
            long c = s.alliance().equals(g.getAlliance()) ? 0 : groupTravel;
            return g.getPrefers() != null && g.getPrefers() != s.partOfDay() ? c + groupTime : c;
        }

        /** What leaving a first assessment unbooked costs on the soft level: a tie-break between equally urgent people. */
        long unbooked(OtAppointment a) {
            long late = a.breachDaysOn(null);
            return late > 0 ? breaching + breachDay * late : 0;
        }
    }

    /** Most urgent first; among equals, whoever costs more left out, then the problem's order. */
    private static List<Integer> urgencyOrder(List<OtAppointment> list, Weights w) {
        List<Integer> order = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingLong(i -> -list.get(i).getUrgency())
                .thenComparingLong(i -> -w.unbooked(list.get(i)))
                .thenComparingInt(i -> i));
        return order;
    }

    private static final class OtNetwork {
        private final BookingPlan problem;
        private final Weights w;
        private final MinCostFlow net;
        private final int sink;
        private final Map<Slot, Integer> slotNode = new HashMap<>();
        private final List<Slot> slotOfNode = new ArrayList<>();
        /** Per group node: the slots it leads to are found through its arcs. */
        private final Map<Integer, Group> groups = new HashMap<>();
        private final int[] demandNode;

        record Group(String key, LocalDate date, PartOfDay part) {
        }

        OtNetwork(BookingPlan problem, Weights w) {
            this.problem = problem;
            this.w = w;
            List<OtAppointment> appointments = problem.getAppointments();
            net = new MinCostFlow(appointments.size() + problem.getSlots().size() * 2 + 1024, appointments.size() * 48);
            sink = net.addNode();
            demandNode = new int[appointments.size()];

            // Slots (usable ones: a candidate of someone) and OT days with the daily maximum.
            Map<String, Integer> otDay = new HashMap<>();
            Set<Slot> candidate = new HashSet<>();
            appointments.forEach(a -> candidate.addAll(a.getCandidateSlots()));
            for (Slot s : problem.getSlots()) {
                if (!candidate.contains(s)) {
                    continue;
                }
                int day = otDay.computeIfAbsent(s.ot().id() + "@" + s.date(), k -> {
                    int n = net.addNode();
                    net.addArc(n, sink, s.ot().maxAppointmentsPerDay(), 0);
                    return n;
                });
                int n = net.addNode();
                net.addArc(n, day, 1, 0);
                slotNode.put(s, n);
                while (slotOfNode.size() <= n) {
                    slotOfNode.add(null);
                }
                slotOfNode.set(n, s);
            }

            // Each group's slots: the union of the candidates of the people in it.
            Map<String, Set<Slot>> groupSlots = new LinkedHashMap<>();
            for (OtAppointment a : appointments) {
                groupSlots.computeIfAbsent(key(a), k -> new HashSet<>()).addAll(a.getCandidateSlots());
            }
            Map<String, Map<LocalDate, Integer>> slotsPerDay = new HashMap<>();
            groupSlots.forEach((k, slots) -> {
                Map<LocalDate, Integer> perDay = new HashMap<>();
                slots.forEach(s -> perDay.merge(s.date(), 1, Integer::sum));
                slotsPerDay.put(k, perDay);
            });
            Map<String, Integer> groupNode = new HashMap<>();
            for (int i = 0; i < appointments.size(); i++) {
                OtAppointment a = appointments.get(i);
                int d = net.addNode();
                demandNode[i] = d;
                String k = key(a);
                if (coversGroupSlots(a, slotsPerDay.get(k))) {
                    Map<String, Long> best = new LinkedHashMap<>();
                    for (Slot s : a.getCandidateSlots()) {
                        String gk = k + "|" + s.date() + "|" + s.partOfDay();
                        int g = groupNode.computeIfAbsent(gk, x -> newGroup(k, s.date(), s.partOfDay(), groupSlots.get(k), a));
                        best.putIfAbsent(gk, (long) g);
                    }
                    for (Slot s : a.getCandidateSlots()) {
                        String gk = k + "|" + s.date() + "|" + s.partOfDay();
                        Long g = best.remove(gk);
                        if (g != null) {
                            net.addArc(d, g.intValue(), 1, w.appointment(a, s, false));
                        }
                    }
                    if (a.getKind() == AppointmentKind.REVIEW) {
                        // The assessing OT's own slots, without the continuity cost of the group route.
                        for (Slot s : a.getCandidateSlots()) {
                            if (s.ot().id().equals(a.getAssessedBy())) {
                                net.addArc(d, slotNode.get(s), 1, w.appointment(a, s, true) + w.travel(a, s));
                            }
                        }
                    }
                } else {
                    for (Slot s : a.getCandidateSlots()) {
                        boolean assessor = s.ot().id().equals(a.getAssessedBy());
                        net.addArc(d, slotNode.get(s), 1, w.appointment(a, s, assessor) + w.travel(a, s));
                    }
                }
            }
        }

        private int newGroup(String k, LocalDate date, PartOfDay part, Set<Slot> slots, OtAppointment any) {
            int g = net.addNode();
            groups.put(g, new Group(k, date, part));
            slots.stream().filter(s -> s.date().equals(date) && s.partOfDay() == part)
                    .sorted(Comparator.comparing(Slot::start).thenComparing(Slot::id))
                    .forEach(s -> net.addArc(g, slotNode.get(s), 1, w.travel(any, s)));
            return g;
        }

        /** Alliance and needs: what decides which OTs may see someone. */
        private static String key(OtAppointment a) {
            return a.getAlliance() + "|" + a.getNeeds();
        }

        /** Their candidates are exactly their group's slots on the days they can do. */
        private static boolean coversGroupSlots(OtAppointment a, Map<LocalDate, Integer> groupPerDay) {
            int expected = 0;
            for (Map.Entry<LocalDate, Integer> e : groupPerDay.entrySet()) {
                if (!a.getUnavailable().contains(e.getKey())) {
                    expected += e.getValue();
                }
            }
            if (expected != a.getCandidateSlots().size()) {
                return false;
            }
            for (Slot s : a.getCandidateSlots()) {
                if (a.getUnavailable().contains(s.date())) {
                    return false;
                }
            }
            return true;
        }

        void book(BooleanSupplier stop) {
            List<OtAppointment> appointments = problem.getAppointments();
            int done = 0;
            for (int i : urgencyOrder(appointments, w)) {
                if ((++done & 63) == 0 && stop.getAsBoolean()) {
                    break;
                }
                net.augment(demandNode[i], sink);
            }
            // Read back: each person's flow goes to a slot, or to a group node whose slots are shared out.
            Map<Integer, List<OtAppointment>> intoGroup = new LinkedHashMap<>();
            for (int i = 0; i < appointments.size(); i++) {
                for (int a = net.firstArc(demandNode[i]); a >= 0; a = net.nextArc(a)) {
                    if (MinCostFlow.isForward(a) && net.flow(a) > 0) {
                        int t = net.target(a);
                        if (groups.containsKey(t)) {
                            intoGroup.computeIfAbsent(t, x -> new ArrayList<>()).add(appointments.get(i));
                        } else {
                            appointments.get(i).setSlot(slotOfNode.get(t));
                        }
                    }
                }
            }
            intoGroup.forEach((g, people) -> {
                List<Slot> used = new ArrayList<>();
                for (int a = net.firstArc(g); a >= 0; a = net.nextArc(a)) {
                    if (MinCostFlow.isForward(a) && net.flow(a) > 0) {
                        used.add(slotOfNode.get(net.target(a)));
                    }
                }
                used.sort(Comparator.comparing(Slot::start).thenComparing(Slot::id));
                // Same day and part of day: any pairing costs the same except travel, which the flow
                // already paid per slot; so pair home-alliance people with home-alliance slots first.
                people.sort(Comparator.comparing(OtAppointment::getAlliance).thenComparing(OtAppointment::getId));
                List<Slot> free = new ArrayList<>(used);
                for (OtAppointment p : people) {
                    Slot pick = free.stream().filter(s -> s.ot().homeAlliance().equals(p.getAlliance())).findFirst()
                            .orElse(free.get(0));
                    free.remove(pick);
                    p.setSlot(pick);
                }
            });
        }
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
            MinCostFlow net = new MinCostFlow(starts.size() + problem.getSessions().size() + 1, starts.size() * 64);
            int sink = net.addNode();
            Map<Session, Integer> sessionNode = new IdentityHashMap<>();
            Map<Integer, Session> sessionOf = new HashMap<>();
            for (Session s : problem.getSessions()) {
                int n = net.addNode();
                net.addArc(n, sink, s.freePlaces(), 0);
                sessionNode.put(s, n);
                sessionOf.put(n, s);
            }
            int[] node = new int[starts.size()];
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < starts.size(); i++) {
                GroupStart g = starts.get(i);
                node[i] = net.addNode();
                Set<LocalDate> taken = busy.getOrDefault(g.getClient(), Set.of());
                for (Session s : g.getCandidateSessions()) {
                    Integer sn = sessionNode.get(s);
                    if (sn != null && !taken.contains(s.date())) {
                        net.addArc(node[i], sn, 1, w.groupStart(g, s));
                    }
                }
                order.add(i);
            }
            order.sort(Comparator.<Integer>comparingLong(i -> -starts.get(i).getUrgency()).thenComparingInt(i -> i));
            int done = 0;
            for (int i : order) {
                if ((++done & 63) == 0 && stop.getAsBoolean()) {
                    break;
                }
                net.augment(node[i], sink);
            }
            Map<String, Set<LocalDate>> startDays = new HashMap<>();
            for (int i : order) {
                for (int a = net.firstArc(node[i]); a >= 0; a = net.nextArc(a)) {
                    if (MinCostFlow.isForward(a) && net.flow(a) > 0) {
                        Session s = sessionOf.get(net.target(a));
                        // Two starts of one client on one day: the less urgent waits for the local search.
                        if (startDays.computeIfAbsent(starts.get(i).getClient(), c -> new HashSet<>()).add(s.date())) {
                            starts.get(i).setSession(s);
                        }
                    }
                }
            }
        }
    }
}
