package waitlist.scenarios.io;

import java.nio.file.Path;

/**
 * One thing wrong with a document, located so a person can find it in an editor:
 * {@code file:line:column: path: message}. Line and column are 1-based; 0 when unknown.
 *
 * @param file    the file the offending value was written in (for an {@code extends} chain, the file that set it)
 * @param path    JSON Pointer of the value, e.g. {@code /demand/allianceShares/west}
 * @param message what is wrong and what is allowed
 */
public record Problem(Path file, int line, int column, String path, String message) {

    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line + ":" + column : String.valueOf(file);
        return where + ": " + (path.isEmpty() ? "/" : path) + ": " + message;
    }
}
