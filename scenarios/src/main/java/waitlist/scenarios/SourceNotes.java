package waitlist.scenarios;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The {@code source} notes a scenario file attached to its values (a citation, or "assumption"),
 * keyed by the JSON Pointer of the value they describe, e.g.
 * {@code /demand/annualReferrals -> "published: 660 new referrals in the past 12 months"}.
 * Reports repeat them so every number a commissioner sees carries its provenance.
 */
public record SourceNotes(SortedMap<String, String> byPointer) {

    public SourceNotes {
        byPointer = new TreeMap<>(byPointer);
    }

    public static SourceNotes of(Map<String, String> notes) {
        return new SourceNotes(new TreeMap<>(notes));
    }

    /** The note for a value, or the nearest note on an enclosing object, or null. */
    public String noteFor(String pointer) {
        for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
            String note = byPointer.get(p);
            if (note != null || p.isEmpty()) {
                return note;
            }
        }
    }
}
