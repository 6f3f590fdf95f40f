package waitlist.solver.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import waitlist.solver.domain.AppointmentKind;
import waitlist.solver.domain.BookingPlan;
import waitlist.solver.domain.GroupStart;
import waitlist.solver.domain.OtAppointment;

/** Reads the bookings out of a solved (or greedily filled) planning solution. */
public final class PlanExtractor {

    private PlanExtractor() {
    }

    public static Plan extract(BookingPlan solution, String method) {
        List<Booking> bookings = new ArrayList<>();
        List<String> unbooked = new ArrayList<>();
        for (OtAppointment a : solution.getAppointments()) {
            if (a.getSlot() == null) {
                unbooked.add(a.getId());
            } else {
                bookings.add(new Booking(a.getId(),
                        a.getKind() == AppointmentKind.FIRST_ASSESSMENT ? Booking.FIRST_ASSESSMENT : Booking.REVIEW,
                        a.getClient(), a.getAlliance(), a.getSlot().ot().id(), null, null, a.getSlot().date(), a.getSlot().start()));
            }
        }
        for (GroupStart g : solution.getGroupStarts()) {
            if (g.getSession() == null) {
                unbooked.add(g.getId());
            } else {
                bookings.add(new Booking(g.getId(), Booking.GROUP_START, g.getClient(), g.getAlliance(),
                        g.getSession().coach().id(), g.getSession().id(), g.getSession().venue(),
                        g.getSession().date(), g.getSession().start()));
            }
        }
        bookings.sort(Comparator.comparing(Booking::date).thenComparing(Booking::start)
                .thenComparing(Booking::practitioner).thenComparing(Booking::demand));
        String score = solution.getScore() == null ? null : solution.getScore().toString();
        return new Plan(method, score, List.copyOf(bookings), List.copyOf(unbooked));
    }
}
