package waitlist.solver.baseline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import waitlist.solver.domain.BookingPlan;
import waitlist.solver.domain.GroupStart;
import waitlist.solver.domain.OtAppointment;
import waitlist.solver.domain.Session;
import waitlist.solver.domain.Slot;
import waitlist.solver.domain.Staff;

/**
 * What a booking team does by hand: take the waiting list oldest first (referral date or review
 * due date, urgent or not), give each the earliest free slot with an OT of their own alliance,
 * else the earliest free slot with any OT allowed to work there; then the same for group starts
 * in order of readiness. It keeps every hard rule; it just never looks ahead.
 */
public final class FirstComeFirstServed {

    private FirstComeFirstServed() {
    }

    /** Fills the given problem in place (any previous assignment is cleared) and returns it. */
    public static BookingPlan book(BookingPlan problem) {
        problem.getAppointments().forEach(a -> a.setSlot(null));
        problem.getGroupStarts().forEach(g -> g.setSession(null));
        return fillFree(problem);
    }

    /**
     * Books whoever is still unbooked into what is still free, oldest first, keeping every booking
     * already made: the same rules and order as {@link #book}, for a plan another method left unfinished.
     */
    public static BookingPlan fillFree(BookingPlan problem) {
        Set<Slot> taken = new HashSet<>();
        Map<String, Integer> perOtDay = new HashMap<>();
        Map<String, Set<LocalDate>> clientDays = new HashMap<>();
        Map<Session, Integer> placesUsed = new HashMap<>();
        for (OtAppointment a : problem.getAppointments()) {
            if (a.getSlot() != null) {
                taken.add(a.getSlot());
                perOtDay.merge(otDay(a.getSlot().ot(), a.getSlot().date()), 1, Integer::sum);
                clientDays.computeIfAbsent(a.getClient(), c -> new HashSet<>()).add(a.getSlot().date());
            }
        }
        for (GroupStart g : problem.getGroupStarts()) {
            if (g.getSession() != null) {
                placesUsed.merge(g.getSession(), 1, Integer::sum);
                clientDays.computeIfAbsent(g.getClient(), c -> new HashSet<>()).add(g.getSession().date());
            }
        }

        List<OtAppointment> queue = new ArrayList<>(problem.getAppointments());
        queue.removeIf(a -> a.getSlot() != null);
        queue.sort(Comparator.comparing(OtAppointment::waitingSince).thenComparing(OtAppointment::getId));
        for (OtAppointment a : queue) {
            Slot chosen = earliestFree(a, true, taken, perOtDay, clientDays);
            if (chosen == null) {
                chosen = earliestFree(a, false, taken, perOtDay, clientDays);
            }
            if (chosen != null) {
                a.setSlot(chosen);
                taken.add(chosen);
                perOtDay.merge(otDay(chosen.ot(), chosen.date()), 1, Integer::sum);
                clientDays.computeIfAbsent(a.getClient(), c -> new HashSet<>()).add(chosen.date());
            }
        }

        List<GroupStart> starters = new ArrayList<>(problem.getGroupStarts());
        starters.removeIf(g -> g.getSession() != null);
        starters.sort(Comparator.comparing(GroupStart::waitingSince).thenComparing(GroupStart::getId));
        for (GroupStart g : starters) {
            Session chosen = earliestPlace(g, true, placesUsed, clientDays);
            if (chosen == null) {
                chosen = earliestPlace(g, false, placesUsed, clientDays);
            }
            if (chosen != null) {
                g.setSession(chosen);
                placesUsed.merge(chosen, 1, Integer::sum);
                clientDays.computeIfAbsent(g.getClient(), c -> new HashSet<>()).add(chosen.date());
            }
        }
        return problem;
    }

    private static Slot earliestFree(OtAppointment a, boolean homeAllianceOnly, Set<Slot> taken,
                                     Map<String, Integer> perOtDay, Map<String, Set<LocalDate>> clientDays) {
        Set<LocalDate> busy = clientDays.getOrDefault(a.getClient(), Set.of());
        for (Slot s : a.getCandidateSlots()) {
            if (homeAllianceOnly && !s.ot().homeAlliance().equals(a.getAlliance())) {
                continue;
            }
            if (!taken.contains(s) && !busy.contains(s.date())
                    && perOtDay.getOrDefault(otDay(s.ot(), s.date()), 0) < s.ot().maxAppointmentsPerDay()) {
                return s;
            }
        }
        return null;
    }

    private static Session earliestPlace(GroupStart g, boolean homeAllianceOnly, Map<Session, Integer> placesUsed,
                                         Map<String, Set<LocalDate>> clientDays) {
        Set<LocalDate> busy = clientDays.getOrDefault(g.getClient(), Set.of());
        for (Session s : g.getCandidateSessions()) {
            if (homeAllianceOnly && !s.alliance().equals(g.getAlliance())) {
                continue;
            }
            if (placesUsed.getOrDefault(s, 0) < s.freePlaces() && !busy.contains(s.date())) {
                return s;
            }
        }
        return null;
    }

    private static String otDay(Staff ot, LocalDate day) {
        return ot.id() + "@" + day;
    }
}
