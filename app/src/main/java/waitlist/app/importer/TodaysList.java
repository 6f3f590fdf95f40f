package waitlist.app.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import waitlist.scenarios.AllianceState;
import waitlist.scenarios.AssessedPerson;
import waitlist.scenarios.InitialState;
import waitlist.scenarios.PersonInService;
import waitlist.scenarios.WaitingPerson;
import waitlist.scenarios.WaitingStatus;

/**
 * Where each referral stood at the start of the as-of day, from its dates: something dated before
 * the as-of day has happened, anything dated on or after it has not. So with an as-of date before
 * the extract's end, someone assessed later is still waiting, someone discharged later is still in
 * service. A redirected or dropped-out referral without a left date is taken to have left by then.
 */
record TodaysList(LocalDate asOf, InitialState state, List<Integer> referredLater, List<Integer> leftUndated,
                  int waiting, int inTriage, int awaitingPlace, int inService) {

    static TodaysList of(List<ExtractRow> rows, LocalDate asOf, List<String> alliances) {
        Map<String, List<WaitingPerson>> waiting = byAlliance(alliances);
        Map<String, List<AssessedPerson>> assessed = byAlliance(alliances);
        Map<String, List<PersonInService>> caseload = byAlliance(alliances);
        List<Integer> later = new ArrayList<>();
        List<Integer> undated = new ArrayList<>();
        int triage = 0;
        for (ExtractRow r : sorted(rows)) {
            if (!before(r.referral(), asOf)) {
                later.add(r.line());
            } else if (before(r.discharge(), asOf)) {
                continue; // discharged by then
            } else if (before(r.interventionStart(), asOf)) {
                caseload.get(r.alliance()).add(new PersonInService(r.id(), r.referral(), r.interventionStart(), r.mode()));
            } else if (before(r.firstAssessment(), asOf)) {
                assessed.get(r.alliance()).add(new AssessedPerson(r.id(), r.referral(), r.firstAssessment()));
            } else if (r.status().leftWithoutAssessment()) {
                if (r.left() == null) {
                    undated.add(r.line());
                } else if (!before(r.left(), asOf)) {
                    // not gone yet: a redirection is decided at triage, so they are still in it
                    boolean triaging = r.status() == ReferralStatus.REDIRECTED;
                    triage += triaging ? 1 : 0;
                    waiting.get(r.alliance()).add(new WaitingPerson(r.id(), r.referral(), r.priority(),
                            triaging ? WaitingStatus.IN_TRIAGE : null));
                }
            } else {
                waiting.get(r.alliance()).add(new WaitingPerson(r.id(), r.referral(), r.priority(), null));
            }
        }
        // the place queue is first come first served from the first assessment
        assessed.values().forEach(l -> l.sort(Comparator.comparing(AssessedPerson::assessed).thenComparing(AssessedPerson::id)));
        List<AllianceState> states = new ArrayList<>();
        for (String a : alliances) {
            states.add(new AllianceState(a, null, 0, waiting.get(a), assessed.get(a), caseload.get(a)));
        }
        later.sort(null);
        undated.sort(null);
        return new TodaysList(asOf, new InitialState(states), later, undated, count(waiting), triage, count(assessed), count(caseload));
    }

    private static boolean before(LocalDate date, LocalDate asOf) {
        return date != null && date.isBefore(asOf);
    }

    /** By referral date, then id: the order people joined the list (and, for places, the order they queue). */
    private static List<ExtractRow> sorted(List<ExtractRow> rows) {
        return rows.stream().sorted(Comparator.comparing(ExtractRow::referral).thenComparing(ExtractRow::id)).toList();
    }

    private static <T> Map<String, List<T>> byAlliance(List<String> alliances) {
        Map<String, List<T>> map = new LinkedHashMap<>();
        alliances.forEach(a -> map.put(a, new ArrayList<>()));
        return map;
    }

    private static int count(Map<String, ? extends List<?>> lists) {
        return lists.values().stream().mapToInt(List::size).sum();
    }
}
