package waitlist.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import waitlist.scenarios.Scenario;
import waitlist.scenarios.Scenarios;

/** A bundled scenario plus a few overrides, written as a user would: a small file that {@code extends} it. */
public final class Variants {

    private Variants() {
    }

    /** {@code overrides} is the body of a JSON object (without braces), e.g. {@code "demand": {"annualReferrals": 792}}. */
    public static Scenario of(String bundled, String overrides, Path dir) {
        // the repository's copy: the bundled one lives inside the scenarios jar, where a file in a temporary folder cannot reach it
        Path base = Path.of("..", "scenarios", bundled + ".json").toAbsolutePath().normalize();
        if (!Files.isRegularFile(base) || !Scenarios.BUNDLED.contains(bundled)) {
            throw new IllegalArgumentException("no bundled scenario file " + base);
        }
        Path file = dir.resolve(bundled + "-variant-" + Integer.toHexString(overrides.hashCode()) + ".json");
        String json = "{\"extends\": \"" + base.toAbsolutePath().toString().replace("\\", "\\\\") + "\", \"name\": \"" + bundled
                + "-variant\", " + overrides + "}";
        try {
            Files.writeString(file, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Scenarios.load(file).scenario();
    }
}
