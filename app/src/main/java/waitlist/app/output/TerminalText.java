package waitlist.app.output;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * What the tool prints on a terminal never carries control characters from the user's files: a
 * name holding an escape sequence could otherwise recolour, hide or rewrite what a person reads
 * (or, on some terminals, set the clipboard). Every such character is shown as {@code ?}: the C0
 * controls except tab, line feed and carriage return, DEL, the C1 controls, and the Unicode
 * bidirectional overrides that reorder text on screen. Files the tool writes keep the data as it is.
 */
public final class TerminalText extends FilterWriter {

    public TerminalText(Writer out) {
        super(out);
    }

    /** {@code text} with every unsafe character replaced by {@code ?}. */
    public static String clean(CharSequence text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (unsafe(c)) {
                if (sb == null) {
                    sb = new StringBuilder(text.length()).append(text, 0, i);
                }
                sb.append('?');
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text.toString() : sb.toString();
    }

    static boolean unsafe(char c) {
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r';
        }
        return c == 0x7F || (c >= 0x80 && c <= 0x9F)
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    @Override
    public void write(int c) throws IOException {
        out.write(unsafe((char) c) ? '?' : c);
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        out.write(clean(new String(buffer, offset, length)));
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        out.write(clean(text.substring(offset, offset + length)));
    }
}
