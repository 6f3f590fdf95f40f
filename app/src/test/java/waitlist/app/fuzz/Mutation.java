package waitlist.app.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One change to a document, as a fuzz case states it: what kind of change, which place in the
 * document ({@code where}, counted over every value in document order, wrapping round) and which
 * replacement ({@code what}, an index into {@link #VALUES} or the document's own field names).
 * Tree changes (type, value, deletion, insertion) act on the parsed document; raw changes act on
 * its text, so broken JSON is tried too. Small and plain so a failing case can be read, kept and
 * shrunk (fewer changes) by the property runner.
 */
record Mutation(Kind kind, int where, int what) {

    enum Kind {
        /** Scale a number (by 0, a half, 0.9, 1.1, 2, 10, 100 or -1): mostly still valid, so it explores what the model does with odd values. */
        TWEAK_NUMBER,
        /** Put another value (boundary number, hostile text, other type) in place of a value. */
        REPLACE,
        /** Take a field or list entry out. */
        DELETE,
        /** Add a field, named like one elsewhere in the document or not, with some value. */
        INSERT_FIELD,
        /** Repeat a list entry (duplicate ids, dates, keys). */
        DUPLICATE_ENTRY,
        /** Cut the text short. */
        RAW_TRUNCATE,
        /** Put a character that matters to JSON (or to a terminal) somewhere in the text. */
        RAW_INSERT,
        /** Take a character out of the text. */
        RAW_DELETE,
        /** Repeat a line of the text (repeated keys, repeated entries). */
        RAW_DUPLICATE_LINE
    }

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Values that have broken tools: bounds, overflow, wrong types, text a spreadsheet, shell, terminal or file system treats specially. */
    static final List<JsonNode> VALUES = List.of(
            F.numberNode(0), F.numberNode(-1), F.numberNode(1), F.numberNode(0.5), F.numberNode(-0.5), F.numberNode(2),
            F.numberNode(7), F.numberNode(42), F.numberNode(1e308), F.numberNode(-1e308), F.numberNode(1e-308),
            F.numberNode(2147483648L), F.numberNode(9.3e18), F.numberNode(new java.math.BigDecimal("1e400")),
            F.numberNode(1040), F.numberNode(100000), F.numberNode(36500), F.numberNode(1.0000001),
            F.stringNode(""), F.stringNode("x"), F.stringNode("=cmd|' /C calc'!A0"), F.stringNode("../../ESCAPED"),
            F.stringNode("/tmp/absolute"), F.stringNode("a,b\"c"), F.stringNode("\u001b[2J\u001b]52;c;aGk=\u0007"),
            F.stringNode("2027-02-30"), F.stringNode("0001-01-01"), F.stringNode("2199-12-31"), F.stringNode("2027-01-04"),
            F.stringNode("MONDAY"), F.stringNode("09:00"), F.stringNode("25:00"), F.stringNode("mid"), F.stringNode("west"),
            F.stringNode("reconnect-baseline"), F.stringNode("x.json"), F.stringNode("NaN"), F.stringNode("x".repeat(10_001)),
            F.booleanNode(true), F.booleanNode(false), F.nullNode(), F.arrayNode(), F.objectNode(),
            F.arrayNode().add(1).add(2), F.objectNode().put("value", 1).put("source", "s"),
            F.objectNode().put("fixed", 1), F.objectNode().set("exponential", F.objectNode().put("mean", 0.001)));

    private static final List<Double> FACTORS = List.of(0.0, 0.5, 0.9, 1.1, 2.0, 10.0, 100.0, -1.0);

    private static final List<String> CHARACTERS = List.of("{", "}", "[", "]", ",", ":", "\"", "\\", "\u0000", "\u001b", "\n",
            "\uFEFF", "-", "0", "e", "/*", "'", "\u00e9", "\ud800", " ");

    /** The document after this change; {@code text} may already be broken JSON, in which case tree changes do nothing. */
    String apply(String text) {
        if (kind.ordinal() >= Kind.RAW_TRUNCATE.ordinal()) {
            return raw(text);
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (RuntimeException broken) {
            return text;
        }
        if (root == null || !root.isContainer()) {
            return text;
        }
        List<Place> places = new ArrayList<>();
        collect(root, places);
        if (places.isEmpty()) {
            return text;
        }
        Place p = places.get(Math.floorMod(where, places.size()));
        switch (kind) {
            case TWEAK_NUMBER -> {
                List<Place> numbers = places.stream().filter(q -> q.node().isNumber()).toList();
                if (!numbers.isEmpty()) {
                    Place q = numbers.get(Math.floorMod(where, numbers.size()));
                    double factor = FACTORS.get(Math.floorMod(what, FACTORS.size()));
                    double v = q.node().doubleValue() * factor;
                    q.set(q.node().isIntegralNumber() && v == Math.rint(v) && Math.abs(v) < 1e15 ? F.numberNode((long) v) : F.numberNode(v));
                }
            }
            case REPLACE -> p.set(VALUES.get(Math.floorMod(what, VALUES.size())));
            case DELETE -> p.remove();
            case INSERT_FIELD -> {
                JsonNode target = p.node().isObject() ? p.node() : p.parent();
                if (target instanceof ObjectNode o) {
                    List<String> names = new ArrayList<>(fieldNames(root));
                    names.addAll(List.of("source", "remove", "extends", "value", "unknownField"));
                    String name = names.get(Math.floorMod(what, names.size()));
                    o.set(name, VALUES.get(Math.floorMod(what * 31 + where, VALUES.size())));
                }
            }
            case DUPLICATE_ENTRY -> {
                JsonNode target = p.node().isArray() ? p.node() : p.parent();
                if (target instanceof ArrayNode a && !a.isEmpty()) {
                    a.add(a.get(Math.floorMod(what, a.size())).deepCopy());
                }
            }
            default -> throw new IllegalStateException(kind.name());
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private String raw(String text) {
        if (text.isEmpty()) {
            return text;
        }
        int at = Math.floorMod(where, text.length());
        return switch (kind) {
            case RAW_TRUNCATE -> text.substring(0, at);
            case RAW_INSERT -> text.substring(0, at) + CHARACTERS.get(Math.floorMod(what, CHARACTERS.size())) + text.substring(at);
            case RAW_DELETE -> text.substring(0, at) + text.substring(at + 1);
            case RAW_DUPLICATE_LINE -> {
                String[] lines = text.split("\n", -1);
                int line = Math.floorMod(where, lines.length);
                List<String> out = new ArrayList<>(List.of(lines));
                out.add(line, lines[line]);
                yield String.join("\n", out);
            }
            default -> throw new IllegalStateException(kind.name());
        };
    }

    /** A value in the document and how to put something else in its place. */
    private record Place(JsonNode node, JsonNode parent, String field, int index) {
        void set(JsonNode value) {
            if (parent instanceof ObjectNode o) {
                o.set(field, value.deepCopy());
            } else if (parent instanceof ArrayNode a) {
                a.set(index, value.deepCopy());
            }
        }

        void remove() {
            if (parent instanceof ObjectNode o) {
                o.remove(field);
            } else if (parent instanceof ArrayNode a) {
                a.remove(index);
            }
        }
    }

    private static void collect(JsonNode root, List<Place> places) {
        if (root instanceof ObjectNode o) {
            for (Map.Entry<String, JsonNode> e : o.properties()) {
                places.add(new Place(e.getValue(), o, e.getKey(), -1));
                collect(e.getValue(), places);
            }
        } else if (root instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                places.add(new Place(a.get(i), a, null, i));
                collect(a.get(i), places);
            }
        }
    }

    private static TreeSet<String> fieldNames(JsonNode root) {
        TreeSet<String> names = new TreeSet<>();
        if (root instanceof ObjectNode o) {
            for (Map.Entry<String, JsonNode> e : o.properties()) {
                names.add(e.getKey());
                names.addAll(fieldNames(e.getValue()));
            }
        } else if (root instanceof ArrayNode a) {
            a.forEach(n -> names.addAll(fieldNames(n)));
        }
        return names;
    }
}
