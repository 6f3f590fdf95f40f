package waitlist.app.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every document the fuzzer (or a person) found to break the tool, replayed in every build
 * through the same checks: src/test/resources/fuzz-regressions/scenarios/ and .../snapshots/.
 */
class FuzzRegressionsTest {

    static final Path REGRESSIONS = Path.of("src/test/resources/fuzz-regressions");

    @TempDir
    Path work;

    @TestFactory
    Stream<DynamicTest> everyKeptCaseEndsInSuccessOrAClearUserError() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (FuzzBases.Kind kind : FuzzBases.Kind.values()) {
            Path folder = REGRESSIONS.resolve(kind.name().toLowerCase() + "s");
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    tests.add(DynamicTest.dynamicTest(kind + " " + file.getFileName(), () -> {
                        FuzzHarness.run(kind, Files.readAllBytes(file), work, file.toString());
                    }));
                }
            }
        }
        assertThat(tests).hasSizeGreaterThan(10);
        return tests.stream();
    }
}
