package waitlist.app.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import waitlist.app.report.Charts;
import waitlist.app.report.Page;
import waitlist.app.report.RunStamp;
import waitlist.app.report.Table;
import waitlist.app.report.UkDates;
import waitlist.scenarios.Alliance;
import waitlist.scenarios.snapshot.Practitioner;
import waitlist.scenarios.snapshot.Role;
import waitlist.scenarios.snapshot.Snapshot;
import waitlist.solver.checker.CheckReport;
import waitlist.solver.checker.Kpis;
import waitlist.solver.checker.Utilisation;
import waitlist.solver.plan.Booking;
import waitlist.solver.plan.Plan;
import waitlist.solver.rules.Violation;

/**
 * The plan as a booking team reads it: the optimised plan beside first-come first-served on the same snapshot, who will
 * breach the target and why (as in {@code breaches.csv}), and every practitioner's diary on a timeline, alliance by
 * alliance. Written beside {@code plan.json}; kept apart from the planning itself.
 */
final class PlanPage {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d", Locale.UK);

    private PlanPage() {
    }

    static String render(Snapshot snapshot, String stoppedBy, Plan plan, CheckReport solved, CheckReport fcfs, List<Breaches.Row> breaches,
                         RunStamp stamp) {
        Kpis a = solved.kpis();
        Kpis b = fcfs.kpis();
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Snapshot", snapshot.name());
        facts.put("Horizon", UkDates.format(snapshot.horizon().start()) + " to " + UkDates.format(snapshot.horizon().end()));
        facts.put("Target", snapshot.targetDaysOrDefault() + " days from referral to first assessment");
        facts.put("Demand", snapshot.demand().referrals().size() + " waiting referrals, " + snapshot.demand().reviewsOrEmpty().size()
                + " reviews due, " + snapshot.demand().interventionStartsOrEmpty().size() + " people ready to start a group");
        facts.put("Search", "Timefold, stopped by " + stoppedBy);
        String headline = String.format(Locale.ROOT, "Optimised plan: %d of %d booked, %d projected breaches (%d breach-days); "
                        + "first-come first-served: %d breaches (%d breach-days). %s", a.booked(), a.booked() + a.unbooked(), a.breaches(),
                a.breachDays(), b.breaches(), b.breachDays(), solved.feasible() ? "The independent checker found no hard rule broken."
                        : "The independent checker found " + solved.violations().size() + " hard rules broken.");
        Page page = new Page("Plan report", "Plan for " + snapshot.name(), headline, snapshot.source(), Page.facts(stamp, facts));

        page.section("side-by-side", "Optimised vs first-come first-served");
        Table kpis = new Table("The same snapshot booked two ways", "kpis", List.of("", "optimised", "first-come first-served"));
        kpiRow(kpis, "booked", a.booked(), b.booked());
        kpiRow(kpis, "  first assessments", a.firstAssessmentsBooked(), b.firstAssessmentsBooked());
        kpiRow(kpis, "  reviews", a.reviewsBooked(), b.reviewsBooked());
        kpiRow(kpis, "  group starts", a.groupStartsBooked(), b.groupStartsBooked());
        kpiRow(kpis, "unbooked", a.unbooked(), b.unbooked());
        kpiRow(kpis, "projected breaches (people)", a.breaches(), b.breaches());
        kpiRow(kpis, "  breach-days", a.breachDays(), b.breachDays());
        kpiRow(kpis, "cross-alliance bookings", a.crossAlliance(), b.crossAlliance());
        kpiRow(kpis, "hard-rule violations (checker)", solved.violations().size(), fcfs.violations().size());
        page.table(kpis);
        List<String> measures = List.of("first assessments booked", "reviews booked", "group starts booked", "unbooked", "projected breaches");
        page.figure(Charts.bars("side-by-side", "Optimised vs first-come first-served", "", "people or appointments", Charts.Scale.PEOPLE,
                measures, List.of(new Charts.Bars("optimised", counts(a)), new Charts.Bars("first-come first-served", counts(b))), List.of(),
                false, Charts.WIDE, Charts.TALL), null);
        List<String> alliances = new ArrayList<>();
        List<Double> mine = new ArrayList<>();
        List<Double> theirs = new ArrayList<>();
        Map<String, Utilisation> fcfsByAlliance = new HashMap<>();
        b.alliances().forEach(u -> fcfsByAlliance.put(u.id(), u));
        for (Utilisation u : a.alliances()) {
            alliances.add(Breaches.allianceName(snapshot.alliances(), u.id()));
            mine.add(u.share());
            Utilisation f = fcfsByAlliance.get(u.id());
            theirs.add(f == null ? null : f.share());
        }
        page.figure(Charts.bars("ot-use", "OT slots used by alliance", "alliance", "appointments / bookable slots, %", Charts.Scale.PERCENT,
                alliances, List.of(new Charts.Bars("optimised", mine), new Charts.Bars("first-come first-served", theirs)), List.of(), false,
                Charts.WIDE, Charts.TALL), "OT appointments over the slots the alliance's OTs could take (working days, leave and daily "
                + "maximum counted).");

        page.section("breaches", "Who will breach, and why");
        if (breaches.isEmpty()) {
            page.lead("Nobody is projected to breach the " + snapshot.targetDaysOrDefault() + "-day target under the optimised plan.");
        } else {
            page.lead(breaches.size() + " people are projected to pass the " + snapshot.targetDaysOrDefault()
                    + "-day target under the optimised plan; the same list is in breaches.csv.");
            Table t = new Table(null, "breaches", List.of("referral", "alliance", "priority", "waited at start", "booked on",
                    "breach days", "under first-come first-served", "why"));
            for (Breaches.Row r : breaches) {
                t.row(List.of(new Table.Cell(r.referral(), null, "referred " + UkDates.format(r.referred())), new Table.Cell(r.allianceName(), "text", null),
                        new Table.Cell(r.priority(), "text", null), Table.Cell.of(r.daysWaited() + " d"),
                        Table.Cell.of(r.booked() == null ? "not booked" : UkDates.format(r.booked())), Table.Cell.of(Long.toString(r.breachDays())),
                        Table.Cell.of(Long.toString(r.breachDaysFirstComeFirstServed())), new Table.Cell(r.reason(), "text", null)), null);
            }
            page.table(t);
        }
        if (!solved.violations().isEmpty()) {
            page.section("violations", "Hard rules broken");
            page.list(solved.violations().stream().map(Violation::toString).toList());
        }

        page.section("diaries", "Diaries");
        page.paragraph("Each practitioner's days, alliance by alliance: the number is the bookings that day (first assessments dark "
                + "blue, reviews light blue, group starts orange, by the kind that fills most of the day); hatched days they do not work "
                + "(not a working day, leave, or the service is closed). Hover a day for its bookings. One CSV diary per practitioner "
                + "is in diaries/.");
        timelines(page, snapshot, plan);
        return page.finish("Made by waitlist " + stamp.toolVersion() + " (plan) on " + UkDates.format(stamp.runDate()) + ": snapshot "
                + snapshot.name() + "; " + stoppedBy + ". The same snapshot, options and run date give this page again, byte for byte "
                + "when the search is stopped by steps (--seed).");
    }

