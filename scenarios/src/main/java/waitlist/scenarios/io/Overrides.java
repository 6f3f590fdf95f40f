package waitlist.scenarios.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Puts {@code --set} values into a merged document before it is checked. Pointers address the
 * document as read: a value written with a source note ({@code {"value": [...], "source": ...}})
 * is stepped through, so {@code /workforce/ot/fte/2/fte} reaches the third FTE entry whichever
 * way the file wrote the list. A set value replaces the note with "set on the command line".
 * Missing objects on the way are made; a list entry must exist, or be "-" (add at the end).
 */
final class Overrides {

    private Overrides() {
    }

    /** Applies every override in order; returns the source note of each value set, by pointer. */
    static Map<String, String> apply(ObjectNode root, NavigableMap<String, Origin> origins, List<ValueOverride> overrides, Path file) {
        Map<String, String> notes = new TreeMap<>();
        for (ValueOverride o : overrides) {
            List<String> tokens = tokens(o);
            if (tokens.isEmpty()) {
                throw ValueOverride.invalid(o.flag(), "name a value below the top of the document, e.g. /horizon/weeks");
            }
            JsonNode node = root;
            String physical = "";
            String logical = "";
            for (int i = 0; i < tokens.size(); i++) {
                if (Wrappers.isWrapper(node)) {
                    node = node.get(ShapeCheck.VALUE);
                    physical += "/" + ShapeCheck.VALUE;
                }
                String token = tokens.get(i);
                boolean last = i == tokens.size() - 1;
                String here = logical.isEmpty() ? "/" : logical;
                if (node.isObject()) {
                    ObjectNode object = (ObjectNode) node;
                    physical = Pointers.child(physical, token);
                    logical = Pointers.child(logical, token);
                    if (last) {
                        object.set(token, o.value());
                    } else {
                        JsonNode next = object.get(token);
                        if (next == null || next.isNull()) {
                            next = object.putObject(token);
                            // an object the flag made: a problem with it (an unknown field) is the flag's, not the file's
                            origins.put(physical, Origin.ofFlag(file, o.flag()));
                        }
                        node = next;
                    }
                } else if (node.isArray()) {
                    ArrayNode list = (ArrayNode) node;
                    int index = index(token, list.size(), last, o, here);
                    physical = Pointers.child(physical, index);
                    logical = Pointers.child(logical, index);
                    if (last && index == list.size()) {
                        list.add(o.value());
                    } else if (last) {
                        list.set(index, o.value());
                    } else {
                        node = list.get(index);
                    }
                } else {
                    throw ValueOverride.invalid(o.flag(), here + " is " + ShapeCheck.describe(node)
                            + ", so it has no \"" + token + "\" inside it");
                }
            }
            origins.remove(physical);
            Pointers.below(origins, physical).clear();
            origins.put(physical, Origin.ofFlag(file, o.flag()));
            Pointers.below(new TreeMap<>(notes), logical).keySet().forEach(notes::remove);
            notes.put(logical, "set on the command line: " + o.flag());
        }
        return notes;
    }

    private static List<String> tokens(ValueOverride o) {
        List<String> tokens = new ArrayList<>();
        for (JsonPointer p = JsonPointer.compile(o.pointer()); !p.matches(); p = p.tail()) {
            tokens.add(p.getMatchingProperty());
        }
        return tokens;
    }

    private static int index(String token, int size, boolean last, ValueOverride o, String list) {
        if (last && token.equals("-")) {
            return size;
        }
        int index;
        try {
            index = Integer.parseInt(token);
        } catch (NumberFormatException e) {
            throw ValueOverride.invalid(o.flag(), list + " is a list; name an entry by its number from 0"
                    + (last ? ", or - to add one at the end" : "") + ", not \"" + JsonSyntax.shown(token) + "\"");
        }
        if (index < 0 || index >= size + (last ? 1 : 0)) {
            throw ValueOverride.invalid(o.flag(), list + " has " + size + (size == 1 ? " entry" : " entries")
                    + (size > 0 ? " (0 to " + (size - 1) + ")" : "") + (last ? "; use " + list + "/- to add one" : ""));
        }
        return index;
    }
}
