package waitlist.app.simulate;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import waitlist.scenarios.SourceNotes;
import waitlist.simulator.results.SimulationResult;

/**
 * The whole result and the scenario's source notes as JSON (shape documented in the README): records in declaration order, maps in
 * insertion order, "\n" line ends on every platform, so equal results give equal bytes.
 */
final class JsonReport {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .defaultPrettyPrinter(new DefaultPrettyPrinter(
                    Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n")))
            .build();

    private JsonReport() {
    }

    /** The result, then the scenario's source notes by JSON Pointer (so the figures travel with their assumptions). */
    static String render(SimulationResult result, SourceNotes sources) {
        ObjectNode tree = MAPPER.valueToTree(result);
        ObjectNode notes = tree.putObject("sources");
        sources.byPointer().forEach(notes::put);
        return MAPPER.writeValueAsString(tree) + "\n";
    }
}
