package waitlist.scenarios.io;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON file parsed to a tree, with the line and column of every value. Jackson's trees keep no
 * locations (and its record binding reports none for unknown fields), so a second, streaming pass
 * records them by JSON Pointer.
 */
record ParsedJson(Path file, JsonNode root, Map<String, Origin> origins) {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    static ParsedJson parse(Path file, String text) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
            int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
            throw new InvalidDocumentException(List.of(
                    new Problem(file, line, column, "", "not valid JSON: " + e.getOriginalMessage())));
        }
        if (root == null || root.isMissingNode()) {
            throw new InvalidDocumentException(List.of(new Problem(file, 1, 1, "", "the file is empty; expected a JSON object")));
        }
        Map<String, Origin> origins = new HashMap<>();
        try (JsonParser p = MAPPER.createParser(text)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t != JsonToken.PROPERTY_NAME && !t.isStructEnd()) {
                    TokenStreamLocation at = p.currentTokenLocation();
                    origins.put(p.streamReadContext().pathAsPointer().toString(),
                            new Origin(file, at.getLineNr(), at.getColumnNr()));
                }
            }
        }
        return new ParsedJson(file, root, origins);
    }
}
