package waitlist.app.importer;

import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON as the bundled scenario files are written by hand: two-space indents, but a list of plain
 * values or a short object of plain values on one line, so a list of hundreds of people reads one
 * person a line. Values themselves (escaping, numbers) are written by Jackson. Output ends in "\n"
 * and is the same bytes on every platform.
 */
final class CompactJson {

    /** An object of plain values up to this long is written on one line. */
    static final int LINE = 120;
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private CompactJson() {
    }

    static String write(JsonNode node) {
        StringBuilder sb = new StringBuilder();
        value(node, "", sb);
        return sb.append('\n').toString();
    }

    private static void value(JsonNode node, String indent, StringBuilder sb) {
        if (!node.isContainer()) {
            sb.append(MAPPER.writeValueAsString(node));
            return;
        }
        String inline = inline(node);
        if (inline != null) {
            sb.append(inline);
            return;
        }
        String inner = indent + "  ";
        boolean object = node.isObject();
        sb.append(object ? '{' : '[');
        boolean first = true;
        if (object) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                sb.append(first ? "\n" : ",\n").append(inner).append(MAPPER.writeValueAsString(e.getKey())).append(": ");
                value(e.getValue(), inner, sb);
                first = false;
            }
        } else {
            for (JsonNode element : node.values()) {
                sb.append(first ? "\n" : ",\n").append(inner);
                value(element, inner, sb);
                first = false;
            }
        }
        sb.append(first ? "" : "\n" + indent).append(object ? '}' : ']');
    }

    /** The container on one line, if it holds only plain values (and, for an object, is short); else null. */
    private static String inline(JsonNode node) {
        StringBuilder sb = new StringBuilder(node.isObject() ? "{" : "[");
        boolean first = true;
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (e.getValue().isContainer()) {
                    return null;
                }
                sb.append(first ? "" : ", ").append(MAPPER.writeValueAsString(e.getKey())).append(": ")
                        .append(MAPPER.writeValueAsString(e.getValue()));
                first = false;
            }
        } else {
            for (JsonNode element : node.values()) {
                if (element.isContainer()) {
                    return null;
                }
                sb.append(first ? "" : ", ").append(MAPPER.writeValueAsString(element));
                first = false;
            }
        }
        sb.append(node.isObject() ? "}" : "]");
        return node.isObject() && sb.length() > LINE ? null : sb.toString();
    }
}
