package waitlist.app.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import waitlist.app.CliRun;
import waitlist.app.scenario.RunEstimate;
import waitlist.scenarios.BookingPolicy;
import waitlist.scenarios.Scenario;
import waitlist.scenarios.Scenarios;

/**
 * Puts one document through what a user would run on it and says whether the tool behaved: a
 * scenario through {@code validate} and, when valid and quick, a two-replication
 * {@code simulate}; a snapshot through a short seeded {@code plan}. Behaving means: the run ends
 * in success or in a user error (exit 2) whose every line is a located message in plain words,
 * never "the run failed" with a stack trace, never a library or Java class name; a plan the
 * checker passes; and no file written outside the run's own output folder.
 *
 * <p>A misbehaving document is saved under {@code target/fuzz-failures/} with what happened; copy
 * it into {@code src/test/resources/fuzz-regressions/scenarios/} or {@code .../snapshots/} and
 * {@link FuzzRegressionsTest} replays it in every build.
 */
final class FuzzHarness {

    /** What became of a document. */
    enum Outcome { REFUSED, VALID, SIMULATED, PLANNED }

    /** A replication must be this quick (by the run estimate) for the fuzzer to simulate it. */
    static final double MAX_SECONDS_PER_REPLICATION = 0.05;

    static final Path FAILURES = Path.of("target/fuzz-failures").toAbsolutePath();

    private static final List<String> LEAKS = List.of("Exception", "jackson", "java.", "Feature", "\tat ", "JsonNode", "bound as");

    private FuzzHarness() {
    }

    static Outcome run(FuzzBases.Kind kind, String text, Path workRoot, String label) {
        // A lone surrogate becomes ?, as any editor would save it.
        return run(kind, text.getBytes(StandardCharsets.UTF_8), workRoot, label);
    }

    /** As {@link #run(FuzzBases.Kind, String, Path, String)} for a file's exact bytes (which need not be UTF-8). */
    static Outcome run(FuzzBases.Kind kind, byte[] content, Path workRoot, String label) {
        String text = new String(content, StandardCharsets.UTF_8);
        try {
            Path caseDir = Files.createTempDirectory(workRoot, "case");
            Path input = caseDir.resolve("input.json");
            Files.write(input, content);
            Outcome outcome = kind == FuzzBases.Kind.SCENARIO ? scenario(input, text, label) : snapshot(input, caseDir, text, label);
            try (Stream<Path> left = Files.list(caseDir)) {
                List<String> names = left.map(p -> p.getFileName().toString()).sorted().toList();
                if (!List.of("input.json").equals(names) && !List.of("input.json", "out").equals(names)) {
                    fail(kind, text, label, "files written beside the input, outside the output folder: " + names, null);
                }
            }
            return outcome;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Outcome scenario(Path input, String text, String label) {
        CliRun validate = CliRun.run("validate", input.toString());
        check(FuzzBases.Kind.SCENARIO, text, label, validate, false);
        if (validate.exit() != 0) {
            return Outcome.REFUSED;
        }
        Scenario s = Scenarios.load(input).scenario();
        RunEstimate estimate = RunEstimate.of(s);
        if (s.bookingOrDefault().policy() == BookingPolicy.SOLVER || estimate.secondsPerReplication() > MAX_SECONDS_PER_REPLICATION) {
            return Outcome.VALID;
        }
        CliRun simulate = CliRun.run("simulate", input.toString(), "--replications", "2", "--threads", "1", "--seed", "3");
        check(FuzzBases.Kind.SCENARIO, text, label, simulate, false);
        return simulate.exit() == 0 ? Outcome.SIMULATED : Outcome.REFUSED;
    }

    private static Outcome snapshot(Path input, Path caseDir, String text, String label) {
        CliRun plan = CliRun.run("plan", input.toString(), "--seed", "1", "--steps", "20", "-o", caseDir.resolve("out").toString());
        check(FuzzBases.Kind.SNAPSHOT, text, label, plan, true);
        return plan.exit() == 0 ? Outcome.PLANNED : Outcome.REFUSED;
    }

    private static void check(FuzzBases.Kind kind, String text, String label, CliRun r, boolean plan) {
        if (r.err().contains("the run failed") || r.exit() != 0 && r.exit() != 2 && !(plan && r.exit() == 1)) {
            fail(kind, text, label, "crashed (exit " + r.exit() + ")", r);
        }
        if (plan && r.exit() == 1) {
            fail(kind, text, label, "the checker found hard-rule violations in the plan", r);
        }
        if (r.exit() == 2) {
            for (String line : r.err().lines().toList()) {
                boolean located = line.startsWith("error: ") || line.matches("(.*: )?\\d+ problems?") || line.startsWith("see '");
                if (!located) {
                    fail(kind, text, label, "a user error that is not one located message a line: " + line, r);
                }
            }
            for (String leak : LEAKS) {
                if (r.err().contains(leak)) {
                    fail(kind, text, label, "a user error that names the library or Java (" + leak.strip() + ")", r);
                }
            }
        }
    }

    private static void fail(FuzzBases.Kind kind, String text, String label, String what, CliRun r) {
        String name = kind.name().toLowerCase() + "-" + hash(text);
        try {
            Files.createDirectories(FAILURES);
            Files.write(FAILURES.resolve(name + ".json"), text.getBytes(StandardCharsets.UTF_8));
            Files.writeString(FAILURES.resolve(name + ".txt"), label + "\n" + what + "\n"
                    + (r == null ? "" : "exit " + r.exit() + "\n--- out\n" + r.out() + "\n--- err\n" + r.err()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError(what + " for " + label + "; the document is saved as " + FAILURES.resolve(name + ".json")
                + " (copy it to src/test/resources/fuzz-regressions/" + kind.name().toLowerCase() + "s/ to replay it in every build)"
                + (r == null ? "" : "\n" + r.err()));
    }

    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
