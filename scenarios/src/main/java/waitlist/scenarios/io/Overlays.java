package waitlist.scenarios.io;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import waitlist.scenarios.rules.MergeKey;

/**
 * The smallest file that, extending a document, changes a few of its values: what a command writes when it derives a
 * variant (a calibrated scenario) so the variant states only what it changed, each value with its source note. A value
 * inside a list that merges by key (an FTE change, a dated change) is written as an entry with its key and the new
 * value, merging into the inherited entry; inside any other list, the list is restated with the value replaced, since
 * such a list replaces the inherited one whole.
 */
public final class Overlays {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** A value to state: where (a JSON pointer as {@code --set} takes it), what, and its source note. */
    public record Setting(String pointer, JsonNode value, String note) {
    }

    private Overlays() {
    }

    /**
     * @param type     the document's record type
     * @param document the merged document as a tree (e.g. {@link Documents#toTree} of the record read)
     */
    public static ObjectNode of(Class<?> type, JsonNode document, List<Setting> settings) {
        ObjectNode out = JSON.objectNode();
        for (Setting s : settings) {
            put(out, type, document, s);
        }
        return out;
    }

    private static void put(ObjectNode out, Type rootType, JsonNode document, Setting s) {
        List<String> tokens = new ArrayList<>();
        for (JsonPointer p = JsonPointer.compile(s.pointer()); !p.matches(); p = p.tail()) {
            tokens.add(p.getMatchingProperty());
        }
        JsonNode here = out;
        JsonNode source = document;
        Type type = rootType;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            boolean last = i == tokens.size() - 1;
            Class<?> raw = TypeShapes.raw(type);
            JsonNode noted = JSON.objectNode().set(ShapeCheck.VALUE, s.value());
            ((ObjectNode) noted).put(ShapeCheck.SOURCE, s.note());
            if (List.class.isAssignableFrom(raw)) {
                Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
                int index = Integer.parseInt(token);
                JsonNode inherited = source.path(index);
                ArrayNode list = (ArrayNode) here;
                if (keyed(element)) {
                    ObjectNode entry = keyedEntry(list, TypeShapes.raw(element), inherited);
                    here = entry;
                } else {
                    if (list.isEmpty()) {
                        source.forEach(e -> list.add(e.deepCopy()));
                    }
                    if (last) {
                        list.set(index, noted);
                        return;
                    }
                    here = list.get(index);
                }
                source = inherited;
                type = element;
                if (last) {
                    throw new IllegalArgumentException(s.pointer() + " names a whole entry; name a value inside it");
                }
                continue;
            }
            Type next = memberType(type, token);
            ObjectNode object = (ObjectNode) here;
            if (last) {
                object.set(token, noted);
                return;
            }
            JsonNode child = object.get(token);
            if (child == null) {
                child = List.class.isAssignableFrom(TypeShapes.raw(next)) ? object.putArray(token) : object.putObject(token);
            }
            here = child;
            source = source.path(token);
            type = next;
        }
    }

    private static Type memberType(Type type, String name) {
        Class<?> raw = TypeShapes.raw(type);
        if (Map.class.isAssignableFrom(raw)) {
            return ((ParameterizedType) type).getActualTypeArguments()[1];
        }
        if (raw.isRecord()) {
            RecordComponent c = TypeShapes.components(raw).get(name);
            if (c != null) {
                return c.getGenericType();
            }
        }
        throw new IllegalArgumentException("no field \"" + name + "\" in " + raw.getSimpleName());
    }

    private static boolean keyed(Type element) {
        Class<?> raw = TypeShapes.raw(element);
        return raw.isRecord() && java.util.Arrays.stream(raw.getRecordComponents()).anyMatch(c -> c.isAnnotationPresent(MergeKey.class));
    }

    /** The entry of {@code list} with the key of {@code inherited}, made (holding just the key) if not there yet. */
    private static ObjectNode keyedEntry(ArrayNode list, Class<?> record, JsonNode inherited) {
        List<String> keys = java.util.Arrays.stream(record.getRecordComponents()).filter(c -> c.isAnnotationPresent(MergeKey.class))
                .map(RecordComponent::getName).toList();
        for (JsonNode e : list) {
            if (keys.stream().allMatch(k -> e.path(k).equals(inherited.path(k)))) {
                return (ObjectNode) e;
            }
        }
        ObjectNode entry = list.addObject();
        for (String k : keys) {
            if (inherited.has(k)) {
                entry.set(k, inherited.get(k).deepCopy());
            }
        }
        return entry;
    }
}
