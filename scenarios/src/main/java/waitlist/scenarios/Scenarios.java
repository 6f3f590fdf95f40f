package waitlist.scenarios;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import waitlist.scenarios.io.Document;
import waitlist.scenarios.io.Documents;
import waitlist.scenarios.io.ReadOptions;
import waitlist.scenarios.io.ValueOverride;

/**
 * Finds and loads scenarios: a file on disk, or one of the scenarios bundled with the tool
 * (the files in the repository's {@code scenarios/} folder, also packed into the jar).
 */
public final class Scenarios {

    /** The bundled scenarios, in the order {@code waitlist scenarios} lists them. A test keeps this in step with the folder. */
    public static final List<String> BUNDLED = List.of(
            "reconnect-baseline",
            "reconnect-extension-2030",
            "reconnect-ai-assessment",
            "reconnect-west-expansion",
            "reconnect-solver-booking",
            "reconnect-recovery",
            "connect-reablement",
            "connect-reablement-series",
            "connect-reablement-mid-trial",
            "mmc-queue");

    public static final String DEFAULT = "reconnect-baseline";

    private Scenarios() {
    }

    /** Reads and validates a scenario file (following its {@code extends} chain). */
    public static LoadedScenario load(Path file) {
        return load(file, List.of());
    }

    /** As {@link #load(Path)}, with {@code --set} values put in before validation. */
    public static LoadedScenario load(Path file, List<ValueOverride> overrides) {
        Document<Scenario> doc = Documents.readDocument(file, Scenario.class, new ScenarioCheck(),
                new ReadOptions(overrides, Scenarios::bundledFile));
        return new LoadedScenario(doc.value(), file, doc.chain(), new SourceNotes(doc.notes()));
    }

    /** A bundled scenario by name, e.g. {@code reconnect-baseline}. */
    public static LoadedScenario bundled(String name) {
        return load(bundledFile(name).orElseThrow(() -> new IllegalArgumentException("no bundled scenario " + name)));
    }

    /**
     * What a user typed on the command line: a path to a file, or the name of a bundled scenario.
     * Empty when it is neither.
     */
    public static Optional<LoadedScenario> resolve(String fileOrName) {
        return resolve(fileOrName, List.of());
    }

    /** As {@link #resolve(String)}, with {@code --set} values put in before validation. */
    public static Optional<LoadedScenario> resolve(String fileOrName, List<ValueOverride> overrides) {
        Path file;
        try {
            file = Path.of(fileOrName);
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        if (Files.isRegularFile(file)) {
            return Optional.of(load(file, overrides));
        }
        String name = fileOrName.endsWith(".json") ? fileOrName.substring(0, fileOrName.length() - 5) : fileOrName;
        return BUNDLED.contains(name) ? bundledFile(name).map(f -> load(f, overrides)) : Optional.empty();
    }

    /**
     * The bundled file as a {@link Path}, inside the jar when running from one, so that
     * {@code extends} between bundled files resolves like it does on disk.
     */
    public static Optional<Path> bundledFile(String name) {
        if (!BUNDLED.contains(name)) {
            return Optional.empty();
        }
        URL url = Scenarios.class.getResource("bundled/" + name + ".json");
        if (url == null) {
            return Optional.empty();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try {
                    FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException alreadyOpen) {
                    // opened by an earlier call; Path.of finds it
                }
            }
            return Optional.of(Path.of(uri));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
