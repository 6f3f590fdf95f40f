package waitlist.simulator.pathway;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntToDoubleFunction;

import waitlist.scenarios.Pooling;
import waitlist.scenarios.Scenario;
import waitlist.simulator.booking.BookingCycle;
import waitlist.simulator.booking.BookingPolicy;
import waitlist.simulator.booking.WaitingReferral;
import waitlist.simulator.engine.Engine;
import waitlist.simulator.results.Recorder;

/**
 * First-assessment booking: OT time left after the weekly plan builds up per alliance; every booking cycle the
 * {@link BookingPolicy} fills whole assessment slots from the list, with appointments spread evenly over the cycle. A
 * cycle's slots are as long as the first-assessment minutes in force in its first week (write-up time may change on a
 * date). A part-slot carries to the next cycle; whole unused slots were idle time. With county pooling, spare slots in one alliance
 * then serve the others' lists.
 */
final class AssessmentBooking {

    private final Scenario scenario;
    private final List<String> alliances;
    private final BookingPolicy policy;
    private final IntToDoubleFunction slotMinutes;
    private final int cycleWeeks;
    private final double[] budget;
    private final Engine engine;
    private final Recorder recorder;
    private final Census census;
    private final WaitingList list;
    private final Consumer<Referral> attend;
    private final int horizonDays;

    AssessmentBooking(Scenario scenario, List<String> alliances, BookingPolicy policy, IntToDoubleFunction slotMinutes, int cycleWeeks,
                      Engine engine, Recorder recorder, Census census, WaitingList list, Consumer<Referral> attend, int horizonDays) {
        this.scenario = scenario;
        this.alliances = alliances;
        this.policy = policy;
        this.slotMinutes = slotMinutes;
        this.cycleWeeks = cycleWeeks;
        this.budget = new double[alliances.size()];
        this.engine = engine;
        this.recorder = recorder;
        this.census = census;
        this.list = list;
        this.attend = attend;
        this.horizonDays = horizonDays;
    }

    /** OT minutes an alliance has left this week for first assessments. */
    void addTime(int alliance, double minutes) {
        budget[alliance] += minutes;
    }

    boolean cycleStarts(int week) {
        return week % cycleWeeks == 0;
    }

    void bookCycle(int week) {
        double now = engine.now();
        LocalDate date = scenario.horizon().start().plusWeeks(week);
        double cycleDays = cycleWeeks * 7.0;
        double reserved = scenario.bookingOrDefault().urgentReservedShare();
        double slotMinutes = this.slotMinutes.applyAsDouble(week);
        for (int a = 0; a < alliances.size(); a++) {
            int slots = (int) Math.floor(budget[a] / slotMinutes);
            int urgentSlots = (int) Math.floor(slots * reserved);
            List<Referral> chosen = choose(date, alliances.get(a), list.of(a), slots, urgentSlots, now);
            for (int i = 0; i < chosen.size(); i++) {
                budget[a] -= slotMinutes;
                book(chosen.get(i), a, now + (i + 0.5) * cycleDays / chosen.size(), slotMinutes);
            }
        }
        if (scenario.workforce().poolingOrDefault() == Pooling.COUNTY) {
            List<Referral> county = new ArrayList<>();
            int spare = 0;
            for (int a = 0; a < alliances.size(); a++) {
                county.addAll(list.of(a));
                spare += (int) Math.floor(budget[a] / slotMinutes);
            }
            List<Referral> chosen = choose(date, "county", county, spare, 0, now);
            int donor = 0;
            for (int i = 0; i < chosen.size(); i++) {
                while (budget[donor] < slotMinutes) {
                    donor++;
                }
                budget[donor] -= slotMinutes;
                book(chosen.get(i), donor, now + (i + 0.5) * cycleDays / chosen.size(), slotMinutes);
            }
        }
        for (int a = 0; a < alliances.size(); a++) {
            if (budget[a] > 0) { // below 0: slots owed to people booked before the start
                budget[a] %= slotMinutes;
            }
        }
    }

    private List<Referral> choose(LocalDate date, String alliance, List<Referral> waiting, int slots, int urgentSlots, double now) {
        if (slots <= 0 || waiting.isEmpty()) {
            return List.of();
        }
        Map<Long, Referral> byId = HashMap.newHashMap(waiting.size());
        List<WaitingReferral> view = new ArrayList<>(waiting.size());
        Integer escalateAfter = scenario.pathway().escalation() == null ? null : scenario.pathway().escalation().afterDays();
        for (Referral r : waiting) {
            byId.put(r.id, r);
            double waited = now - r.referralDay;
            view.add(new WaitingReferral(r.id, alliances.get(r.alliance), r.referralDay, r.priority(), waited,
                    escalateAfter != null && waited >= escalateAfter));
        }
        List<WaitingReferral> picked = policy.choose(new BookingCycle(date, alliance, List.copyOf(view), slots, urgentSlots));
        if (picked.size() > slots) {
            throw new IllegalStateException("booking policy booked " + picked.size() + " into " + slots + " slots");
        }
        List<Referral> chosen = new ArrayList<>(picked.size());
        Set<Long> seen = new HashSet<>();
        for (WaitingReferral w : picked) {
            Referral r = byId.get(w.id());
            if (r == null || !seen.add(w.id())) {
                throw new IllegalStateException("booking policy chose " + w.id() + ", who is not waiting or was chosen twice");
            }
            chosen.add(r);
        }
        return chosen;
    }

    /** Someone already booked when the run starts: seen on {@code appointmentDay}, their slot taken from the first cycle's time. */
    void bookAtStart(Referral r, double appointmentDay) {
        double slotMinutes = this.slotMinutes.applyAsDouble(0);
        budget[r.alliance] -= slotMinutes;
        book(r, r.alliance, appointmentDay, slotMinutes);
    }

    private void book(Referral r, int otAlliance, double appointmentDay, double slotMinutes) {
        census.move(r, ReferralState.WAITING, ReferralState.BOOKED);
        list.leave(r);
        recorder.assessmentBooked(engine.now(), otAlliance, slotMinutes);
        if (appointmentDay < horizonDays) {
            engine.at(appointmentDay, ReconnectModel.EVENT, () -> attend.accept(r));
        }
    }
}
