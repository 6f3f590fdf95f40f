package waitlist.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import waitlist.scenarios.io.InvalidDocumentException;
import waitlist.scenarios.io.Problem;
import waitlist.scenarios.io.ValueOverride;

/** Files people actually produce: byte-order marks, repeated keys, non-JSON, hostile extends, absurd sizes. */
class HardenedReadingTest {

    static final Path BASELINE = Path.of("reconnect-baseline.json").toAbsolutePath();

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private Path variant(String fields) throws IOException {
        return file("v.json", "{\n  \"extends\": \"reconnect-baseline\",\n" + fields + "\n}\n");
    }

    private static List<Problem> problems(Path file, String... sets) {
        return catchThrowableOfType(InvalidDocumentException.class,
                () -> Scenarios.load(file, ValueOverride.parseAll(List.of(sets)))).problems();
    }

    private static Problem onlyProblem(Path file, String... sets) {
        List<Problem> problems = problems(file, sets);
        assertThat(problems).as(problems.toString()).hasSize(1);
        return problems.getFirst();
    }

    @Test
    void aByteOrderMarkIsAccepted() throws IOException {
        Path file = dir.resolve("bom.json");
        Files.write(file, ("\uFEFF{ \"extends\": \"reconnect-baseline\", \"name\": \"with-bom\" }").getBytes(StandardCharsets.UTF_8));
        assertThat(Scenarios.load(file).scenario().name()).isEqualTo("with-bom");
    }

    @Test
    void aKeyWrittenTwiceIsAnErrorAtTheSecondOne() throws IOException {
        Problem p = onlyProblem(variant("  \"name\": \"a\",\n  \"horizon\": { \"weeks\": 10,\n    \"weeks\": 20 }"));
        assertThat(p.line()).isEqualTo(5);
        assertThat(p.message()).isEqualTo("not valid JSON: \"weeks\" is written twice in this object; JSON keeps only one of the two, so remove the other");
    }

    @Test
    void syntaxErrorsAreInPlainWordsWithoutTheLibrarysNames() throws IOException {
        String[][] cases = {
                {"{ \"name\": NaN }", "NaN is not a number JSON allows"},
                {"{ \"name\": \"a\", }", "a comma before } is not allowed"},
                {"{ 'name': 1 }", "field names need double quotes"},
                {"{ \"name\": 007 }", "a number may not start with 0"},
                {"{ \"name\": tru }", "unexpected word 'tru'"},
                {"{ \"name\": \"a\" } {}", "more text after the end of the JSON"},
                {"{ // note\n }", "comments are not allowed in JSON"},
                {"{ \"name\": [1, 2 }", "found } where ] should close the list"},
                {"{ \"name\": +1 }", "a number may not start with +"},
                {"{ \"name\": \"a", "the file ends inside a string"},
        };
        for (String[] c : cases) {
            Problem p = onlyProblem(file("bad.json", c[0]));
            assertThat(p.message()).as(c[0]).contains(c[1])
                    .doesNotContainIgnoringCase("feature").doesNotContain("`").doesNotContain("jackson").doesNotContain("JsonNode");
            assertThat(p.line()).as(c[0]).isPositive();
        }
    }

    @Test
    void aFileThatIsNotJsonIsRefusedWithoutQuotingIt() throws IOException {
        Path secret = file("secret.json", "root:x:0:0:root:/root:/bin/bash\n");
        Problem p = onlyProblem(secret);
        assertThat(p.message()).isEqualTo("not a JSON scenario or snapshot file: it does not start with {");
        Path notUtf8 = dir.resolve("latin1.json");
        Files.write(notUtf8, new byte[] {'{', '"', (byte) 0xE9, '"', ':', '1', '}'});
        assertThat(onlyProblem(notUtf8).message()).isEqualTo("not UTF-8 text; save the file as UTF-8");
    }

