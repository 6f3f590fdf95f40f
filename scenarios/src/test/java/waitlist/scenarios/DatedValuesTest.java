package waitlist.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import waitlist.scenarios.io.Documents;
import waitlist.scenarios.io.InvalidDocumentException;
import waitlist.scenarios.io.Problem;
import waitlist.scenarios.io.ValueOverride;

/** Values that change on dates: how they read, merge through extends, fail validation and are written back. */
class DatedValuesTest {

    static final Path BASELINE = Path.of("reconnect-baseline.json").toAbsolutePath();

    @TempDir
    Path dir;

    private Path file(String name, String json) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, json);
        return file;
    }

    /** A file extending the baseline whose first assessment is the given fields. */
    private Path firstAssessment(String name, String fields) throws IOException {
        return file(name, "{\n  \"extends\": \"" + BASELINE + "\",\n  \"pathway\": {\"firstAssessment\": {\n" + fields + "\n  }}\n}\n");
    }

    private static FirstAssessment read(Path file) {
        return Scenarios.load(file).scenario().pathway().firstAssessment();
    }

    private static List<Problem> problems(Path file) {
        return catchThrowableOfType(InvalidDocumentException.class, () -> Scenarios.load(file)).problems();
    }

    @Test
    void aPlainNumberNeverChanges() {
        FirstAssessment fa = Scenarios.load(BASELINE).scenario().pathway().firstAssessment();
        assertThat(fa.writeUpMinutes()).isEqualTo(Dated.of(45));
        assertThat(fa.otMinutes(LocalDate.of(2099, 1, 1))).isEqualTo(150);
    }

    @Test
    void aChangeAppliesFromItsDateInclusive() throws IOException {
        FirstAssessment fa = read(firstAssessment("scribe.json", """
                "writeUpMinutes": {"value": 45, "changes": [
                  {"from": "2026-06-01", "value": 20, "source": "assumption: the scribe from June"},
                  {"from": "2027-01-04", "value": 15}]},
                "didNotAttendShare": {"value": 0.08, "changes": [{"from": "2026-09-01", "value": 0.12}]}"""));
        assertThat(fa.writeUpMinutes().at(LocalDate.of(2026, 5, 31))).isEqualTo(45);
        assertThat(fa.writeUpMinutes().at(LocalDate.of(2026, 6, 1))).isEqualTo(20);
        assertThat(fa.writeUpMinutes().at(LocalDate.of(2027, 1, 3))).isEqualTo(20);
        assertThat(fa.writeUpMinutes().at(LocalDate.of(2027, 1, 4))).isEqualTo(15);
        assertThat(fa.otMinutes(LocalDate.of(2026, 7, 1))).isEqualTo(75 + 30 + 20);
        assertThat(fa.didNotAttendShare(LocalDate.of(2026, 8, 31))).isEqualTo(0.08);
        assertThat(fa.didNotAttendShare(LocalDate.of(2026, 9, 1))).isEqualTo(0.12);
    }

    @Test
    void theSourceNoteOfAChangeIsKept() throws IOException {
        Path f = firstAssessment("noted.json", """
                "writeUpMinutes": {"value": 45, "changes": [{"from": "2026-06-01", "value": 20, "source": "assumption: the scribe from June"}]}""");
        assertThat(Scenarios.load(f).sources().byPointer())
                .containsEntry("/pathway/firstAssessment/writeUpMinutes/changes/0", "assumption: the scribe from June");
    }

    @Test
    void aVariantStatesOnlyItsChangeOverAnInheritedNumber() throws IOException {
        FirstAssessment fa = read(firstAssessment("only-change.json", """
                "writeUpMinutes": {"changes": [{"from": "2026-06-01", "value": 20}]}"""));
        assertThat(fa.writeUpMinutes()).isEqualTo(new Dated(45, List.of(new Dated.Change(LocalDate.of(2026, 6, 1), 20))));
    }

    @Test
    void changesMergeByDateThroughExtends() throws IOException {
        Path base = firstAssessment("base.json", """
                "writeUpMinutes": {"value": 45, "changes": [{"from": "2026-06-01", "value": 20}, {"from": "2027-01-04", "value": 15}]}""");
        Path variant = file("variant.json", """
                {"extends": "base.json", "pathway": {"firstAssessment": {"writeUpMinutes": {"changes": [
                  {"from": "2027-01-04", "remove": true},
                  {"from": "2026-06-01", "value": 25},
                  {"from": "2026-03-02", "value": 40}]}}}}
                """);
        assertThat(read(variant).writeUpMinutes()).isEqualTo(new Dated(45, List.of(
                new Dated.Change(LocalDate.of(2026, 3, 2), 40), new Dated.Change(LocalDate.of(2026, 6, 1), 25))));
    }

    @Test
    void aPlainNumberOverADatedValueReplacesItWhole() throws IOException {
        Path base = firstAssessment("base.json", """
                "writeUpMinutes": {"value": 45, "changes": [{"from": "2026-06-01", "value": 20}]}""");
        Path plain = file("plain.json", """
                {"extends": "base.json", "pathway": {"firstAssessment": {"writeUpMinutes": 30}}}""");
        Path noted = file("noted.json", """
                {"extends": "base.json", "pathway": {"firstAssessment": {"writeUpMinutes": {"value": 30, "source": "assumption"}}}}""");
        assertThat(read(plain).writeUpMinutes()).isEqualTo(Dated.of(30));
        assertThat(read(noted).writeUpMinutes()).isEqualTo(Dated.of(30));
        assertThat(base).exists();
    }

    @Test
    void everyBadChangeIsLocated() throws IOException {
        Path f = firstAssessment("bad.json", """
                "writeUpMinutes": {"value": 45, "changes": [{"from": "2026-06-01", "value": 2000}, {"from": "2026-06-01", "value": 20},
                                   {"from": "2026-01-01", "value": 20}, {"from": "June", "value": 20}, {"value": 3}, {"from": "2026-09-01", "valu": 3}]},
                "didNotAttendShare": {"value": 0.08, "changes": [{"from": "2026-06-01", "value": 1.5}], "chnages": []}""");
        List<String> shown = problems(f).stream().map(p -> p.line() + " " + p.path() + ": " + p.message()).toList();
        assertThat(shown).containsExactlyInAnyOrder(
                "4 /pathway/firstAssessment/writeUpMinutes/changes/0/value: must be at most 1440, found 2000",
                "4 /pathway/firstAssessment/writeUpMinutes/changes/1/from: a second change from 2026-06-01; give one value a date",
                "5 /pathway/firstAssessment/writeUpMinutes/changes/2/from: dates out of order: 2026-01-01 comes after 2026-06-01; list changes oldest first",
                "5 /pathway/firstAssessment/writeUpMinutes/changes/3/from: \"June\" is not a date written YYYY-MM-DD",
                "5 /pathway/firstAssessment/writeUpMinutes/changes/4: missing required field \"from\" (a date written YYYY-MM-DD: the change applies from that day on)",
                "5 /pathway/firstAssessment/writeUpMinutes/changes/5: missing required field \"value\" (a number from 0 to 1440)",
                "5 /pathway/firstAssessment/writeUpMinutes/changes/5/valu: unknown field \"valu\"; did you mean \"value\"? Allowed here: from, value",
                "6 /pathway/firstAssessment/didNotAttendShare/changes/0/value: must be a share between 0 and 1 (e.g. 0.08 for 8 %), found 1.5",
                "6 /pathway/firstAssessment/didNotAttendShare/chnages: unknown field \"chnages\"; did you mean \"changes\"? Allowed here: value, changes");
    }

    @Test
    void aDatedValueWithNothingToInheritNeedsItsValue() {
        List<Problem> problems = catchThrowableOfType(InvalidDocumentException.class, () -> Scenarios.load(BASELINE,
                List.of(ValueOverride.parse("/pathway/firstAssessment/travelMinutes={\"changes\": []}")))).problems();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/pathway/firstAssessment/travelMinutes");
            assertThat(p.message()).isEqualTo("missing required field \"value\" (a number from 0 to 1440: the value before the first change)");
        });
    }

    @Test
    void aDatedValueIsWrittenBackAsReadAndAPlainOneStaysPlain() throws IOException {
        Path f = firstAssessment("scribe.json", """
                "writeUpMinutes": {"value": 45, "changes": [{"from": "2026-06-01", "value": 20}]}""");
        Scenario s = Scenarios.load(f).scenario();
        String json = Documents.toJson(s);
        assertThat(json).contains("\"writeUpMinutes\": {\n").contains("\"contactMinutes\": 75.0");
        Path back = file("back.json", json);
        assertThat(Scenarios.load(back).scenario()).isEqualTo(s);
    }

    @Test
    void aChangeCanBeSetOnTheCommandLine() throws IOException {
        Path f = firstAssessment("scribe.json", """
                "writeUpMinutes": {"value": 45, "changes": [{"from": "2026-06-01", "value": 20}]}""");
        FirstAssessment fa = Scenarios.load(f, List.of(ValueOverride.parse("/pathway/firstAssessment/writeUpMinutes/changes/0/value=25")))
                .scenario().pathway().firstAssessment();
        assertThat(fa.writeUpMinutes().at(LocalDate.of(2026, 7, 1))).isEqualTo(25);
    }

    @Test
    void aDatedVolumeRestatesTheLevelAndGrowthRunsFromItsDate() throws IOException {
        Path f = file("volume.json", "{\"extends\": \"" + BASELINE + "\", \"demand\": {\"growthPerYear\": 0.1,"
                + " \"annualReferrals\": {\"value\": 600, \"changes\": [{\"from\": \"2028-01-01\", \"value\": 900}]}}}");
        Scenario s = Scenarios.load(f).scenario();
        LocalDate start = s.horizon().start();
        Demand d = s.demand();
        LocalDate before = LocalDate.of(2027, 12, 31);
        LocalDate after = LocalDate.of(2028, 7, 1);
        assertThat(d.annualReferrals().at(before)).isEqualTo(600);
        assertThat(d.growthDays(before, start)).isEqualTo(java.time.temporal.ChronoUnit.DAYS.between(start, before));
        assertThat(d.annualReferrals().at(after)).isEqualTo(900);
        assertThat(d.growthDays(after, start)).isEqualTo(182); // 1 January to 1 July 2028, a leap year
    }
}
