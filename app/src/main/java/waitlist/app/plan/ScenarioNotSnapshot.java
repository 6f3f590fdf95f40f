package waitlist.app.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Whether a file handed to {@code plan} is a scenario (a common slip: both are JSON files under similar names). */
final class ScenarioNotSnapshot {

    private ScenarioNotSnapshot() {
    }

    /** A JSON object with a scenario's top-level fields and none of a snapshot's. */
    static boolean looksLikeOne(Path file) {
        try {
            JsonNode root = JsonMapper.shared().readTree(Files.readString(file));
            return root != null && root.isObject() && !root.has("practitioners")
                    && (root.has("extends") || root.has("workforce") || root.has("pathway") || root.has("network"));
        } catch (IOException | RuntimeException e) {
            return false; // not readable JSON: the snapshot reader's own message says what is wrong
        }
    }
}
