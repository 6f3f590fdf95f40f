package waitlist.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import waitlist.scenarios.io.Documents;
import waitlist.scenarios.io.InvalidDocumentException;
import waitlist.scenarios.io.Problem;

/** Reading scenario files: every rule with a bad file and the message a user sees. */
class ScenarioReaderTest {

    /** The bundled files are in the module folder, which is Surefire's working directory. */
    static final Path BASELINE = Path.of("reconnect-baseline.json").toAbsolutePath();

    @TempDir
    Path dir;

    /** A file extending the baseline with the given top-level fields (JSON text without braces). */
    private Path variant(String name, String fields) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, "{\n  \"extends\": \"" + BASELINE + "\",\n" + fields + "\n}\n");
        return file;
    }

    private static List<Problem> problems(Path file) {
        return catchThrowableOfType(InvalidDocumentException.class, () -> Scenarios.load(file)).problems();
    }

    private static Problem onlyProblem(Path file) {
        List<Problem> problems = problems(file);
        assertThat(problems).hasSize(1);
        return problems.getFirst();
    }

    @Test
    void bundledScenariosAllValidateAndMatchTheFolder() throws IOException {
        try (var files = Files.list(Path.of("."))) {
            List<String> onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList();
            assertThat(Scenarios.BUNDLED).containsExactlyInAnyOrderElementsOf(onDisk);
        }
        for (String name : Scenarios.BUNDLED) {
            assertThat(Scenarios.bundled(name).scenario().name()).isEqualTo(name);
        }
    }

    @Test
    void baselineCarriesThePublishedFiguresAndTheirSources() {
        LoadedScenario baseline = Scenarios.load(BASELINE);
        Scenario s = baseline.scenario();
        assertThat(s.demand().annualReferrals().value()).isEqualTo(660);
        assertThat(s.alliances()).extracting(Alliance::name).containsExactly(
                "South East Essex", "South West Essex", "Mid Essex", "North East Essex", "West Essex");
        assertThat(s.initialState().alliances().stream().mapToInt(AllianceState::inService).sum()).isEqualTo(880);
        assertThat(baseline.sources().noteFor("/demand/annualReferrals")).startsWith("published: 660");
        assertThat(baseline.sources().noteFor("/pathway/dropoutPerWeek")).startsWith("assumption");
        // A value with no note of its own takes the note of the object around it.
        assertThat(baseline.sources().noteFor("/pathway/intervention/groupSize")).startsWith("assumption: 85 %");
    }

    @Test
    void readWriteReadGivesTheSameScenario() throws IOException {
        for (String name : Scenarios.BUNDLED) {
            Scenario first = Scenarios.bundled(name).scenario();
            Path copy = dir.resolve(name + "-copy.json");
            Documents.write(first, copy);
            Scenario second = Scenarios.load(copy).scenario();
            assertThat(second).isEqualTo(first);
            assertThat(Documents.toJson(second)).isEqualTo(Files.readString(copy));
        }
    }

    @Test
    void extendsOverridesOnlyWhatTheVariantWrites() {
        Scenario ai = Scenarios.bundled("reconnect-ai-assessment").scenario();
        Scenario baseline = Scenarios.bundled("reconnect-baseline").scenario();
        assertThat(ai.pathway().firstAssessment().writeUpMinutes().value()).isEqualTo(20);
        assertThat(ai.pathway().firstAssessment().contactMinutes().value()).isEqualTo(75);
        assertThat(ai.workforce()).isEqualTo(baseline.workforce());
        assertThat(Scenarios.bundled("reconnect-extension-2030").extendsChain()).hasSize(2);
    }

    @Test
    void unknownFieldSuggestsTheNearestNameWithLineAndColumn() throws IOException {
        Path file = variant("typo.json", "  \"horizon\": { \"weeks\": 10, \"warmupWeeks\": 2 }");
        Problem p = onlyProblem(file);
        assertThat(p.file()).isEqualTo(file);
        assertThat(p.path()).isEqualTo("/horizon/warmupWeeks");
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.column()).isEqualTo(44); // the value's first character
        assertThat(p.message()).contains("unknown field \"warmupWeeks\"; did you mean \"warmUpWeeks\"?");
    }

    @Test
    void wrongTypeSaysWhatIsExpected() throws IOException {
        Problem p = onlyProblem(variant("type.json", "  \"demand\": { \"annualReferrals\": \"lots\" }"));
        assertThat(p.path()).isEqualTo("/demand/annualReferrals");
        assertThat(p.message()).isEqualTo("expected a number greater than 0 and at most 100000 (or {\"value\": ..., \"changes\": [{\"from\": date, \"value\": ...}]} "
                + "if it changes on dates), found a string (\"lots\")");
    }

    @Test
    void missingRequiredFieldIsNamed() throws IOException {
        Path file = dir.resolve("missing.json");
        Files.writeString(file, """
                {
                  "name": "m", "description": "d",
                  "horizon": { "start": "2027-01-04" },
                  "target": { "days": 42, "attainment": 0.95, "reportingPeriod": "quarter" },
                  "alliances": [ { "id": "mid", "name": "Mid Essex" } ],
                  "demand": { "annualReferrals": 100, "allianceShares": { "mid": 1 } },
                  "network": { "stages": { "a": { "servers": 1, "serviceDays": { "exponential": { "mean": 1 } } } }, "clockStopsAt": "a" }
                }
                """);
        Problem p = onlyProblem(file);
        assertThat(p.path()).isEqualTo("/horizon");
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).isEqualTo("missing required field \"weeks\" (a whole number greater than 0 and at most 1040)");
    }

    @Test
    void negativeOrZeroWhereNotAllowed() throws IOException {
        List<Problem> problems = problems(variant("neg.json",
                "  \"horizon\": { \"weeks\": 0 },\n  \"pathway\": { \"dropoutPerWeek\": 1.5 }"));
        assertThat(problems).extracting(Problem::path, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("/horizon/weeks", "must be greater than 0, found 0"),
                org.assertj.core.groups.Tuple.tuple("/pathway/dropoutPerWeek",
                        "must be a share between 0 and 1 (e.g. 0.08 for 8 %), found 1.5"));
    }

    @Test
    void sharesThatDoNotSumToOne() throws IOException {
        Problem p = onlyProblem(variant("shares.json", "  \"demand\": { \"allianceShares\": { \"west\": 0.25 } }"));
        assertThat(p.path()).isEqualTo("/demand/allianceShares");
        assertThat(p.message()).isEqualTo("shares sum to 1.1; they must sum to 1");
    }

    @Test
    void datesOutOfOrder() throws IOException {
        Problem p = onlyProblem(variant("dates.json", """
                  "demand": { "stepChanges": [ { "date": "2027-06-01", "factor": 1.2 }, { "date": "2027-03-01", "factor": 1.1 } ] }"""));
        assertThat(p.path()).isEqualTo("/demand/stepChanges/1/date");
        assertThat(p.message()).startsWith("dates out of order: 2027-03-01 is before 2027-06-01");
    }

    @Test
    void bookingCyclesAreWholeWeeks() throws IOException {
        Problem p = onlyProblem(variant("cycle.json", "  \"booking\": { \"policy\": \"first-come-first-served\", \"cycleDays\": 3 }"));
        assertThat(p.path()).isEqualTo("/booking/cycleDays");
        assertThat(p.message()).isEqualTo("booking cycles are whole weeks: use 7, 14, 21, ...; found 3");
    }

    @Test
    void allianceUsedButNotDefined() throws IOException {
        Problem p = onlyProblem(variant("alliance.json", """
                  "demand": { "stepChanges": [ { "date": "2027-06-01", "alliance": "thurrock", "factor": 1.2 } ] }"""));
        assertThat(p.path()).isEqualTo("/demand/stepChanges/0/alliance");
        assertThat(p.message()).isEqualTo("alliance \"thurrock\" is not defined; defined alliances: south-east, south-west, mid, north-east, west");
    }

    @Test
    void unknownEnumValueListsTheAllowedOnes() throws IOException {
        Problem p = onlyProblem(variant("enum.json", "  \"booking\": { \"policy\": \"fifo\" }"));
        assertThat(p.message()).isEqualTo("\"fifo\" is not allowed; use one of \"first-come-first-served\", \"priority-first\", \"solver\"");
    }

    @Test
    void badDateAndBadDistribution() throws IOException {
        List<Problem> problems = problems(variant("dist.json", """
                  "horizon": { "start": "2027-02-30" },
                  "pathway": { "intervention": { "lengthWeeks": { "weibull": { "shape": 2 } } } }"""));
        assertThat(problems).extracting(Problem::message).containsExactly(
                "\"2027-02-30\" is not a date written YYYY-MM-DD",
                "unknown field \"weibull\". Allowed here: fixed, exponential, lognormal, gamma, triangular, uniform, empirical");
    }

    @Test
    void threeMistakesGiveThreeLocatedMessages() throws IOException {
        Path file = variant("three.json", """
                  "horizon": { "weeks": -1 },
                  "target": { "dayz": 42 },
                  "booking": { "policy": "first-come-first-served", "cycleDays": "weekly" }""");
        List<Problem> problems = problems(file);
        assertThat(problems).hasSize(3);
        assertThat(problems).allSatisfy(p -> {
            assertThat(p.file()).isEqualTo(file);
            assertThat(p.line()).isPositive();
            assertThat(p.column()).isPositive();
            assertThat(p.path()).startsWith("/");
        });
        assertThat(problems).extracting(Problem::path).containsExactly("/horizon/weeks", "/target/dayz", "/booking/cycleDays");
    }

    @Test
    void problemInAnInheritedValuePointsIntoTheFileThatWroteIt() throws IOException {
        // Moving the start later leaves the baseline's FTE entries after it: the message locates the baseline's list.
        List<Problem> problems = problems(variant("late.json", "  \"horizon\": { \"start\": \"2026-12-28\" }"));
        assertThat(problems).extracting(Problem::path).containsExactly("/workforce/ot/fte", "/workforce/coach/fte");
        assertThat(problems).allSatisfy(p -> assertThat(p.file()).isEqualTo(BASELINE));
        assertThat(problems.getFirst().message()).startsWith("no FTE given on the horizon start 2026-12-28 for south-east, south-west, mid, north-east, west");
    }

    @Test
    void missingExtendsFile() throws IOException {
        Path file = dir.resolve("orphan.json");
        Files.writeString(file, "{\n  \"extends\": \"nowhere.json\"\n}\n");
        Problem p = onlyProblem(file);
        assertThat(p.path()).isEqualTo("/extends");
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.message()).startsWith("extends a file that does not exist: " + dir.resolve("nowhere.json"));
    }

    @Test
    void cyclicExtends() throws IOException {
        Files.writeString(dir.resolve("a.json"), "{ \"extends\": \"b.json\" }");
        Files.writeString(dir.resolve("b.json"), "{ \"extends\": \"a.json\" }");
        Problem p = onlyProblem(dir.resolve("a.json"));
        assertThat(p.message()).isEqualTo("extends forms a cycle: a.json -> b.json -> a.json; a scenario may not extend itself, directly or indirectly");
    }

    @Test
    void malformedJsonIsLocated() throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\n  \"name\": \"x\",\n  \"horizon\": { \"weeks\": 3,, }\n}\n");
        Problem p = onlyProblem(file);
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).startsWith("not valid JSON");
    }

    @Test
    void bothOrNeitherPathwayAndNetwork() throws IOException {
        Problem p = onlyProblem(variant("both.json", """
                  "network": { "stages": { "a": { "servers": 1, "serviceDays": { "fixed": { "value": 1 } } } }, "clockStopsAt": "a" }"""));
        assertThat(p.message()).isEqualTo("give \"pathway\" or \"network\", not both");
    }

    @Test
    void stageNetworkRules() throws IOException {
        Path file = dir.resolve("net.json");
        Files.writeString(file, """
                {
                  "extends": "%s",
                  "network": {
                    "stages": {
                      "a": { "after": ["c"], "servers": 1, "serviceDays": { "triangular": { "min": 3, "mode": 1, "max": 2 } } },
                      "b": { "after": ["a", "ghost"], "servers": 1, "serviceDays": { "fixed": { "value": 1 } } },
                      "c": { "after": ["b"], "servers": 1, "serviceDays": { "fixed": { "value": 1 } } }
                    },
                    "clockStopsAt": "b"
                  }
                }
                """.formatted(Path.of("mmc-queue.json").toAbsolutePath()));
        assertThat(problems(file)).extracting(Problem::message).containsExactlyInAnyOrder(
                "need min <= mode <= max with min < max; found min 3.0, mode 1.0, max 2.0",
                "stage \"ghost\" is not defined; stages: assessment, a, b, c",
                "the stages' \"after\" lists form a cycle: a -> c -> b -> a");
    }

    @Test
    void sourceNotesMayWrapAnyValue() throws IOException {
        LoadedScenario loaded = Scenarios.load(variant("noted.json",
                "  \"horizon\": { \"weeks\": { \"value\": 30, \"source\": \"board paper, May\" } }"));
        assertThat(loaded.scenario().horizon().weeks()).isEqualTo(30);
        assertThat(loaded.sources().noteFor("/horizon/weeks")).isEqualTo("board paper, May");
    }

    @Test
    void noStackTraceMaterialInMessages() {
        assertThatThrownBy(() -> Scenarios.load(dir.resolve("absent.json")))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageEndingWith("no such file");
    }
}