    private static void kpiRow(Table t, String label, long optimised, long baseline) {
        t.row(label, Long.toString(optimised), Long.toString(baseline));
    }

    private static List<Double> counts(Kpis k) {
        return List.of((double) k.firstAssessmentsBooked(), (double) k.reviewsBooked(), (double) k.groupStartsBooked(), (double) k.unbooked(),
                (double) k.breaches());
    }

    private static void timelines(Page page, Snapshot snapshot, Plan plan) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = snapshot.horizon().start(); !d.isAfter(snapshot.horizon().end()); d = d.plusDays(1)) {
            LocalDate day = d;
            if (snapshot.practitioners().stream().anyMatch(p -> p.worksOn(day))) {
                days.add(d);
            }
        }
        Map<String, List<Booking>> byCell = new HashMap<>();
        for (Booking b : plan.bookings()) {
            byCell.computeIfAbsent(b.practitioner() + " " + b.date(), k -> new ArrayList<>()).add(b);
        }
        Map<LocalDate, String> closed = snapshot.closures();
        for (Alliance alliance : snapshot.alliances()) {
            List<Practitioner> staff = snapshot.practitioners().stream().filter(p -> p.homeAlliance().equals(alliance.id())).toList();
            if (staff.isEmpty()) {
                continue;
            }
            List<String> headings = new ArrayList<>(List.of("practitioner"));
            days.forEach(d -> headings.add(DAY.format(d)));
            Table t = new Table(alliance.name() + ", " + UkDates.format(days.isEmpty() ? snapshot.horizon().start() : days.get(0)) + " to "
                    + UkDates.format(days.isEmpty() ? snapshot.horizon().end() : days.get(days.size() - 1)), "timeline", headings);
            for (Practitioner p : staff) {
                List<Table.Cell> cells = new ArrayList<>();
                String who = (p.name() == null ? p.id() : p.name()) + (p.role() == Role.OT ? " (OT)" : " (coach)");
                cells.add(Table.Cell.of(who));
                for (LocalDate d : days) {
                    if (!p.worksOn(d) || closed.containsKey(d)) {
                        cells.add(new Table.Cell("", "slot off", closed.containsKey(d) ? "closed: " + closed.get(d) : "not working"));
                        continue;
                    }
                    List<Booking> today = byCell.getOrDefault(p.id() + " " + d, List.of());
                    if (today.isEmpty()) {
                        cells.add(new Table.Cell("", "slot", "free"));
                        continue;
                    }
                    StringBuilder tip = new StringBuilder();
                    int[] kinds = new int[3];
                    for (Booking b : today) {
                        int k = Booking.FIRST_ASSESSMENT.equals(b.kind()) ? 0 : Booking.REVIEW.equals(b.kind()) ? 1 : 2;
                        kinds[k]++;
                        tip.append(tip.isEmpty() ? "" : "; ").append(b.start()).append(' ').append(b.kind().replace('-', ' ')).append(' ')
                                .append(b.demand());
                    }
                    int most = kinds[0] >= kinds[1] && kinds[0] >= kinds[2] ? 0 : kinds[1] >= kinds[2] ? 1 : 2;
                    cells.add(new Table.Cell(Integer.toString(today.size()), "slot " + new String[] {"fa", "rv", "gs"}[most], tip.toString()));
                }
                t.row(cells, null);
            }
            page.table(t);
        }
    }
}
