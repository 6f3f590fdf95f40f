package waitlist.scenarios.io;

import java.nio.file.FileSystems;
import java.nio.file.Path;

/**
 * One thing wrong with a document, located so a person can find it in an editor:
 * {@code file:line:column: path: message}. Line and column are 1-based; 0 when unknown. A value
 * set on the command line is located by its flag instead: {@code --set /horizon/weeks=0: must be
 * greater than 0, found 0}.
 *
 * @param file    the file the offending value was written in (for an {@code extends} chain, the file that set it)
 * @param path    JSON Pointer of the value, e.g. {@code /demand/allianceShares/west}
 * @param message what is wrong and what is allowed
 * @param flag    the command-line flag that set the value, or null when a file did
 */
public record Problem(Path file, int line, int column, String path, String message, String flag) {

    public Problem(Path file, int line, int column, String path, String message) {
        this(file, line, column, path, message, null);
    }

    /** One line: a line break or other control character the user wrote into a name is shown as '?'. */
    @Override
    public String toString() {
        if (flag != null) {
            boolean same = flag.startsWith("--set " + path + "=") || path.isEmpty();
            return oneLine(flag + ": " + (same ? "" : path + ": ") + message);
        }
        String where = line > 0 ? shown(file) + ":" + line + ":" + column : shown(file);
        return oneLine(where + ": " + (path.isEmpty() ? "/" : path) + ": " + message);
    }

    private static String oneLine(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> sb.appendCodePoint(Character.isISOControl(cp) ? '?' : cp));
        return sb.toString();
    }

    /** A file as a person finds it: a bundled scenario (read from inside the tool) by its name. */
    private static String shown(Path file) {
        if (file == null) {
            return "?";
        }
        if (file.getFileSystem() != FileSystems.getDefault() || file.toString().startsWith("/waitlist/scenarios/bundled/")) {
            return "[bundled] " + file.getFileName();
        }
        return file.toString();
    }
}
