package waitlist.scenarios.io;

import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;

/**
 * A validated document: the bound record, the files it was merged from (the named file first,
 * then what it extends), and the {@code source} notes found in them by JSON Pointer.
 */
public record Document<T>(T value, List<Path> chain, SortedMap<String, String> notes) {
}
