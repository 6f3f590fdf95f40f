package waitlist.app.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import waitlist.app.output.SpreadsheetCsv;
import waitlist.scenarios.Alliance;
import waitlist.scenarios.snapshot.Referral;
import waitlist.scenarios.snapshot.Snapshot;
import waitlist.solver.checker.Explanation;
import waitlist.solver.plan.Booking;
import waitlist.solver.plan.Plan;

/**
 * Who will breach the target under the optimised plan, and why: one row per referral that is booked after their target day
 * or not booked by the day after the horizon (the checker's rule for projected breach-days), with the days they had waited
 * at the start, the checker's explanation, and what first-come first-served would have given the same person.
 */
final class Breaches {

    static final String FILE = "breaches.csv";

    /** One breaching referral. {@code booked} is null when not booked within the horizon. */
    record Row(String referral, String alliance, String allianceName, String priority, LocalDate referred, long daysWaited, LocalDate booked,
               long breachDays, long breachDaysFirstComeFirstServed, String reason) {
    }

    private Breaches() {
    }

    static List<Row> of(Snapshot snapshot, Plan plan, Plan fcfs, List<Explanation> explanations) {
        Map<String, LocalDate> booked = bookedDates(plan);
        Map<String, LocalDate> fcfsBooked = bookedDates(fcfs);
        Map<String, String> reasons = new HashMap<>();
        explanations.forEach(e -> reasons.putIfAbsent(e.demand(), e.reason()));
        Map<String, String> names = new HashMap<>();
        snapshot.alliances().forEach(a -> names.putIfAbsent(a.id(), a.name()));
        List<Row> rows = new ArrayList<>();
        for (Referral r : snapshot.demand().referrals()) {
            long late = breachDays(snapshot, r, booked.get(r.id()));
            if (late <= 0) {
                continue;
            }
            rows.add(new Row(r.id(), r.alliance(), names.getOrDefault(r.alliance(), r.alliance()), r.priority() == null ? null
                    : r.priority().toString().toLowerCase(java.util.Locale.ROOT), r.referred(),
                    ChronoUnit.DAYS.between(r.referred(), snapshot.horizon().start()), booked.get(r.id()), late,
                    breachDays(snapshot, r, fcfsBooked.get(r.id())), reasons.getOrDefault(r.id(), "")));
        }
        return rows;
    }

    /** Days past the target: seen on the booked date, or (unbooked) the day after the horizon at the earliest, as the checker counts. */
    static long breachDays(Snapshot snapshot, Referral r, LocalDate booked) {
        LocalDate seen = booked != null ? booked : snapshot.horizon().end().plusDays(1);
        return Math.max(0, ChronoUnit.DAYS.between(r.referred(), seen) - snapshot.targetDaysOrDefault());
    }

    private static Map<String, LocalDate> bookedDates(Plan plan) {
        Map<String, LocalDate> out = new HashMap<>();
        for (Booking b : plan.bookings()) {
            if (Booking.FIRST_ASSESSMENT.equals(b.kind())) {
                out.put(b.demand(), b.date());
            }
        }
        return out;
    }

    static String csv(List<Row> rows) {
        StringBuilder sb = new StringBuilder();
        SpreadsheetCsv csv = new SpreadsheetCsv(sb);
        csv.row("referral", "alliance", "alliance name", "priority", "referred", "days waited at start", "booked on",
                "projected breach days", "breach days under first-come first-served", "reason");
        for (Row r : rows) {
            csv.row(r.referral(), r.alliance(), r.allianceName(), r.priority(), r.referred().toString(), r.daysWaited(),
                    r.booked() == null ? "not booked" : r.booked().toString(), r.breachDays(), r.breachDaysFirstComeFirstServed(), r.reason());
        }
        return sb.toString();
    }

    static String allianceName(List<Alliance> alliances, String id) {
        return alliances.stream().filter(a -> a.id().equals(id)).map(Alliance::name).findFirst().orElse(id);
    }
}
