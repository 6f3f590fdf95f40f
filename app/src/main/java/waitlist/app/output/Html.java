package waitlist.app.output;

import java.util.Locale;

/** Writing HTML pages by hand, safely. */
public final class Html {

    private Html() {
    }

    /**
     * Text for HTML element content and attribute values. Non-ASCII characters become numeric references too, so a page
     * survives a console that does not print UTF-8 (e.g. {@code > report.html} on Windows).
     */
    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 128) {
                        out.append((char) c);
                    } else {
                        out.append("&#x").append(Integer.toHexString(c).toUpperCase(Locale.ROOT)).append(';');
                    }
                }
            }
        });
        return out.toString();
    }
}
