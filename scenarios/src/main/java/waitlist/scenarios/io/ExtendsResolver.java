package waitlist.scenarios.io;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import waitlist.scenarios.Dated;
import waitlist.scenarios.rules.MergeKey;

/**
 * Follows a document's {@code extends} chain and merges it. {@code extends} names a bundled
 * scenario ({@code "reconnect-baseline"}) or a {@code .json} file, relative to the extending
 * file's folder. The merge rules:
 *
 * <ul>
 *   <li>Objects merge field by field; a one-of value written as another family (a lognormal
 *       where the base has a fixed value) replaces the inherited one.</li>
 *   <li>Dated lists whose entries have a key ({@link MergeKey}: an FTE change by date and
 *       alliance, a step change by date and alliance) merge by that key: an entry replaces the
 *       inherited entry with the same key, an entry with a new key is added, and an entry
 *       {@code {"from": ..., "alliance": ..., "remove": true}} takes the inherited one out. The
 *       result is in date order.</li>
 *   <li>A value that may change on dates ({@link Dated}) merges its {@code changes} by date; written as an object
 *       over an inherited plain number, that number is its {@code value}; written as a number, it replaces the
 *       inherited value and its changes whole.</li>
 *   <li>Anything else the extending file writes (a number, another list, a string) replaces the
 *       inherited value whole.</li>
 * </ul>
 *
 * Every merged value keeps the file, line and column it came from, so problems point into the
 * file that set the value.
 */
final class ExtendsResolver {

    static final String EXTENDS = "extends";
    static final String SCHEMA = "$schema";
    static final String REMOVE = "remove";

    /** The merged tree, where each value came from, and the files involved, extending file first. */
    record Merged(ObjectNode root, Origins located, List<Path> chain) {

        /** Where each value came from, by JSON Pointer (found on first use). */
        NavigableMap<String, Origin> origins() {
            return located.get();
        }
    }

    /**
     * The origins of a merged document, sorted by pointer so that everything below a value can be
     * found. A document that extends nothing gets them only when something asks (a problem to report,
     * a value set on the command line): on a large valid snapshot they are never needed.
     */
    static final class Origins implements Supplier<NavigableMap<String, Origin>> {
        private final ParsedJson parsed;
        private NavigableMap<String, Origin> sorted;

        private Origins(NavigableMap<String, Origin> sorted) {
            this.parsed = null;
            this.sorted = sorted;
        }

        private Origins(ParsedJson parsed) {
            this.parsed = parsed;
        }

        @Override
        public NavigableMap<String, Origin> get() {
            if (sorted == null) {
                sorted = new TreeMap<>(parsed.origins());
            }
            return sorted;
        }
    }

    private ExtendsResolver() {
    }

    static Merged resolve(Path file, Type type, Function<String, Optional<Path>> byName) {
        return resolve(file.normalize(), type, byName, new ArrayList<>());
    }

    private static Merged resolve(Path file, Type type, Function<String, Optional<Path>> byName, List<Path> visiting) {
        ParsedJson parsed = ParsedJson.read(file);
        ObjectNode root = (ObjectNode) parsed.root();
        JsonNode parentRef = root.remove(EXTENDS);
        root.remove(SCHEMA);
        List<Path> chain = new ArrayList<>(List.of(file));
        if (parentRef == null) {
            return new Merged(root, new Origins(parsed), chain);
        }
        NavigableMap<String, Origin> origins = new TreeMap<>(parsed.origins());
        Path parentFile = parentFile(parsed, parentRef, byName);
        visiting.add(file);
        if (visiting.contains(parentFile)) {
            StringBuilder cycle = new StringBuilder();
            for (Path p : visiting.subList(visiting.indexOf(parentFile), visiting.size())) {
                cycle.append(p.getFileName()).append(" -> ");
            }
            throw new InvalidDocumentException(List.of(problem(parsed, "/" + EXTENDS,
                    "extends forms a cycle: " + cycle + parentFile.getFileName() + "; a scenario may not extend itself, directly or indirectly")));
        }
        Merged parent = resolve(parentFile, type, byName, visiting);
        merge(parent.root(), parent.origins(), root, origins, "", type);
        chain.addAll(parent.chain());
        return new Merged(parent.root(), new Origins(parent.origins()), chain);
    }

