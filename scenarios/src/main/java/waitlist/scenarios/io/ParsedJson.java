package waitlist.scenarios.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON file parsed to a tree, with the line and column of every value. Jackson's trees keep no
 * locations (and its record binding reports none for unknown fields), so a second, streaming pass
 * records them by JSON Pointer.
 *
 * <p>Reading is strict where JSON is ambiguous and lenient where it is harmless: a field written
 * twice in one object is an error at the second one (JSON would silently keep the last); a UTF-8
 * byte-order mark, which some Windows editors add, is skipped. A file that is not UTF-8 text, is
 * larger than {@value #MAX_MEGABYTES} MiB, or does not start with { is refused without quoting
 * any of it, so a mistaken path (or an {@code extends} pointing at a private file) never echoes
 * someone's data back.
 */
record ParsedJson(Path file, JsonNode root, Map<String, Origin> origins) {

    static final int MAX_MEGABYTES = 64;

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** Reads and parses {@code file} as a JSON object document. */
    static ParsedJson read(Path file) {
        return parse(file, text(file));
    }

    static ParsedJson parse(Path file, String text) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        String start = text.stripLeading();
        if (start.isEmpty()) {
            throw problem(file, 1, 1, "the file is empty; expected a JSON object { ... }");
        }
        if (start.charAt(0) != '{') {
            int line = 1 + (int) text.substring(0, text.length() - start.length()).chars().filter(c -> c == '\n').count();
            throw problem(file, line, 1, start.charAt(0) == '['
                    ? "expected a JSON object { ... } at the top of the file, found a list [ ... ]"
                    : "not a JSON scenario or snapshot file: it does not start with {");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
            int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
            throw problem(file, line, column, JsonSyntax.describe(e));
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

    /** The file's text, checked to be a readable, not too large, UTF-8 file. */
    private static String text(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw problem(file, 0, 0, "is a folder, not a file");
            }
            if (Files.size(file) > MAX_MEGABYTES * 1024L * 1024L) {
                throw problem(file, 0, 0, "the file is " + Files.size(file) / (1024 * 1024) + " MiB; at most "
                        + MAX_MEGABYTES + " MiB is read");
            }
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw problem(file, 0, 0, "no such file");
        } catch (AccessDeniedException e) {
            throw problem(file, 0, 0, "no permission to read this file");
        } catch (CharacterCodingException e) {
            throw problem(file, 0, 0, "not UTF-8 text; save the file as UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static InvalidDocumentException problem(Path file, int line, int column, String message) {
        return new InvalidDocumentException(List.of(new Problem(file, line, column, "", message)));
    }
}
