package waitlist.app.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import waitlist.scenarios.Alliance;
import waitlist.scenarios.PriorityClass;
import waitlist.scenarios.Scenario;

/**
 * The names an extract's rows must use, from the base scenario: alliances (by id, or by their
 * full name) and priority classes.
 */
record Vocabulary(String scenario, Map<String, String> allianceIds, List<Alliance> alliances, List<String> priorities) {

    static Vocabulary of(Scenario base) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (Alliance a : base.alliances()) {
            ids.put(a.id(), a.id());
        }
        for (Alliance a : base.alliances()) {
            ids.putIfAbsent(a.name(), a.id());
        }
        return new Vocabulary(base.name(), ids, base.alliances(),
                base.pathway().priorities().stream().map(PriorityClass::name).toList());
    }

    /** The alliance id for an id or name written in the extract, or null. */
    String alliance(String written) {
        return allianceIds.get(written);
    }

    String allianceChoices() {
        return String.join(", ", alliances.stream().map(a -> a.id() + " (" + a.name() + ")").toList());
    }
}