    @Test
    void extendsTakesABundledNameOrAJsonFileAndNeverEchoesAnotherFile() throws IOException {
        Files.writeString(dir.resolve("passwd"), "root:x:0:0:secret-word\n");
        Files.writeString(dir.resolve("passwd.json"), "root:x:0:0:secret-word\n");
        Problem noSuffix = onlyProblem(file("a.json", "{ \"extends\": \"passwd\" }"));
        assertThat(noSuffix.message()).startsWith("no bundled scenario is called \"passwd\"");
        Problem path = onlyProblem(file("b.json", "{ \"extends\": \"./passwd\" }"));
        assertThat(path.message()).contains("does not end in .json");
        Problem disguised = onlyProblem(file("c.json", "{ \"extends\": \"passwd.json\" }"));
        assertThat(disguised.file()).isEqualTo(dir.resolve("passwd.json"));
        assertThat(disguised.message()).isEqualTo("not a JSON scenario or snapshot file: it does not start with {");
        for (Problem p : List.of(noSuffix, path, disguised)) {
            assertThat(p.toString()).doesNotContain("root").doesNotContain("secret");
        }
        assertThat(Scenarios.load(variant("  \"name\": \"by-name\"")).extendsChain()).hasSize(2);
    }

    @Test
    void aProblemInsideANotedListPointsAtTheItemNotTheListsStart() throws IOException {
        Path file = variant("""
                  "pathway": {
                    "priorities": {
                      "value": [
                        { "name": "urgent", "share": 0.10 },
                        { "name": "routine", "share": "most" }
                      ],
                      "source": "assumption"
                    }
                  }""");
        Problem p = onlyProblem(file);
        assertThat(p.path()).isEqualTo("/pathway/priorities/1/share");
        assertThat(p.line()).isEqualTo(7);
        assertThat(p.column()).isEqualTo(37); // the "most", not the list
    }

    @Test
    void datedListsMergeByDateAndAlliance() throws IOException {
        Scenario s = Scenarios.load(variant("""
                  "workforce": { "ot": { "fte": [
                    { "from": "2027-07-05", "alliance": "west", "fte": 1.7 },
                    { "from": "2027-01-04", "alliance": "mid", "fte": 1.4 },
                    { "from": "2027-01-04", "alliance": "north-east", "remove": true },
                    { "from": "2026-12-28", "alliance": "north-east", "fte": 0.9 }
                  ] } }""")).scenario();
        assertThat(s.workforce().ot().fte()).extracting(c -> c.from() + " " + c.alliance() + " " + c.fte()).containsExactly(
                "2026-12-28 north-east 0.9",
                "2027-01-04 south-east 1.05",
                "2027-01-04 south-west 1.05",
                "2027-01-04 mid 1.4",
                "2027-01-04 west 0.75",
                "2027-07-05 west 1.7");
        // The coach list, not written, is inherited whole.
        assertThat(s.workforce().coach()).isEqualTo(Scenarios.bundled("reconnect-baseline").scenario().workforce().coach());
    }

    @Test
    void aDatedListWrittenAsAValueMergesLikeAPlainOne() throws IOException {
        // The baseline notes its FTE list ({"value": [...], "source": ...}); a variant that writes {"value": [...]}
        // over it, with or without a note of its own, changes only the entries it names.
        for (String note : List.of("", ", \"source\": \"one more OT in Mid\"")) {
            Scenario s = Scenarios.load(variant("""
                      "workforce": { "ot": { "fte": { "value": [ { "from": "2027-01-04", "alliance": "mid", "fte": 1.3 } ]%s } } }"""
                    .formatted(note))).scenario();
            assertThat(s.workforce().ot().fte()).as(note).extracting(c -> c.alliance() + " " + c.fte()).containsExactly(
                    "south-east 1.05", "south-west 1.05", "mid 1.3", "north-east 1.05", "west 0.75");
        }
    }

    @Test
    void aVariantMayGiveADistributionAnotherFamily() throws IOException {
        Scenario s = Scenarios.load(variant("""
                  "pathway": { "triage": { "delayDays": { "lognormal": { "mean": 4, "sd": 2 } } } }""")).scenario();
        assertThat(s.pathway().triage().delayDays()).isEqualTo(new Distribution.Lognormal(4, 2));
    }