    /** A bundled scenario's name, or a path ending in .json relative to the extending file. */
    private static Path parentFile(ParsedJson parsed, JsonNode ref, Function<String, Optional<Path>> byName) {
        String at = "/" + EXTENDS;
        String usage = "extends takes a bundled scenario's name (e.g. \"reconnect-baseline\") or the path of a .json file";
        if (!ref.isString() || ref.stringValue().isBlank()) {
            throw new InvalidDocumentException(List.of(problem(parsed, at, usage + "; found " + ShapeCheck.describe(ref))));
        }
        String name = ref.stringValue();
        boolean isPath = name.contains("/") || name.contains("\\") || name.toLowerCase(Locale.ROOT).endsWith(".json");
        if (!isPath) {
            return byName.apply(name).orElseThrow(() -> new InvalidDocumentException(List.of(problem(parsed, at,
                    "no bundled scenario is called \"" + JsonSyntax.shown(name) + "\" (see: waitlist scenarios); to extend a file, "
                            + "give its path ending in .json"))));
        }
        if (!name.toLowerCase(Locale.ROOT).endsWith(".json")) {
            throw new InvalidDocumentException(List.of(problem(parsed, at, usage + "; \"" + JsonSyntax.shown(name)
                    + "\" does not end in .json")));
        }
        Path parentFile;
        try {
            parentFile = parsed.file().resolveSibling(name).normalize();
        } catch (RuntimeException e) {
            throw new InvalidDocumentException(List.of(problem(parsed, at, "\"" + JsonSyntax.shown(name) + "\" is not a usable path")));
        }
        if (!Files.isRegularFile(parentFile)) {
            throw new InvalidDocumentException(List.of(problem(parsed, at,
                    "extends a file that does not exist: " + parentFile + " (the path is relative to this file's folder)")));
        }
        return parentFile;
    }

    /** Overlays {@code child} onto {@code base} in place; {@code type} is what the value at {@code pointer} binds to (null if unknown). */
    private static void merge(ObjectNode base, NavigableMap<String, Origin> baseOrigins,
                              ObjectNode child, NavigableMap<String, Origin> childOrigins, String pointer, Type type) {
        Origin own = childOrigins.get(pointer);
        if (own != null) {
            baseOrigins.put(pointer, own);
        }
        // The child's {"value": ...} stands for the value whether or not it adds a note of its own, when the
        // base wrote one there too: {"value": [one FTE entry]} over the baseline's noted list merges by key.
        boolean wrapper = Wrappers.isWrapper(child)
                || Wrappers.isWrapper(base) && child.has(ShapeCheck.VALUE) && child.size() == 1;
        for (Map.Entry<String, JsonNode> e : child.properties()) {
            String at = Pointers.child(pointer, e.getKey());
            Type fieldType = wrapper && e.getKey().equals(ShapeCheck.VALUE) ? type : memberType(type, e.getKey());
            JsonNode inherited = base.get(e.getKey());
            if (inherited != null && fieldType == Dated.class) {
                inherited = datedForMerge(base, e.getKey(), inherited, e.getValue(), baseOrigins, at);
            }
            if (inherited != null && keyOf(fieldType) != null
                    && Wrappers.unwrap(inherited).isArray() && Wrappers.unwrap(e.getValue()).isArray()) {
                mergeKeyed(base, e.getKey(), inherited, e.getValue(), baseOrigins, childOrigins, at, keyOf(fieldType));
            } else if (inherited != null && inherited.isObject() && e.getValue().isObject()
                    && !otherVariant(fieldType, inherited, e.getValue())
                    && !(fieldType == Dated.class && Wrappers.isWrapper(e.getValue()))) {
                merge((ObjectNode) inherited, baseOrigins, (ObjectNode) e.getValue(), childOrigins, at, fieldType);
            } else {
                base.set(e.getKey(), e.getValue());
                replaceOrigins(baseOrigins, childOrigins, at);
            }
        }
    }

