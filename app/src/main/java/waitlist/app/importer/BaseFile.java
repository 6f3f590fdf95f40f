package waitlist.app.importer;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import waitlist.app.UserError;
import waitlist.scenarios.LoadedScenario;
import waitlist.scenarios.Scenarios;

/**
 * The base scenario an imported scenario extends, as a file on disk it can name by a relative
 * path. A bundled scenario is found in the installation's {@code scenarios/} folder (the jar sits
 * in {@code app/target}, the classes in {@code scenarios/target}; both are below the folder that
 * holds {@code scenarios/}). Until {@code "extends"} can name a bundled scenario directly, the
 * imported file refers to that copy by a path relative to itself.
 */
record BaseFile(LoadedScenario loaded, Path file) {

    static BaseFile resolve(String fileOrName) {
        Path given = Path.of(fileOrName);
        if (Files.isRegularFile(given)) {
            return new BaseFile(Scenarios.load(given), given.toAbsolutePath().normalize());
        }
        String name = fileOrName.endsWith(".json") ? fileOrName.substring(0, fileOrName.length() - 5) : fileOrName;
        if (!Scenarios.BUNDLED.contains(name)) {
            throw new UserError("--scenario " + fileOrName + ": no such file or bundled scenario (see: waitlist scenarios)");
        }
        Path onDisk = installed(name).orElseThrow(() -> new UserError("the bundled scenario " + name
                + " has no file beside this installation for the imported scenario to extend; give --scenario path/to/" + name + ".json"));
        return new BaseFile(Scenarios.load(onDisk), onDisk);
    }

    /** The path to the base from the folder {@code out} will be written in, with forward slashes. */
    String relativeFrom(Path out) {
        Path folder = out == null ? Path.of("") : out.toAbsolutePath().normalize().getParent();
        Path base = folder == null ? file : folder.toAbsolutePath().relativize(file);
        return base.toString().replace('\\', '/');
    }

    private static Optional<Path> installed(String name) {
        java.security.CodeSource source = Scenarios.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return Optional.empty();
        }
        Path code;
        try {
            code = Path.of(source.getLocation().toURI()).toAbsolutePath();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty(); // not a file location (e.g. inside another archive)
        }
        for (Path dir = code; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("scenarios").resolve(name + ".json");
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate.normalize());
            }
        }
        return Optional.empty();
    }
}
