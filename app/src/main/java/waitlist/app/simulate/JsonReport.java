package waitlist.app.simulate;

import tools.jackson.databind.node.ObjectNode;
import waitlist.app.output.JsonOutput;
import waitlist.scenarios.SourceNotes;
import waitlist.simulator.results.SimulationResult;

/** The whole result and the scenario's source notes as JSON (shape documented in the README). */
final class JsonReport {

    private JsonReport() {
    }

    /** The result, then the scenario's source notes by JSON Pointer (so the figures travel with their assumptions). */
    static String render(SimulationResult result, SourceNotes sources) {
        ObjectNode tree = JsonOutput.MAPPER.valueToTree(result);
        ObjectNode notes = tree.putObject("sources");
        sources.byPointer().forEach(notes::put);
        return JsonOutput.write(tree);
    }
}
