package waitlist.app.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Fuzzing in the build: scenarios and snapshots with one to three random changes each (values,
 * types, deletions, insertions, broken text) go through validation and a short simulation or plan
 * ({@link FuzzHarness}); anything but success or a clear user error fails the build. The number of
 * cases is jqwik's {@code jqwik.tries.default} (1,000 in src/test/resources/junit-platform.properties;
 * e.g. {@code -Djqwik.tries.default=20000} for a longer hunt). Seeds are random each run, so every
 * build tries new cases; jqwik prints the seed of a failure and saves the document (see
 * {@link FuzzHarness}).
 */
class MutatedDocumentsFuzzTest {

    private static Path work;

    @BeforeContainer
    static void makeWorkFolder() throws IOException {
        work = Files.createTempDirectory("waitlist-fuzz");
    }

    @AfterContainer
    static void removeWorkFolder() throws IOException {
        try (var all = Files.walk(work)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** A starting document and the changes made to it. */
    record Case(FuzzBases base, List<Mutation> mutations) {
        String text() {
            String text = base.text();
            for (Mutation m : mutations) {
                text = m.apply(text);
            }
            return text;
        }

        @Override
        public String toString() {
            return base + " " + mutations;
        }
    }

    @Property(shrinking = ShrinkingMode.BOUNDED)
    void mutatedScenariosAndSnapshotsEndInSuccessOrAClearUserError(@ForAll("cases") Case c) {
        FuzzHarness.Outcome outcome = FuzzHarness.run(c.base().kind, c.text(), work, c.toString());
        Statistics.label("kind").collect(c.base().kind);
        Statistics.label("outcome").collect(outcome);
        Statistics.label("outcome").coverage(check -> {
            // A fuzzer whose mutants are all refused, or never reach a simulation or a plan, tests little.
            check.check(FuzzHarness.Outcome.REFUSED).percentage(p -> p > 10);
            check.check(FuzzHarness.Outcome.SIMULATED).percentage(p -> p > 5);
            check.check(FuzzHarness.Outcome.PLANNED).percentage(p -> p > 1);
        });
    }

    @Provide
    Arbitrary<Case> cases() {
        // Tree changes more often than broken text: broken text is refused at once, and the rest should get further.
        Arbitrary<Mutation.Kind> kind = Arbitraries.frequency(
                net.jqwik.api.Tuple.of(6, Mutation.Kind.TWEAK_NUMBER), net.jqwik.api.Tuple.of(4, Mutation.Kind.REPLACE),
                net.jqwik.api.Tuple.of(2, Mutation.Kind.DELETE), net.jqwik.api.Tuple.of(2, Mutation.Kind.INSERT_FIELD),
                net.jqwik.api.Tuple.of(2, Mutation.Kind.DUPLICATE_ENTRY), net.jqwik.api.Tuple.of(1, Mutation.Kind.RAW_TRUNCATE),
                net.jqwik.api.Tuple.of(1, Mutation.Kind.RAW_INSERT), net.jqwik.api.Tuple.of(1, Mutation.Kind.RAW_DELETE),
                net.jqwik.api.Tuple.of(1, Mutation.Kind.RAW_DUPLICATE_LINE));
        Arbitrary<Mutation> mutation = Combinators.combine(
                kind,
                Arbitraries.integers().between(0, 1_000_000),
                Arbitraries.integers().between(0, 10_000)).as(Mutation::new);
        Arbitrary<FuzzBases> base = Arbitraries.frequency(
                net.jqwik.api.Tuple.of(3, FuzzBases.BASELINE), net.jqwik.api.Tuple.of(2, FuzzBases.MMC_QUEUE),
                net.jqwik.api.Tuple.of(2, FuzzBases.CONNECT), net.jqwik.api.Tuple.of(1, FuzzBases.AI_VARIANT),
                net.jqwik.api.Tuple.of(1, FuzzBases.WEST_VARIANT), net.jqwik.api.Tuple.of(2, FuzzBases.TINY_SNAPSHOT),
                net.jqwik.api.Tuple.of(2, FuzzBases.GENERATED_SNAPSHOT));
        return Combinators.combine(base, mutation.list().ofMinSize(1).ofMaxSize(3)).as(Case::new);
    }
}
