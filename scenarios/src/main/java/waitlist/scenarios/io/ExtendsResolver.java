package waitlist.scenarios.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Follows a document's {@code "extends": "other.json"} chain (paths relative to the extending
 * file) and merges it: objects merge field by field, and anything else the extending file writes
 * (a number, a list, a string) replaces the inherited value whole. Every merged value keeps the
 * file, line and column it came from, so problems point into the file that set the value.
 */
final class ExtendsResolver {

    static final String EXTENDS = "extends";
    static final String SCHEMA = "$schema";

    /** The merged tree, where each value came from, and the files involved, extending file first. */
    record Merged(ObjectNode root, NavigableMap<String, Origin> origins, List<Path> chain) {
    }

    private ExtendsResolver() {
    }

    static Merged resolve(Path file) {
        return resolve(file.normalize(), new ArrayList<>());
    }

    private static Merged resolve(Path file, List<Path> visiting) {
        ParsedJson parsed = ParsedJson.parse(file, read(file));
        if (!parsed.root().isObject()) {
            throw new InvalidDocumentException(List.of(problem(parsed, "", "expected a JSON object { ... } at the top of the file, found "
                    + ShapeCheck.describe(parsed.root()))));
        }
        ObjectNode root = (ObjectNode) parsed.root();
        NavigableMap<String, Origin> origins = new TreeMap<>(parsed.origins());
        JsonNode parentRef = root.remove(EXTENDS);
        root.remove(SCHEMA);
        List<Path> chain = new ArrayList<>(List.of(file));
        if (parentRef == null) {
            return new Merged(root, origins, chain);
        }
        String at = "/" + EXTENDS;
        if (!parentRef.isString() || parentRef.stringValue().isBlank()) {
            throw new InvalidDocumentException(List.of(problem(parsed, at,
                    "expected the name of another scenario file, e.g. \"reconnect-baseline.json\", found " + ShapeCheck.describe(parentRef))));
        }
        Path parentFile = file.resolveSibling(parentRef.stringValue()).normalize();
        visiting.add(file);
        if (visiting.contains(parentFile)) {
            StringBuilder cycle = new StringBuilder();
            for (Path p : visiting.subList(visiting.indexOf(parentFile), visiting.size())) {
                cycle.append(p.getFileName()).append(" -> ");
            }
            throw new InvalidDocumentException(List.of(problem(parsed, at,
                    "extends forms a cycle: " + cycle + parentFile.getFileName() + "; a scenario may not extend itself, directly or indirectly")));
        }
        if (!Files.isRegularFile(parentFile)) {
            throw new InvalidDocumentException(List.of(problem(parsed, at,
                    "extends a file that does not exist: " + parentFile + " (the path is relative to this file's folder)")));
        }
        Merged parent = resolve(parentFile, visiting);
        merge(parent.root(), parent.origins(), root, origins, "");
        chain.addAll(parent.chain());
        return new Merged(parent.root(), parent.origins(), chain);
    }

    /** Overlays {@code child} onto {@code base} in place. */
    private static void merge(ObjectNode base, NavigableMap<String, Origin> baseOrigins,
                              ObjectNode child, NavigableMap<String, Origin> childOrigins, String pointer) {
        Origin own = childOrigins.get(pointer);
        if (own != null) {
            baseOrigins.put(pointer, own);
        }
        for (Map.Entry<String, JsonNode> e : child.properties()) {
            String at = Pointers.child(pointer, e.getKey());
            JsonNode inherited = base.get(e.getKey());
            if (inherited != null && inherited.isObject() && e.getValue().isObject()) {
                merge((ObjectNode) inherited, baseOrigins, (ObjectNode) e.getValue(), childOrigins, at);
            } else {
                base.set(e.getKey(), e.getValue());
                baseOrigins.remove(at);
                below(baseOrigins, at).clear();
                copyIfPresent(childOrigins, baseOrigins, at);
                baseOrigins.putAll(below(childOrigins, at));
            }
        }
    }

    /** The origins of values strictly inside {@code pointer}: keys from pointer + "/" up to pointer + "0" ('0' follows '/'). */
    private static NavigableMap<String, Origin> below(NavigableMap<String, Origin> origins, String pointer) {
        return origins.subMap(pointer + "/", true, pointer + "0", false);
    }

    private static void copyIfPresent(Map<String, Origin> from, Map<String, Origin> to, String pointer) {
        Origin o = from.get(pointer);
        if (o != null) {
            to.put(pointer, o);
        }
    }

    private static Problem problem(ParsedJson parsed, String pointer, String message) {
        Origin o = parsed.origins().getOrDefault(pointer, new Origin(parsed.file(), 0, 0));
        return new Problem(parsed.file(), o.line(), o.column(), pointer, message);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new InvalidDocumentException(List.of(new Problem(file, 0, 0, "", "no such file")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
