package waitlist.scenarios.io;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;

/**
 * What is wrong with text that is not valid JSON, in plain words. The JSON library's own messages
 * name its features and types ("enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS`", "bound as
 * `tools.jackson.databind.JsonNode`"); none of that reaches the user. Anything not recognised
 * here becomes a general "not valid JSON here", never the library's text.
 */
final class JsonSyntax {

    private record Rule(Pattern pattern, Function<Matcher, String> message) {
    }

    private static final List<Rule> RULES = List.of(
            rule("Duplicate Object property \"(.*)\"", m -> "\"" + shown(m.group(1)) + "\" is written twice in this object; "
                    + "JSON keeps only one of the two, so remove the other"),
            rule("Non-standard token '(.*?)'.*", m -> shown(m.group(1)) + " is not a number JSON allows; write a finite number such as 0.5"),
            rule("Unexpected character \\('(.)' \\(code \\d+.*?\\)\\): was expecting double-quote to start property name", m -> switch (m.group(1)) {
                case "}" -> "a comma before } is not allowed in JSON; remove it";
                case "'" -> "field names need double quotes (\"name\"), not single quotes";
                default -> "expected a field name in double quotes, found " + character(m.group(1));
            }),
            rule("Invalid numeric value: Leading zeroes not allowed.*", m -> "a number may not start with 0 (write 7, not 07)"),
            rule("Unexpected character \\('(.)' \\(code \\d+.*?\\)\\): was expecting comma to separate Object entries",
                    m -> "expected a comma or } after the value before this, found " + character(m.group(1))),
            rule("Unexpected character \\('(.)' \\(code \\d+.*?\\)\\): was expecting comma to separate Array entries",
                    m -> "expected a comma or ] after the value before this, found " + character(m.group(1))),
            rule("Unexpected character \\('(.)' \\(code \\d+.*?\\)\\): was expecting a colon to separate property name and value",
                    m -> "expected : between the field name and its value, found " + character(m.group(1))),
            rule("Unexpected close marker '(.)': expected '(.)'.*", m -> "found " + m.group(1) + " where " + m.group(2)
                    + " should close the " + (m.group(2).equals("]") ? "list" : "object") + " opened before it"),
            rule("Unrecognized token '(.*?)': was expecting.*", m -> "unexpected word '" + shown(m.group(1)) + "': text values need double "
                    + "quotes, and the only bare words JSON allows are true, false and null"),
            rule("Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\): has to be escaped.*", m -> "a control character (code "
                    + m.group(1) + ", e.g. a line break or tab) inside a string; write it escaped, e.g. \\n or \\t"),
            rule("Illegal character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*", m -> "a control character (code " + m.group(1)
                    + ") between values; only spaces, tabs and line breaks may stand there"),
            rule("Unexpected end-of-input: expected close marker for Object.*", m -> "the file ends before an object is closed with }"),
            rule("Unexpected end-of-input: expected close marker for Array.*", m -> "the file ends before a list is closed with ]"),
            rule("Unexpected end-of-input.*(string|String).*", m -> "the file ends inside a string: a closing \" is missing"),
            rule("Unexpected end-of-input.*", m -> "the file ends before the JSON is complete"),
            rule("Unexpected character \\('/'.*comment.*", m -> "comments are not allowed in JSON; put a note in a \"source\" field instead"),
            rule("Trailing token.*", m -> "more text after the end of the JSON; a file holds exactly one { ... }"),
            rule(".*JSON spec does not allow numbers to have plus signs.*", m -> "a number may not start with + (write 1, not +1)"),
            rule(".*Decimal point not followed by a digit.*", m -> "a decimal point needs a digit after it (write 1.0 or 1, not 1.)"),
            rule(".*expected digit \\(0-9\\) to follow minus sign.*", m -> "a minus sign needs a number after it"),
            rule(".*in numeric value.*", m -> "not a valid number"),
            rule("Unexpected character \\('\\.' \\(code 46\\)\\): expected a valid value.*", m -> "a number needs a digit before the "
                    + "decimal point (write 0.5, not .5)"),
            rule("Unexpected character \\('(.)' \\(code \\d+.*?\\)\\): expected a valid value.*", m -> "expected a value (a number, "
                    + "\"text\", true, false, null, [ ... ] or { ... }), found " + character(m.group(1))),
            rule("Unrecognized character escape '(.)'.*", m -> "\\" + shown(m.group(1)) + " is not an escape JSON knows; "
                    + "write \\\\ for a backslash"),
            rule("Number value length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*", m -> "a number with " + m.group(1)
                    + " digits; at most " + m.group(2) + " are read"),
            rule("String value length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*", m -> "a text of " + m.group(1)
                    + " characters; at most " + m.group(2) + " are read"),
            rule("Document nesting depth \\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*", m -> "the JSON nests more than "
                    + m.group(2) + " levels deep"),
            rule("Unexpected character \\('(.)'.*", m -> "unexpected " + character(m.group(1))));

    private JsonSyntax() {
    }

    private static Rule rule(String regex, Function<Matcher, String> message) {
        return new Rule(Pattern.compile(regex, Pattern.DOTALL), message);
    }

    /** The problem in the user's words; {@code e}'s own message is never shown. */
    static String describe(JacksonException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        for (Rule r : RULES) {
            Matcher m = r.pattern().matcher(original);
            if (m.matches()) {
                return "not valid JSON: " + r.message().apply(m);
            }
        }
        return "not valid JSON here";
    }

    /** A character from the file as a message shows it: printable ones in quotes, others by code. */
    private static String character(String c) {
        char ch = c.charAt(0);
        if (ch == '\uFEFF') {
            return "a byte-order mark (save the file as UTF-8 without one, or remove this one)";
        }
        return ch < 0x20 || (ch >= 0x7F && ch <= 0x9F) || Character.isWhitespace(ch) ? "the character with code " + (int) ch : "'" + c + "'";
    }

    /** At most 40 characters of the user's text, control characters shown as '?'. */
    static String shown(String text) {
        String cut = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        StringBuilder sb = new StringBuilder();
        cut.codePoints().forEach(cp -> sb.appendCodePoint(Character.isISOControl(cp) ? '?' : cp));
        return sb.toString();
    }
}
