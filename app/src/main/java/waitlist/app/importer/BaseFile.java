package waitlist.app.importer;

import java.nio.file.Files;
import java.nio.file.Path;

import waitlist.app.UserError;
import waitlist.scenarios.LoadedScenario;
import waitlist.scenarios.Scenarios;

/**
 * The base scenario an imported scenario extends, and how the imported file names it: a bundled
 * scenario by its name ({@code "extends": "reconnect-baseline"}), a file by its path relative to
 * the imported file's folder.
 */
record BaseFile(LoadedScenario loaded, Path file, String bundledName) {

    static BaseFile resolve(String fileOrName) {
        Path given = Path.of(fileOrName);
        if (Files.isRegularFile(given)) {
            return new BaseFile(Scenarios.load(given), given.toAbsolutePath().normalize(), null);
        }
        String name = fileOrName.endsWith(".json") ? fileOrName.substring(0, fileOrName.length() - 5) : fileOrName;
        if (!Scenarios.BUNDLED.contains(name)) {
            throw new UserError("--scenario " + fileOrName + ": no such file or bundled scenario (see: waitlist scenarios)");
        }
        return new BaseFile(Scenarios.bundled(name), null, name);
    }

    /** What the imported file's {@code extends} says, when written to {@code out} (null: standard output, read from here). */
    String extendsFrom(Path out) {
        if (bundledName != null) {
            return bundledName;
        }
        Path folder = (out == null ? Path.of("x") : out).toAbsolutePath().normalize().getParent();
        return folder.relativize(file).toString().replace('\\', '/');
    }
}
