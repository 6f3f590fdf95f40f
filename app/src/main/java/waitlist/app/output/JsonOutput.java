package waitlist.app.output;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * How every JSON report is written: records in declaration order, maps in insertion order, {@code "key": value} with two
 * spaces of indent and "\n" line ends on every platform, so equal results give equal bytes.
 */
public final class JsonOutput {

    public static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .defaultPrettyPrinter(new DefaultPrettyPrinter(
                    Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n")))
            .build();

    private JsonOutput() {
    }

    /** The value as indented JSON with a final line end. */
    public static String write(Object value) {
        return MAPPER.writeValueAsString(value) + "\n";
    }
}
