package waitlist.scenarios.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.core.JacksonException;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes the project's JSON documents (scenarios, planning snapshots).
 *
 * <p>Reading goes: parse (with line and column of every value) → follow {@code extends} → check
 * the shape against the record type (every problem at once) → bind with Jackson → the document's
 * own rules ({@link DocumentCheck}). Any problem ends in one {@link InvalidDocumentException}
 * listing them all, each with file, line:column and JSON Pointer. Nothing is silently dropped or
 * "fixed": unknown fields are errors.
 */
public final class Documents {

    /** Strict binding; the shape check has already vetted the tree, so this only guards against drift. */
    private static final JsonMapper READER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** Stable output: declaration order for records, 2-space indent, "\n" on every OS, nulls left out. */
    private static final JsonMapper WRITER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .defaultPrettyPrinter(new DefaultPrettyPrinter(
                    Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n")))
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private Documents() {
    }

    /** Reads and validates {@code file} as a {@code type}; throws {@link InvalidDocumentException} listing every problem. */
    public static <T> T read(Path file, Class<T> type, DocumentCheck<? super T> check) {
        return readDocument(file, type, check, ReadOptions.NONE).value();
    }

    /** As {@link #read}, keeping the {@code extends} chain and the source notes. */
    public static <T> Document<T> readDocument(Path file, Class<T> type, DocumentCheck<? super T> check) {
        return readDocument(file, type, check, ReadOptions.NONE);
    }

    /** As {@link #read}, with values set on the command line and bundled documents to extend by name. */
    public static <T> Document<T> readDocument(Path file, Class<T> type, DocumentCheck<? super T> check, ReadOptions options) {
        ExtendsResolver.Merged merged = ExtendsResolver.resolve(file, type, options.byName());
        Map<String, String> setNotes = Overrides.apply(merged.root(), merged.origins(), options.overrides(), merged.chain().getFirst());
        ShapeCheck.Result shape = ShapeCheck.check(merged.root(), type);
        if (!shape.findings().isEmpty()) {
            throw invalid(merged, shape, shape.findings());
        }
        T value;
        try {
            value = READER.treeToValue(shape.cleaned(), type);
        } catch (JacksonException e) {
            // The shape check should have caught this; report where it is, without the library's words.
            throw invalid(merged, shape, List.of(new ShapeCheck.Finding(pointerOf(e), "cannot be read as "
                    + "the value expected here")));
        }
        List<ShapeCheck.Finding> findings = new ArrayList<>();
        check.check(value, (pointer, message) -> findings.add(new ShapeCheck.Finding(pointer, message)));
        if (!findings.isEmpty()) {
            throw invalid(merged, shape, findings);
        }
        TreeMap<String, String> notes = new TreeMap<>(shape.notes());
        setNotes.forEach((pointer, note) -> {
            Pointers.below(notes, pointer).clear();
            notes.put(pointer, note);
        });
        return new Document<>(value, List.copyOf(merged.chain()), notes);
    }

    /** The document as stable, indented JSON ending in a newline. */
    public static String toJson(Object document) {
        return WRITER.writeValueAsString(document) + "\n";
    }

    /** A JSON tree of the document, e.g. to add fields a report needs. */
    public static JsonNode toTree(Object document) {
        return WRITER.valueToTree(document);
    }

    public static void write(Object document, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, toJson(document));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static InvalidDocumentException invalid(ExtendsResolver.Merged merged, ShapeCheck.Result shape,
                                                    List<ShapeCheck.Finding> findings) {
        List<Problem> problems = new ArrayList<>();
        for (ShapeCheck.Finding f : findings) {
            // Findings name values as read; the file may have written them inside {"value": ..., "source": ...}.
            Origin o = originOf(merged.origins(), Pointers.written(f.pointer(), shape.wrapped()), merged.chain().getFirst());
            problems.add(new Problem(o.file(), o.line(), o.column(), f.pointer(), f.message(), o.flag()));
        }
        problems.sort(Comparator.comparing((Problem p) -> p.flag() == null ? 1 : 0)
                .thenComparing((Problem p) -> p.file().toString())
                .thenComparingInt(Problem::line).thenComparingInt(Problem::column).thenComparing(Problem::path));
        return new InvalidDocumentException(problems);
    }

    /** The origin of the value at {@code pointer}, or of the nearest enclosing value (for a missing field). */
    private static Origin originOf(NavigableMap<String, Origin> origins, String pointer, Path fallback) {
        for (String p = pointer; ; p = Pointers.parent(p)) {
            Origin o = origins.get(p);
            if (o != null) {
                return o;
            }
            if (p.isEmpty()) {
                return new Origin(fallback, 0, 0);
            }
        }
    }

    private static String pointerOf(JacksonException e) {
        StringBuilder pointer = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            pointer.append('/').append(ref.getPropertyName() != null ? ref.getPropertyName() : String.valueOf(ref.getIndex()));
        }
        return pointer.toString();
    }
}