    @Test
    void removingAnEntryThatIsNotInheritedSaysSo() throws IOException {
        Problem p = onlyProblem(variant("""
                  "workforce": { "ot": { "fte": [ { "from": "2030-01-06", "alliance": "west", "remove": true } ] } }"""));
        assertThat(p.path()).isEqualTo("/workforce/ot/fte/5/remove");
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).startsWith("nothing to remove: \"remove\" takes out an entry inherited through \"extends\" with the same from and alliance");
    }

    @Test
    void setValuesAreCheckedAndLocatedByTheirFlag() throws IOException {
        Path plain = variant("  \"name\": \"v\"");
        assertThat(onlyProblem(plain, "/workforce/ot/fte/2/fte=abc")).hasToString(
                "--set /workforce/ot/fte/2/fte=abc: expected a number from 0 to 10000, found a string (\"abc\")");
        assertThat(onlyProblem(plain, "/workforce/ot/fte/7/fte=1")).hasToString(
                "--set /workforce/ot/fte/7/fte=1: /workforce/ot/fte has 5 entries (0 to 4)");
        assertThat(problems(plain, "/horizon={\"weeks\": 0}")).extracting(Problem::toString).containsExactlyInAnyOrder(
                "--set /horizon={\"weeks\": 0}: missing required field \"start\" (a date written YYYY-MM-DD)",
                "--set /horizon={\"weeks\": 0}: /horizon/weeks: must be greater than 0, found 0");
        assertThat(onlyProblem(plain, "horizon/weeks=3").toString()).startsWith("--set horizon/weeks=3: expected /json/pointer=value");
        // a path through objects that do not exist is the flag's mistake, located at the flag, not at the file's first line
        assertThat(onlyProblem(plain, "/nosuch/x=1").toString()).startsWith("--set /nosuch/x=1: /nosuch: unknown field \"nosuch\"");
        LoadedScenario set = Scenarios.load(plain, ValueOverride.parseAll(List.of("/horizon/weeks=104", "/booking/policy=priority-first",
                "/workforce/ot/fte/-={\"from\": \"2027-06-07\", \"alliance\": \"west\", \"fte\": 2}")));
        assertThat(set.scenario().horizon().weeks()).isEqualTo(104);
        assertThat(set.scenario().bookingOrDefault().policy()).isEqualTo(BookingPolicy.PRIORITY_FIRST);
        assertThat(set.scenario().workforce().ot().fte()).hasSize(6);
        assertThat(set.sources().noteFor("/horizon/weeks")).isEqualTo("set on the command line: --set /horizon/weeks=104");
    }

    @Test
    void everyCountRateAndDurationHasAnUpperBound() throws IOException {
        List<Problem> problems = problems(variant("  \"name\": \"v\""),
                "/demand/annualReferrals=1e308", "/demand/growthPerYear=2.0", "/horizon/weeks=99999999999",
                "/horizon/start=0001-01-01", "/pathway/intervention/groupSize=1e9", "/workforce/ot/hoursPerWeek=200");
        assertThat(problems).extracting(Problem::path, Problem::message).containsExactlyInAnyOrder(
                tuple("/demand/annualReferrals", "must be at most 100000, found 1.0E308"),
                tuple("/demand/growthPerYear", "must be at most 1, found 2.0"),
                tuple("/horizon/weeks", "must be at most 1040, found 99999999999"),
                tuple("/horizon/start", "must be a date from 1900-01-01 to 2199-12-31, found 0001-01-01"),
                tuple("/pathway/intervention/groupSize", "must be at most 1000, found 1.0E9"),
                tuple("/workforce/ot/hoursPerWeek", "must be at most 168, found 200"));
    }

    @Test
    void aScenarioTooBigForOneRunIsRefusedAtOnce() throws IOException {
        Problem p = onlyProblem(variant("  \"name\": \"v\""), "/demand/annualReferrals=100000", "/demand/growthPerYear=1",
                "/horizon/weeks=520");
        assertThat(p.path()).isEqualTo("/demand");
        assertThat(p.message()).startsWith("this scenario expects about ").contains("referrals over its 520 weeks; at most 2,000,000 people fit in one run");
    }
}
