package waitlist.scenarios.io;

import java.nio.file.Path;

/** Where a value was written: file, 1-based line and column (0 when unknown). */
public record Origin(Path file, int line, int column) {
}
