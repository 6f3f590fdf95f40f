package waitlist.scenarios.snapshot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import waitlist.scenarios.io.InvalidDocumentException;
import waitlist.scenarios.io.Problem;
import waitlist.scenarios.rules.MayOmit;

/**
 * Reads and writes planning snapshots. Reading reports every problem with file, line:column and
 * JSON pointer and throws {@link InvalidDocumentException}; writing is stable (same snapshot, same bytes).
 */
public final class SnapshotFiles {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .defaultPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n")))
            .build();

    private SnapshotFiles() {
    }

    public static Snapshot read(Path file) {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidDocumentException(List.of(new Problem(file, 0, 0, "", "cannot read the file: " + e.getMessage())));
        }
        return parse(json, file);
    }

    /** Binds and checks a snapshot given as text; {@code file} only names it in problems. */
    public static Snapshot parse(String json, Path file) {
        Snapshot snapshot;
        try {
            snapshot = MAPPER.readValue(json, Snapshot.class);
        } catch (JacksonException e) {
            String pointer = pointer(e.getPath());
            TokenStreamLocation loc = e.getLocation();
            int line = loc == null ? 0 : Math.max(0, loc.getLineNr());
            int column = loc == null ? 0 : Math.max(0, loc.getColumnNr());
            if (line == 0) {
                TokenStreamLocation known = locations(json).get(pointer);
                if (known != null) {
                    line = known.getLineNr();
                    column = known.getColumnNr();
                }
            }
            throw new InvalidDocumentException(List.of(new Problem(file, line, column, pointer, e.getOriginalMessage())));
        }
        List<String[]> found = new ArrayList<>();
        requireFields(snapshot, "", found);
        if (found.isEmpty()) {
            new SnapshotCheck().check(snapshot, (pointer, message) -> found.add(new String[] {pointer, message}));
        }
        if (!found.isEmpty()) {
            Map<String, TokenStreamLocation> locations = locations(json);
            List<Problem> problems = new ArrayList<>();
            for (String[] f : found) {
                TokenStreamLocation loc = nearest(locations, f[0]);
                problems.add(new Problem(file, loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(), f[0], f[1]));
            }
            throw new InvalidDocumentException(problems);
        }
        return snapshot;
    }

    public static String toJson(Snapshot snapshot) {
        return MAPPER.writeValueAsString(snapshot) + "\n";
    }

    public static void write(Snapshot snapshot, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, toJson(snapshot), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every record component not marked {@link MayOmit} must be present, at any depth. */
    private static void requireFields(Object value, String at, List<String[]> found) {
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                requireFields(list.get(i), at + "/" + i, found);
            }
            return;
        }
        if (value == null || !value.getClass().isRecord()) {
            return;
        }
        for (RecordComponent c : value.getClass().getRecordComponents()) {
            Object v;
            try {
                v = c.getAccessor().invoke(value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (v == null && !c.isAnnotationPresent(MayOmit.class)) {
                found.add(new String[] {at + "/" + c.getName(), "required field '" + c.getName() + "' is missing"});
            } else {
                requireFields(v, at + "/" + c.getName(), found);
            }
        }
    }

    private static String pointer(List<JacksonException.Reference> path) {
        StringBuilder b = new StringBuilder();
        for (JacksonException.Reference r : path) {
            b.append('/').append(r.getPropertyName() != null ? r.getPropertyName() : String.valueOf(r.getIndex()));
        }
        return b.toString();
    }

    private static Map<String, TokenStreamLocation> locations(String json) {
        Map<String, TokenStreamLocation> locs = new HashMap<>();
        try (JsonParser p = MAPPER.createParser(json)) {
            while (p.nextToken() != null) {
                if (p.currentToken() != JsonToken.PROPERTY_NAME && !p.currentToken().isStructEnd()) {
                    locs.put(p.streamReadContext().pathAsPointer().toString(), p.currentTokenLocation());
                }
            }
        } catch (JacksonException e) {
            // malformed JSON is reported by binding; keep what was found
        }
        return locs;
    }

    /** A missing field has no location of its own; point at the object that should hold it. */
    private static TokenStreamLocation nearest(Map<String, TokenStreamLocation> locations, String pointer) {
        String p = pointer;
        while (true) {
            TokenStreamLocation loc = locations.get(p);
            if (loc != null || p.isEmpty()) {
                return loc;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }
}
