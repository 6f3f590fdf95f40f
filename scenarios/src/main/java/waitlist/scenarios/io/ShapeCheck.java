package waitlist.scenarios.io;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.commons.text.similarity.LevenshteinDistance;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import waitlist.scenarios.Dated;
import waitlist.scenarios.rules.AtMost;
import waitlist.scenarios.rules.MaxItems;
import waitlist.scenarios.rules.MayOmit;
import waitlist.scenarios.rules.MergeKey;
import waitlist.scenarios.rules.NonNegative;
import waitlist.scenarios.rules.Positive;
import waitlist.scenarios.rules.SafeId;
import waitlist.scenarios.rules.Share;

/**
 * Checks a JSON tree against the record type it will bind to, by reflection over the record
 * components and their annotations, and collects every problem rather than stopping at the first:
 * unknown fields (with the nearest valid name), wrong types, missing required fields, numbers out
 * of bounds, unknown enum values, malformed dates. Jackson alone reports one problem at a time
 * and no location for records, hence this pass.
 *
 * <p>It also takes out the {@code source} notes: any object may carry {@code "source": "..."},
 * and any other value may be written as {@code {"value": ..., "source": "..."}}. The returned
 * tree has the notes removed, ready for binding.
 */
final class ShapeCheck {

    /** A problem found, by JSON Pointer. */
    record Finding(String pointer, String message) {
    }

    static final String SOURCE = "source";
    static final String VALUE = "value";
    static final String CHANGES = "changes";
    static final String FROM = "from";

