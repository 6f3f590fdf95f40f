package waitlist.scenarios.io;

import java.nio.file.Path;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * One {@code --set /json/pointer=value}: a value a command line puts in place of what the
 * scenario file says, before validation, so it is checked and located like a value in a file
 * (the message names the flag). The value is read as JSON when it is JSON ({@code 104},
 * {@code 0.1}, {@code true}, {@code "text"}, {@code [1, 2]}, {@code {"fixed": {"value": 3}}});
 * anything else is taken as text, so {@code --set /booking/policy=solver} needs no quotes.
 *
 * @param pointer a JSON Pointer (RFC 6901) into the document as written, list entries by index
 *                from 0, or "-" to add an entry at the end of a list
 * @param text    the value as typed
 */
public record ValueOverride(String pointer, String text, JsonNode value) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The flag as the user typed it, for messages. */
    public String flag() {
        return "--set " + pointer + "=" + text;
    }

    /** Reads {@code /pointer=value}; a malformed one is a user error naming the flag. */
    public static ValueOverride parse(String assignment) {
        int eq = assignment.indexOf('=');
        if (eq < 0 || !assignment.startsWith("/") || eq == 1) {
            throw invalid("--set " + assignment, "expected /json/pointer=value, e.g. --set /horizon/weeks=104");
        }
        String pointer = assignment.substring(0, eq);
        String text = assignment.substring(eq + 1);
        try {
            JsonPointer.compile(pointer);
        } catch (IllegalArgumentException e) {
            throw invalid("--set " + assignment, "not a valid JSON pointer (write ~0 for ~ and ~1 for / inside a name)");
        }
        return new ValueOverride(pointer, text, valueOf(text));
    }

    public static List<ValueOverride> parseAll(List<String> assignments) {
        return assignments.stream().map(ValueOverride::parse).toList();
    }

    private static JsonNode valueOf(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            if (node != null && !node.isMissingNode()) {
                return node;
            }
        } catch (JacksonException notJson) {
            // plain text, below
        }
        return JsonNodeFactory.instance.stringNode(text);
    }

    static InvalidDocumentException invalid(String flag, String message) {
        return new InvalidDocumentException(List.of(new Problem(Path.of(""), 0, 0, "", message, flag)));
    }
}
