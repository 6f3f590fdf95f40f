package waitlist.scenarios;

import java.nio.file.Path;
import java.util.List;

/**
 * A scenario as read from disk: the merged, validated record, the file it came from, the chain of
 * files it extends (itself first), and the source notes of all of them.
 */
public record LoadedScenario(Scenario scenario, Path file, List<Path> extendsChain, SourceNotes sources) {
}