    /** Longest text any field may hold (names, descriptions, ids). */
    static final int MAX_TEXT = 10_000;
    /** Dates a scenario or snapshot may use: wide enough for any plan, narrow enough that date arithmetic cannot overflow. */
    static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);
    static final LocalDate LAST_DATE = LocalDate.of(2199, 12, 31);

    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, String> notes = new TreeMap<>();
    private final Set<String> wrapped = new HashSet<>();

    private ShapeCheck() {
    }

    /**
     * The cleaned tree (null where a problem made a value unusable), the problems, the notes, and
     * the pointers of values that were written inside {@code {"value": ..., "source": ...}}.
     */
    record Result(JsonNode cleaned, List<Finding> findings, Map<String, String> notes, Set<String> wrapped) {
    }

    static Result check(JsonNode root, Class<?> type) {
        ShapeCheck check = new ShapeCheck();
        JsonNode cleaned = check.value(root, type, null, "");
        return new Result(cleaned, check.findings, check.notes, Set.copyOf(check.wrapped));
    }

    private JsonNode value(JsonNode node, Type type, AnnotatedElement bounds, String at) {
        Class<?> raw = TypeShapes.raw(type);
        if (raw == Dated.class) {
            return dated(node, bounds, at);
        }
        if (TypeShapes.isLeaf(type) || List.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
            node = unwrapNoted(node, at);
        }
        if (node.isNull()) {
            findings.add(new Finding(at, "expected " + TypeShapes.describe(type, bounds) + ", found null"));
            return null;
        }
        if (raw.isRecord()) {
            return record(node, raw, at);
        }
        if (raw.isSealed()) {
            return variant(node, raw, at);
        }
        if (List.class.isAssignableFrom(raw) || Set.class.isAssignableFrom(raw)) {
            return list(node, ((ParameterizedType) type).getActualTypeArguments()[0], bounds, at);
        }
        if (Map.class.isAssignableFrom(raw)) {
            return map(node, ((ParameterizedType) type).getActualTypeArguments()[1], bounds, at);
        }
        return leaf(node, raw, bounds, at);
    }

    /** {@code {"value": x, "source": "..."}} where a plain value is expected: keep x, note the source. */
    private JsonNode unwrapNoted(JsonNode node, String at) {
        if (Wrappers.isWrapper(node)) {
            notes.put(at, node.get(SOURCE).stringValue());
            wrapped.add(at);
            return node.get(VALUE);
        }
        return node;
    }

    private JsonNode record(JsonNode node, Class<?> type, String at) {
        if (!node.isObject()) {
            findings.add(new Finding(at, "expected " + TypeShapes.describe(type, null) + ", found " + describe(node)));
            return null;
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        Map<String, RecordComponent> components = TypeShapes.components(type);
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String name = e.getKey();
            String child = Pointers.child(at, name);
            RecordComponent component = components.get(name);
            if (component == null) {
                if (name.equals(SOURCE) && e.getValue().isString()) {
                    notes.put(at, e.getValue().stringValue());
                } else if (name.equals(ExtendsResolver.REMOVE) && hasMergeKey(components.values())) {
                    findings.add(new Finding(child, "nothing to remove: \"remove\" takes out an entry inherited through \"extends\" "
                            + "with the same " + String.join(" and ", mergeKeys(components)) + ", and there is none"));
                } else {
                    findings.add(new Finding(child, unknownField(name, components.keySet())));
                }
                continue;
            }
            if (e.getValue().isNull() && component.isAnnotationPresent(MayOmit.class)) {
                continue;
            }
            JsonNode cleaned = value(e.getValue(), component.getGenericType(), component, child);
            if (cleaned != null) {
                out.set(name, cleaned);
            }
        }
        boolean removal = node.has(ExtendsResolver.REMOVE) && hasMergeKey(components.values());
        for (RecordComponent c : components.values()) {
            if (!removal && !node.has(c.getName()) && !c.isAnnotationPresent(MayOmit.class)) {
                findings.add(new Finding(at, "missing required field \"" + c.getName() + "\" ("
                        + TypeShapes.describe(c.getGenericType(), c) + ")"));
            }
        }
        return out;
    }

    /**
     * A {@link Dated} value: a plain number, or {@code {"value": n, "changes": [{"from": date, "value": n}, ...]}}; the
     * field's bounds hold for the value and every change; changes oldest first, one a date.
     */
    private JsonNode dated(JsonNode node, AnnotatedElement bounds, String at) {
        node = unwrapNoted(node, at);
        if (!node.isObject()) {
            return node.isNumber() ? leaf(node, double.class, bounds, at) : wrongType(at, TypeShapes.describe(Dated.class, bounds), node);
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        List<String> allowed = List.of(VALUE, CHANGES);
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String child = Pointers.child(at, e.getKey());
            switch (e.getKey()) {
                case VALUE -> {
                    JsonNode v = leaf(unwrapNoted(e.getValue(), child), double.class, bounds, child);
                    if (v != null) {
                        out.set(VALUE, v);
                    }
                }
                case CHANGES -> {
                    JsonNode changes = datedChanges(unwrapNoted(e.getValue(), child), bounds, child);
                    if (changes != null) {
                        out.set(CHANGES, changes);
                    }
                }
                default -> {
                    if (e.getKey().equals(SOURCE) && e.getValue().isString()) {
                        notes.put(at, e.getValue().stringValue());
                    } else {
                        findings.add(new Finding(child, unknownField(e.getKey(), allowed)));
                    }
                }
            }
        }
        if (!node.has(VALUE)) {
            findings.add(new Finding(at, "missing required field \"value\" (" + TypeShapes.describe(double.class, bounds)
                    + ": the value before the first change)"));
        }
        return out;
    }

    private JsonNode datedChanges(JsonNode node, AnnotatedElement bounds, String at) {
        if (!node.isArray()) {
            findings.add(new Finding(at, "expected a list [ ... ] of {\"from\": \"YYYY-MM-DD\", \"value\": ...}, found " + describe(node)));
            return null;
        }
        if (node.size() > Dated.MAX_CHANGES) {
            findings.add(new Finding(at, "at most " + Dated.MAX_CHANGES + " entries, found " + node.size()));
            return null;
        }
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        LocalDate previous = null;
        for (int i = 0; i < node.size(); i++) {
            String entry = Pointers.child(at, i);
            JsonNode change = node.get(i);
            if (!change.isObject()) {
                findings.add(new Finding(entry, "expected an object {\"from\": \"YYYY-MM-DD\", \"value\": ...}, found " + describe(change)));
                continue;
            }
            ObjectNode cleaned = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> e : change.properties()) {
                String child = Pointers.child(entry, e.getKey());
                JsonNode v = switch (e.getKey()) {
                    case FROM -> leaf(unwrapNoted(e.getValue(), child), LocalDate.class, null, child);
                    case VALUE -> leaf(unwrapNoted(e.getValue(), child), double.class, bounds, child);
                    default -> {
                        if (e.getKey().equals(SOURCE) && e.getValue().isString()) {
                            notes.put(entry, e.getValue().stringValue());
                        } else if (e.getKey().equals(ExtendsResolver.REMOVE)) {
                            findings.add(new Finding(child, "nothing to remove: \"remove\" takes out a change inherited through "
                                    + "\"extends\" with the same from date, and there is none"));
                        } else {
                            findings.add(new Finding(child, unknownField(e.getKey(), List.of(FROM, VALUE))));
                        }
                        yield null;
                    }
                };
                if (v != null) {
                    cleaned.set(e.getKey(), v);
                }
            }
            for (String required : List.of(FROM, VALUE)) {
                if (!change.has(required) && !change.has(ExtendsResolver.REMOVE)) {
                    findings.add(new Finding(entry, "missing required field \"" + required + "\" ("
                            + (required.equals(FROM) ? "a date written YYYY-MM-DD: the change applies from that day on"
                            : TypeShapes.describe(double.class, bounds)) + ")"));
                }
            }
            if (cleaned.has(FROM)) {
                LocalDate from = LocalDate.parse(cleaned.get(FROM).stringValue());
                if (previous != null && !from.isAfter(previous)) {
                    findings.add(new Finding(Pointers.child(entry, FROM), from.isEqual(previous)
                            ? "a second change from " + from + "; give one value a date"
                            : "dates out of order: " + from + " comes after " + previous + "; list changes oldest first"));
                }
                previous = from;
            }
            out.add(cleaned);
        }
        return out;
    }

    private JsonNode variant(JsonNode node, Class<?> type, String at) {
        Map<String, Class<?>> variants = TypeShapes.variants(type);
        String allowed = variants.keySet().stream().map(k -> "\"" + k + "\"").collect(Collectors.joining(", "));
        if (!node.isObject()) {
            findings.add(new Finding(at, "expected " + TypeShapes.describe(type, null) + ", found " + describe(node)));
            return null;
        }
        List<String> kinds = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (e.getKey().equals(SOURCE) && e.getValue().isString()) {
                notes.put(at, e.getValue().stringValue());
            } else if (!variants.containsKey(e.getKey())) {
                findings.add(new Finding(Pointers.child(at, e.getKey()), unknownField(e.getKey(), variants.keySet())));
            } else {
                kinds.add(e.getKey());
            }
        }
        if (kinds.size() != 1) {
            if (kinds.size() > 1) {
                findings.add(new Finding(at, "give exactly one of " + allowed + ", found " + kinds.size()));
            } else if (findings.stream().noneMatch(f -> f.pointer().startsWith(at + "/"))) {
                findings.add(new Finding(at, "give exactly one of " + allowed));
            }
            return null;
        }
        String kind = kinds.getFirst();
        JsonNode inner = record(node.get(kind), variants.get(kind), Pointers.child(at, kind));
        if (inner == null) {
            return null;
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.set(kind, inner);
        return out;
    }

    private JsonNode list(JsonNode node, Type element, AnnotatedElement bounds, String at) {
        if (!node.isArray()) {
            findings.add(new Finding(at, "expected a list [ ... ] of " + TypeShapes.describe(element, bounds) + ", found " + describe(node)));
            return null;
        }
        MaxItems most = bounds == null ? null : bounds.getAnnotation(MaxItems.class);
        if (most != null && node.size() > most.value()) {
            findings.add(new Finding(at, "at most " + most.value() + " entries, found " + node.size()));
            return null;
        }
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < node.size(); i++) {
            JsonNode cleaned = value(node.get(i), element, bounds, Pointers.child(at, i));
            out.add(cleaned == null ? JsonNodeFactory.instance.nullNode() : cleaned);
        }
        return out;
    }

    private JsonNode map(JsonNode node, Type valueType, AnnotatedElement bounds, String at) {
        if (!node.isObject()) {
            findings.add(new Finding(at, "expected an object { \"name\": " + TypeShapes.describe(valueType, bounds) + ", ... }, found " + describe(node)));
            return null;
        }
        MaxItems most = bounds == null ? null : bounds.getAnnotation(MaxItems.class);
        if (most != null && node.size() > most.value()) {
            findings.add(new Finding(at, "at most " + most.value() + " entries, found " + node.size()));
            return null;
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (e.getKey().equals(SOURCE) && e.getValue().isString() && TypeShapes.raw(valueType) != String.class) {
                notes.put(at, e.getValue().stringValue());
                continue;
            }
            JsonNode cleaned = value(e.getValue(), valueType, bounds, Pointers.child(at, e.getKey()));
            if (cleaned != null) {
                out.set(e.getKey(), cleaned);
            }
        }
        return out;
    }

    private JsonNode leaf(JsonNode node, Class<?> type, AnnotatedElement bounds, String at) {
        String expected = TypeShapes.describe(type, bounds);
        if (type == String.class) {
            if (node.isString() && node.stringValue().length() > MAX_TEXT) {
                findings.add(new Finding(at, "at most " + MAX_TEXT + " characters, found " + node.stringValue().length()));
                return null;
            }
            if (node.isString() && bounds != null && bounds.isAnnotationPresent(SafeId.class)
                    && !node.stringValue().matches(SafeId.PATTERN)) {
                findings.add(new Finding(at, "this id also names a file, so it may hold only letters, digits, '.', '_' and '-' "
                        + "(1 to 64, starting with a letter or digit); found \"" + JsonSyntax.shown(node.stringValue()) + "\""));
                return null;
            }
            return node.isString() ? node : wrongType(at, expected, node);
        }
        if (type == boolean.class || type == Boolean.class) {
            return node.isBoolean() ? node : wrongType(at, expected, node);
        }
        if (type == LocalDate.class || type == LocalTime.class) {
            if (!node.isString()) {
                return wrongType(at, expected, node);
            }
            try {
                if (type == LocalDate.class) {
                    LocalDate day = LocalDate.parse(node.stringValue());
                    if (day.isBefore(FIRST_DATE) || day.isAfter(LAST_DATE)) {
                        findings.add(new Finding(at, "must be a date from " + FIRST_DATE + " to " + LAST_DATE + ", found " + day));
                        return null;
                    }
                } else {
                    LocalTime.parse(node.stringValue());
                }
                return node;
            } catch (DateTimeParseException e) {
                findings.add(new Finding(at, "\"" + JsonSyntax.shown(node.stringValue()) + "\" is not " + expected));
                return null;
            }
        }
        if (type.isEnum()) {
            Map<String, Object> names = TypeShapes.enumNames(type);
            if (node.isString() && names.containsKey(node.stringValue())) {
                return node;
            }
            String allowed = names.keySet().stream().map(k -> "\"" + k + "\"").collect(Collectors.joining(", "));
            String found = node.isString() ? "\"" + JsonSyntax.shown(node.stringValue()) + "\"" : describe(node);
            findings.add(new Finding(at, found + " is not allowed; use one of " + allowed));
            return null;
        }
        if (TypeShapes.isIntegral(type) || TypeShapes.isNumber(type)) {
            if (!node.isNumber()) {
                return wrongType(at, expected, node);
            }
            if (TypeShapes.isIntegral(type) && !(node.isIntegralNumber() || node.doubleValue() == Math.rint(node.doubleValue()))) {
                findings.add(new Finding(at, "expected " + expected + ", found " + JsonSyntax.shown(node.asString())));
                return null;
            }
            String bound = outOfBounds(node.doubleValue(), bounds);
            if (bound == null && TypeShapes.isIntegral(type) && !fitsWholeNumber(node, type)) {
                bound = "too large a whole number";
            }
            if (bound != null) {
                findings.add(new Finding(at, bound + ", found " + JsonSyntax.shown(node.asString())));
                return null;
            }
            return node;
        }
        throw new IllegalStateException("no shape rule for " + type + " at " + at);
    }

    private static String outOfBounds(double v, AnnotatedElement bounds) {
        if (bounds == null) {
            return null;
        }
        if (!Double.isFinite(v)) {
            return "must be a finite number";
        }
        if (bounds.isAnnotationPresent(Positive.class) && !(v > 0)) {
            return "must be greater than 0";
        }
        if (bounds.isAnnotationPresent(NonNegative.class) && !(v >= 0)) {
            return "must be 0 or more";
        }
        if (bounds.isAnnotationPresent(Share.class) && !(v >= 0 && v <= 1)) {
            return "must be a share between 0 and 1 (e.g. 0.08 for 8 %)";
        }
        AtMost most = bounds.getAnnotation(AtMost.class);
        if (most != null && v > most.value()) {
            return "must be at most " + TypeShapes.number(most.value());
        }
        return null;
    }

    private static boolean fitsWholeNumber(JsonNode node, Class<?> type) {
        double v = node.doubleValue();
        boolean isInt = type == int.class || type == Integer.class;
        return isInt ? v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE : v >= -9.0e18 && v <= 9.0e18;
    }

    private static boolean hasMergeKey(Collection<RecordComponent> components) {
        return components.stream().anyMatch(c -> c.isAnnotationPresent(MergeKey.class));
    }

    private static List<String> mergeKeys(Map<String, RecordComponent> components) {
        return components.entrySet().stream().filter(e -> e.getValue().isAnnotationPresent(MergeKey.class)).map(Map.Entry::getKey).toList();
    }

    private JsonNode wrongType(String at, String expected, JsonNode node) {
        findings.add(new Finding(at, "expected " + expected + ", found " + describe(node)));
        return null;
    }

    static String unknownField(String name, Collection<String> allowed) {
        String nearest = allowed.stream()
                .min(Comparator.comparingInt((String a) -> LevenshteinDistance.getDefaultInstance().apply(a.toLowerCase(), name.toLowerCase()))
                        .thenComparing(a -> a))
                .orElse(null);
        StringBuilder message = new StringBuilder("unknown field \"" + name + "\"");
        if (nearest != null && LevenshteinDistance.getDefaultInstance().apply(nearest.toLowerCase(), name.toLowerCase())
                <= Math.max(2, nearest.length() / 3)) {
            message.append("; did you mean \"").append(nearest).append("\"?");
        }
        message.append(nearest != null && message.charAt(message.length() - 1) == '?' ? " " : ". ")
                .append("Allowed here: ").append(String.join(", ", allowed));
        return message.toString();
    }

    /** How a JSON value reads in a message: "a string (\"abc\")", "a number (3)", "an object". */
    static String describe(JsonNode node) {
        if (node.isString()) {
            String s = node.stringValue();
            return "a string (\"" + JsonSyntax.shown(s) + "\")";
        }
        if (node.isNumber()) {
            return "a number (" + node.asString() + ")";
        }
        if (node.isBoolean()) {
            return node.asString();
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isObject()) {
            return "an object";
        }
        return node.isNull() ? "null" : node.getNodeType().toString().toLowerCase();
    }
}
