package waitlist.solver;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import waitlist.scenarios.snapshot.Facility;
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
import waitlist.solver.domain.AppointmentKind;
import waitlist.solver.domain.BookingPlan;
import waitlist.solver.domain.GroupStart;
import waitlist.solver.domain.OtAppointment;
import waitlist.solver.domain.Session;
import waitlist.solver.domain.Slot;
import waitlist.solver.domain.Staff;

/**
 * Turns a (validated) snapshot into the planning problem: OT slots cut from working patterns,
 * sessions with their free places, and one entity per piece of demand with only the candidates
 * it could legally take. Lists keep snapshot order (then date order), so runs are repeatable.
 */
public final class ProblemBuilder {

    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

    private ProblemBuilder() {
    }

    public static BookingPlan build(Snapshot snapshot) {
        LocalDate start = snapshot.horizon().start();
        LocalDate end = snapshot.horizon().end();
        Set<LocalDate> closed = snapshot.closures().keySet();
        int target = snapshot.targetDaysOrDefault();
        Map<String, Staff> staff = new LinkedHashMap<>();
        for (Practitioner p : snapshot.practitioners()) {
            boolean ot = p.role() == Role.OT;
            staff.put(p.id(), new Staff(p.id(), p.homeAlliance(), new TreeSet<>(p.worksInOrEmpty()),
                    enumSet(p.skillsOrEmpty(), Skill.class), Set.copyOf(p.leaveOrEmpty()), p.maxAppointmentsPerDay(),
                    ot, ot ? bookableSlots(snapshot, p, closed) : 0));
        }
        List<Slot> slots = otSlots(snapshot, staff, closed);
        List<Slot> usable = slots.stream().filter(Slot::usable).toList();
        List<Session> sessions = sessions(snapshot, staff, closed);

        // Slots an OT could take for a given alliance and speciality need; few distinct keys, so filter once.
        Map<String, List<Slot>> compatible = new HashMap<>();
        List<OtAppointment> appointments = new ArrayList<>();
        LocalDate afterHorizon = end.plusDays(1);
        for (Referral r : snapshot.demand().referrals()) {
            Set<Skill> needs = enumSet(r.needsOrEmpty(), Skill.class);
            Set<LocalDate> unavailable = Set.copyOf(r.unavailableOrEmpty());
            appointments.add(new OtAppointment(r.id(), AppointmentKind.FIRST_ASSESSMENT, r.id(), r.alliance(), r.priority(),
                    needs, unavailable, r.prefers(), r.referred(), null, start, afterHorizon, target,
                    candidateSlots(compatible, usable, r.alliance(), needs, unavailable)));
        }
        for (ReviewDue r : snapshot.demand().reviewsOrEmpty()) {
            Set<Skill> needs = enumSet(r.needsOrEmpty(), Skill.class);
            Set<LocalDate> unavailable = Set.copyOf(r.unavailableOrEmpty());
            appointments.add(new OtAppointment(r.id(), AppointmentKind.REVIEW, r.client(), r.alliance(), r.priorityOrDefault(),
                    needs, unavailable, r.prefers(), r.due(), r.assessedBy(), start, afterHorizon, target,
                    candidateSlots(compatible, usable, r.alliance(), needs, unavailable)));
        }
        List<GroupStart> groupStarts = new ArrayList<>();
        for (InterventionStart s : snapshot.demand().interventionStartsOrEmpty()) {
            Set<Facility> facilities = enumSet(s.facilitiesOrEmpty(), Facility.class);
            Set<LocalDate> unavailable = Set.copyOf(s.unavailableOrEmpty());
            List<Session> candidates = sessions.stream()
                    .filter(Session::usable)
                    .filter(g -> !g.date().isBefore(s.ready()))
                    .filter(g -> s.activity() == null || s.activity().equals(g.activity()))
                    .filter(g -> g.facilities().containsAll(facilities))
                    .filter(g -> !unavailable.contains(g.date()))
                    .toList();
            groupStarts.add(new GroupStart(s.id(), s.client(), s.alliance(), s.priorityOrDefault(), facilities,
                    unavailable, s.prefers(), s.ready(), s.activity(), start, candidates));
        }
        return new BookingPlan(start, end, List.copyOf(staff.values()), slots, sessions, appointments, groupStarts);
    }

    /** The OT appointments a practitioner could take over the horizon: open working days off leave, capped by the daily maximum. */
    static int bookableSlots(Snapshot snapshot, Practitioner ot, Set<LocalDate> closed) {
        int perDay = Math.min(slotsPerDay(snapshot, ot), ot.maxAppointmentsPerDay());
        int n = 0;
        for (LocalDate d = snapshot.horizon().start(); !d.isAfter(snapshot.horizon().end()); d = d.plusDays(1)) {
            if (ot.worksOn(d) && !closed.contains(d)) {
                n += perDay;
            }
        }
        return n;
    }

    private static int slotsPerDay(Snapshot snapshot, Practitioner ot) {
        return (int) Math.max(0, ChronoUnit.MINUTES.between(ot.dayStart(), ot.dayEnd()) / snapshot.otSlotMinutes());
    }

