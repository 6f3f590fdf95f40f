package waitlist.scenarios;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import waitlist.scenarios.io.Findings;

/** The rules of a scenario's {@code initialState}, part of {@link ScenarioCheck}. */
final class InitialStateCheck {

    private InitialStateCheck() {
    }

    /**
     * Today's list and caseload: each alliance once, one form per list (counts or person by person),
     * dates on or before the horizon start and in order, priority classes that exist, ids unique.
     */
    static void check(Scenario s, Set<String> alliances, Findings f) {
        if (s.network() != null && s.pathway() == null) {
            f.add("/initialState", "the stage network starts empty; \"initialState\" applies to \"pathway\" scenarios only");
        }
        LocalDate start = s.horizon().start();
        Set<String> classes = new LinkedHashSet<>();
        if (s.pathway() != null) {
            s.pathway().priorities().forEach(c -> classes.add(c.name()));
        }
        Set<String> seen = new HashSet<>();
        Map<String, String> ids = new HashMap<>();
        List<AllianceState> states = s.initialState().alliances();
        for (int i = 0; i < states.size(); i++) {
            AllianceState state = states.get(i);
            String at = "/initialState/alliances/" + i;
            ScenarioCheck.defined(state.alliance(), alliances, at + "/alliance", f);
            if (!seen.add(state.alliance())) {
                f.add(at + "/alliance", "alliance \"" + state.alliance() + "\" is listed twice");
            }
            if (state.waitingByWeeksWaited() != null && state.waiting() != null) {
                f.add(at + "/waiting", "give the waiting list either as counts (waitingByWeeksWaited) or person by person (waiting), not both");
            }
            if (state.inService() > 0 && state.caseload() != null) {
                f.add(at + "/caseload", "give the caseload either as a count (inService) or person by person (caseload), not both");
            }
            List<WaitingPerson> waiting = state.waitingOrEmpty();
            for (int j = 0; j < waiting.size(); j++) {
                WaitingPerson p = waiting.get(j);
                String pat = at + "/waiting/" + j;
                onOrBefore(p.referred(), start, "referred", "the horizon start " + start, pat + "/referred", f);
                if (p.priority() != null && !classes.isEmpty() && !classes.contains(p.priority())) {
                    f.add(pat + "/priority", "\"" + p.priority() + "\" is not a priority class of /pathway/priorities; use one of "
                            + String.join(", ", classes));
                }
                uniqueId(p.id(), pat, ids, f);
            }
            List<AssessedPerson> assessed = state.awaitingPlaceOrEmpty();
            for (int j = 0; j < assessed.size(); j++) {
                AssessedPerson p = assessed.get(j);
                since(p.id(), p.referred(), "assessed", p.assessed(), "their first assessment", at + "/awaitingPlace/" + j, start, ids, f);
            }
            List<PersonInService> caseload = state.caseloadOrEmpty();
            for (int j = 0; j < caseload.size(); j++) {
                PersonInService p = caseload.get(j);
                since(p.id(), p.referred(), "started", p.started(), "their intervention start", at + "/caseload/" + j, start, ids, f);
            }
        }
    }

    /** Someone past the list since {@code date} (named {@code field}): by the start, referred before it, listed once. */
    private static void since(String id, LocalDate referred, String field, LocalDate date, String what, String at, LocalDate start,
                              Map<String, String> ids, Findings f) {
        onOrBefore(date, start, field, "the horizon start " + start, at + "/" + field, f);
        onOrBefore(referred, date, "referred", what + " on " + date, at + "/referred", f);
        uniqueId(id, at, ids, f);
    }

    private static void onOrBefore(LocalDate date, LocalDate limit, String what, String limitName, String at, Findings f) {
        if (date != null && date.isAfter(limit)) {
            f.add(at, what + " " + date + " is after " + limitName + "; today's list holds only what happened by then");
        }
    }

    /** An id, when given, names one person in the whole initial state. */
    private static void uniqueId(String id, String at, Map<String, String> ids, Findings f) {
        if (id == null) {
            return;
        }
        String first = ids.putIfAbsent(id, at);
        if (first != null) {
            f.add(at + "/id", "id \"" + id + "\" is also used at " + first + "; each person is listed once");
        }
    }
}
