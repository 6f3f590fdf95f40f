package waitlist.scenarios.io;

import java.nio.file.Path;

/**
 * Where a value was written: file, 1-based line and column (0 when unknown), or, for a value set
 * on the command line, the flag that set it (e.g. {@code --set /horizon/weeks=104}).
 */
public record Origin(Path file, int line, int column, String flag) {

    public Origin(Path file, int line, int column) {
        this(file, line, column, null);
    }

    static Origin ofFlag(Path file, String flag) {
        return new Origin(file, 0, 0, flag);
    }
}
