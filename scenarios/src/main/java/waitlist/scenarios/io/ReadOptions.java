package waitlist.scenarios.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * How a document is read beyond its file: values set on the command line, and how an
 * {@code extends} that names a bundled document (not a path) is found.
 */
public record ReadOptions(List<ValueOverride> overrides, Function<String, Optional<Path>> byName) {

    public static final ReadOptions NONE = new ReadOptions(List.of(), name -> Optional.empty());

    public ReadOptions {
        overrides = List.copyOf(overrides);
    }

    public ReadOptions withOverrides(List<ValueOverride> values) {
        return new ReadOptions(values, byName);
    }
}