    /**
     * One booking cycle's first assessments, for a caller (the simulator) that has already settled
     * how much OT time there is and only asks who goes in which slot: {@code slots} slots of one OT
     * based in {@code alliance}, spread evenly over {@code start..end} in the order of the returned
     * plan's slot list, the first {@code reservedForUrgent} of them open only to urgent referrals
     * (so at most {@code slots - reservedForUrgent} routine referrals can ever be booked). The OT may
     * see a referral from any alliance given (pooled time). Only a referral's id, referral date,
     * alliance and priority are read: needs, unavailable days and preferences are not modelled here.
     */
    public static BookingPlan firstAssessmentCycle(LocalDate start, LocalDate end, String alliance, int slots,
                                                   int reservedForUrgent, int targetDays, List<Referral> referrals) {
        if (slots < 0 || reservedForUrgent < 0 || reservedForUrgent > slots || end.isBefore(start)) {
            throw new IllegalArgumentException("need 0 <= reservedForUrgent <= slots and start <= end, got " + slots
                    + " slots, " + reservedForUrgent + " reserved, " + start + ".." + end);
        }
        Set<String> elsewhere = new TreeSet<>();
        referrals.forEach(r -> elsewhere.add(r.alliance()));
        elsewhere.remove(alliance);
        Staff ot = new Staff(alliance + "-ot", alliance, elsewhere, EnumSet.noneOf(Skill.class), Set.of(), Math.max(1, slots),
                true, slots);
        int days = (int) ChronoUnit.DAYS.between(start, end) + 1;
        List<Slot> cut = new ArrayList<>(slots);
        LocalTime dayStart = LocalTime.of(9, 0);
        int previousDay = -1;
        int inDay = 0;
        for (int i = 0; i < slots; i++) {
            int day = (int) Math.floor((i + 0.5) * days / slots); // mid-points, as the simulator spaces its appointments
            inDay = day == previousDay ? inDay + 1 : 0;
            previousDay = day;
            LocalDate date = start.plusDays(day);
            cut.add(new Slot(String.format("%s@%s#%04d", alliance, date, i), ot, date, dayStart.plusMinutes(10L * inDay), day, false));
        }
        List<Slot> open = List.copyOf(cut.subList(reservedForUrgent, slots));
        LocalDate afterHorizon = end.plusDays(1);
        List<OtAppointment> appointments = new ArrayList<>(referrals.size());
        for (Referral r : referrals) {
            appointments.add(new OtAppointment(r.id(), AppointmentKind.FIRST_ASSESSMENT, r.id(), r.alliance(), r.priority(),
                    EnumSet.noneOf(Skill.class), Set.of(), null, r.referred(), null, start, afterHorizon, targetDays,
                    r.priority() == Priority.URGENT ? cut : open));
        }
        return new BookingPlan(start, end, List.of(ot), cut, List.of(), appointments, List.of());
    }

    /**
     * Each working weekday of each OT, from the start of the day, as many whole slots as fit. Days on
     * leave or when the service is closed get slots too, so a plan that uses them can be judged by the
     * rules; they are no one's candidates.
     */
    static List<Slot> otSlots(Snapshot snapshot, Map<String, Staff> staff, Set<LocalDate> closed) {
        LocalDate start = snapshot.horizon().start();
        int minutes = snapshot.otSlotMinutes();
        List<Slot> slots = new ArrayList<>();
        for (LocalDate day = start; !day.isAfter(snapshot.horizon().end()); day = day.plusDays(1)) {
            for (Practitioner p : snapshot.practitioners()) {
                if (p.role() != Role.OT || !p.workingDays().contains(day.getDayOfWeek())) {
                    continue;
                }
                int n = slotsPerDay(snapshot, p);
                for (int k = 0; k < n; k++) {
                    LocalTime t = p.dayStart().plusMinutes((long) k * minutes);
                    slots.add(new Slot(p.id() + "@" + day + "T" + t.format(HHMM), staff.get(p.id()), day, t,
                            (int) ChronoUnit.DAYS.between(start, day), closed.contains(day)));
                }
            }
        }
        return slots;
    }

    private static List<Session> sessions(Snapshot snapshot, Map<String, Staff> staff, Set<LocalDate> closed) {
        Map<String, Venue> venues = new LinkedHashMap<>();
        snapshot.venues().forEach(v -> venues.put(v.id(), v));
        List<Session> sessions = new ArrayList<>();
        for (GroupSession g : snapshot.groupSessionsOrEmpty()) {
            Venue v = venues.get(g.venue());
            Staff coach = staff.get(g.coach());
            if (g.freePlaces() == 0) {
                continue;
            }
            sessions.add(new Session(g.id(), v.id(), v.alliance(), enumSet(v.facilitiesOrEmpty(), Facility.class), coach,
                    g.activity(), g.date(), g.start(), (int) ChronoUnit.DAYS.between(snapshot.horizon().start(), g.date()),
                    g.freePlaces(), closed.contains(g.date())));
        }
        sessions.sort(Comparator.comparing(Session::date).thenComparing(Session::start).thenComparing(Session::id));
        return sessions;
    }

    private static List<Slot> candidateSlots(Map<String, List<Slot>> compatible, List<Slot> slots, String alliance,
                                             Set<Skill> needs, Set<LocalDate> unavailable) {
        List<Slot> forAllianceAndNeeds = compatible.computeIfAbsent(alliance + needs, key -> slots.stream()
                .filter(s -> s.ot().mayWorkIn(alliance))
                .filter(s -> s.ot().skills().containsAll(needs))
                .toList());
        return unavailable.isEmpty() ? forAllianceAndNeeds
                : forAllianceAndNeeds.stream().filter(s -> !unavailable.contains(s.date())).toList();
    }

    private static <E extends Enum<E>> Set<E> enumSet(Collection<E> values, Class<E> type) {
        return values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values);
    }
}