    /**
     * Whether the extending file names another variant of a one-of value (a lognormal where the
     * base had a fixed value): then it replaces the inherited value rather than adding a second family.
     */
    private static boolean otherVariant(Type type, JsonNode inherited, JsonNode written) {
        if (type == null || !TypeShapes.raw(type).isSealed()) {
            return false;
        }
        java.util.Set<String> kinds = TypeShapes.variants(TypeShapes.raw(type)).keySet();
        for (String name : written.propertyNames()) {
            if (kinds.contains(name) && !inherited.has(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A {@link Dated} value written as an object over one inherited as a plain number: the number becomes the object's
     * {@code value}, so a variant can add {@code changes} alone. (A plain number or noted number written over anything
     * replaces it whole, changes included: that is the value throughout.)
     */
    private static JsonNode datedForMerge(ObjectNode base, String field, JsonNode inherited, JsonNode written,
                                          NavigableMap<String, Origin> baseOrigins, String at) {
        if (!written.isObject() || Wrappers.isWrapper(written) || inherited.isObject() && !Wrappers.isWrapper(inherited)) {
            return inherited;
        }
        ObjectNode asObject = JsonNodeFactory.instance.objectNode();
        JsonNode number = Wrappers.unwrap(inherited);
        asObject.set(ShapeCheck.VALUE, number);
        Origin numberOrigin = baseOrigins.get(Wrappers.isWrapper(inherited) ? at + "/" + ShapeCheck.VALUE : at);
        if (Wrappers.isWrapper(inherited)) {
            asObject.set(ShapeCheck.SOURCE, inherited.get(ShapeCheck.SOURCE));
        }
        base.set(field, asObject);
        if (numberOrigin != null) {
            baseOrigins.put(at + "/" + ShapeCheck.VALUE, numberOrigin);
        }
        return asObject;
    }

    /** The list entries' record type when a list of that type merges by key, else null. */
    private static Class<?> keyOf(Type listType) {
        if (listType == null || !List.class.isAssignableFrom(TypeShapes.raw(listType))) {
            return null;
        }
        Type element = ((ParameterizedType) listType).getActualTypeArguments()[0];
        Class<?> raw = TypeShapes.raw(element);
        if (!raw.isRecord()) {
            return null;
        }
        for (RecordComponent c : raw.getRecordComponents()) {
            if (c.isAnnotationPresent(MergeKey.class)) {
                return raw;
            }
        }
        return null;
    }

    private static Type memberType(Type type, String key) {
        if (type == null) {
            return null;
        }
        Class<?> raw = TypeShapes.raw(type);
        if (raw.isRecord()) {
            RecordComponent c = TypeShapes.components(raw).get(key);
            return c == null ? null : c.getGenericType();
        }
        if (raw.isSealed()) {
            return TypeShapes.variants(raw).get(key);
        }
        if (Map.class.isAssignableFrom(raw)) {
            return ((ParameterizedType) type).getActualTypeArguments()[1];
        }
        return null;
    }

    /** Where an entry of the merged list came from: its node, and where its origins are kept. */
    private record Entry(JsonNode node, NavigableMap<String, Origin> origins, String pointer) {
    }

    private static void mergeKeyed(ObjectNode parent, String field, JsonNode inherited, JsonNode written,
                                   NavigableMap<String, Origin> baseOrigins, NavigableMap<String, Origin> childOrigins,
                                   String at, Class<?> entryType) {
        List<RecordComponent> keys = new ArrayList<>();
        for (RecordComponent c : entryType.getRecordComponents()) {
            if (c.isAnnotationPresent(MergeKey.class)) {
                keys.add(c);
            }
        }
        String basePrefix = Wrappers.isWrapper(inherited) ? at + "/" + ShapeCheck.VALUE : at;
        String childPrefix = Wrappers.isWrapper(written) ? at + "/" + ShapeCheck.VALUE : at;
        List<Entry> entries = new ArrayList<>();
        JsonNode baseList = Wrappers.unwrap(inherited);
        for (int i = 0; i < baseList.size(); i++) {
            entries.add(new Entry(baseList.get(i), baseOrigins, basePrefix + "/" + i));
        }
        JsonNode childList = Wrappers.unwrap(written);
        for (int j = 0; j < childList.size(); j++) {
            JsonNode item = childList.get(j);
            Entry mine = new Entry(item, childOrigins, childPrefix + "/" + j);
            int match = -1;
            if (item.isObject()) {
                String key = key(item, keys);
                for (int i = 0; i < entries.size() && match < 0; i++) {
                    if (entries.get(i).origins() == baseOrigins && entries.get(i).node().isObject()
                            && key.equals(key(entries.get(i).node(), keys))) {
                        match = i;
                    }
                }
            }
            boolean remove = item.isObject() && item.path(REMOVE).isBoolean() && item.get(REMOVE).booleanValue();
            if (match >= 0 && remove) {
                entries.remove(match);
            } else if (match >= 0) {
                entries.set(match, mine);
            } else {
                entries.add(mine); // a new key, or a "remove" with nothing to remove: the shape check reports that
            }
        }
        String dateKey = keys.stream().filter(c -> c.getType() == LocalDate.class).map(RecordComponent::getName).findFirst().orElse(null);
        if (dateKey != null) {
            entries.sort(Comparator.comparing((Entry e) -> e.node().isObject() ? Wrappers.unwrap(e.node().path(dateKey)).asString("") : ""));
        }

        // Keep every entry's origins under its new index, then put the merged list in place.
        List<NavigableMap<String, Origin>> kept = new ArrayList<>();
        for (Entry e : entries) {
            NavigableMap<String, Origin> own = new TreeMap<>();
            Origin o = e.origins().get(e.pointer());
            if (o != null) {
                own.put("", o);
            }
            Pointers.below(e.origins(), e.pointer()).forEach((k, v) -> own.put(k.substring(e.pointer().length()), v));
            kept.add(own);
        }
        ArrayNode merged = JsonNodeFactory.instance.arrayNode();
        entries.forEach(e -> merged.add(e.node()));
        JsonNode result;
        String resultPrefix;
        if (Wrappers.isWrapper(written)) {
            result = ((ObjectNode) written).set(ShapeCheck.VALUE, merged);
            resultPrefix = at + "/" + ShapeCheck.VALUE;
        } else if (Wrappers.isWrapper(inherited)) {
            result = ((ObjectNode) inherited).set(ShapeCheck.VALUE, merged);
            resultPrefix = at + "/" + ShapeCheck.VALUE;
        } else {
            result = merged;
            resultPrefix = at;
        }
        NavigableMap<String, Origin> wrapperOrigins = new TreeMap<>();
        NavigableMap<String, Origin> wrapperSource = Wrappers.isWrapper(written) ? childOrigins : baseOrigins;
        for (String p : new String[] {at, at + "/" + ShapeCheck.SOURCE, at + "/" + ShapeCheck.VALUE}) {
            Origin o = wrapperSource.get(p);
            if (o != null) {
                wrapperOrigins.put(p, o);
            }
        }
        parent.set(field, result);
        baseOrigins.remove(at);
        Pointers.below(baseOrigins, at).clear();
        baseOrigins.putAll(wrapperOrigins);
        if (!baseOrigins.containsKey(at) && childOrigins.containsKey(at)) {
            baseOrigins.put(at, childOrigins.get(at));
        }
        for (int k = 0; k < kept.size(); k++) {
            String prefix = resultPrefix + "/" + k;
            kept.get(k).forEach((suffix, o) -> baseOrigins.put(prefix + suffix, o));
        }
    }

    /** An entry's key as text: its key fields' values (unwrapped from source notes), absent ones as null. */
    private static String key(JsonNode entry, List<RecordComponent> keys) {
        StringBuilder sb = new StringBuilder();
        for (RecordComponent c : keys) {
            JsonNode v = Wrappers.unwrap(entry.path(c.getName()));
            sb.append(v.isMissingNode() || v.isNull() ? "null" : v.toString()).append('\u0000');
        }
        return sb.toString();
    }

    private static void replaceOrigins(NavigableMap<String, Origin> base, NavigableMap<String, Origin> child, String at) {
        base.remove(at);
        Pointers.below(base, at).clear();
        Origin o = child.get(at);
        if (o != null) {
            base.put(at, o);
        }
        base.putAll(Pointers.below(child, at));
    }

    private static Problem problem(ParsedJson parsed, String pointer, String message) {
        Origin o = parsed.origins().getOrDefault(pointer, new Origin(parsed.file(), 0, 0));
        return new Problem(parsed.file(), o.line(), o.column(), pointer, message);
    }
}
