package waitlist.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import waitlist.scenarios.io.InvalidDocumentException;
import waitlist.scenarios.io.Problem;

/** Today's list person by person in a scenario file: how it reads, and the message for each mistake. */
class InitialStateReaderTest {

    static final Path BASELINE = Path.of("reconnect-baseline.json").toAbsolutePath();

    @TempDir
    Path dir;

    /** A variant of the baseline (horizon start 2027-01-04) whose initial state has the given alliances list. */
    private Path variant(String alliances) throws IOException {
        Path file = dir.resolve("today.json");
        Files.writeString(file, "{\n  \"extends\": \"" + BASELINE + "\",\n  \"initialState\": {\"alliances\": [\n" + alliances + "\n  ]}\n}\n");
        return file;
    }

    private static List<Problem> problems(Path file) {
        return catchThrowableOfType(InvalidDocumentException.class, () -> Scenarios.load(file)).problems();
    }

    @Test
    void peopleByPersonReplaceTheInheritedCounts() throws IOException {
        Path file = variant("""
                    {"alliance": "mid",
                     "waiting": [{"id": "R1", "referred": "2026-12-01", "priority": "urgent"},
                                 {"referred": "2027-01-04", "status": "in-triage"}],
                     "awaitingPlace": [{"id": "R2", "referred": "2026-10-01", "assessed": "2026-12-20"}],
                     "caseload": [{"id": "R3", "started": "2025-05-01", "mode": "one-to-one"}, {"started": "2026-01-10"}]}""");
        Scenario s = Scenarios.load(file).scenario();
        assertThat(s.initialState().alliances()).hasSize(1);
        AllianceState mid = s.initialState().alliances().getFirst();
        assertThat(mid.waitingByWeeksWaited()).isNull();
        assertThat(mid.inService()).isZero();
        assertThat(mid.waiting()).containsExactly(
                new WaitingPerson("R1", LocalDate.of(2026, 12, 1), "urgent", null),
                new WaitingPerson(null, LocalDate.of(2027, 1, 4), null, WaitingStatus.IN_TRIAGE));
        assertThat(mid.waiting().get(0).statusOrDefault()).isEqualTo(WaitingStatus.WAITING);
        assertThat(mid.awaitingPlace()).containsExactly(new AssessedPerson("R2", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 20)));
        assertThat(mid.caseload()).extracting(PersonInService::mode).containsExactly(InterventionMode.ONE_TO_ONE, null);
    }

    @Test
    void aPersonOfTheWrongShapeIsLocated() throws IOException {
        Path file = variant("""
                    {"alliance": "mid",
                     "caseload": [{"started": "2027-01-05", "mode": "solo"}, {"referred": "2026-01-01"}]}""");
        assertThat(problems(file)).extracting(Problem::line, Problem::path, Problem::message).containsExactly(
                tuple(5, "/initialState/alliances/0/caseload/0/mode", "\"solo\" is not allowed; use one of \"group\", \"one-to-one\""),
                tuple(5, "/initialState/alliances/0/caseload/1", "missing required field \"started\" (a date written YYYY-MM-DD)"));
    }

    @Test
    void everyBrokenRuleIsLocated() throws IOException {
        Path file = variant("""
                    {"alliance": "mid", "waitingByWeeksWaited": [1, 2], "inService": 4,
                     "waiting": [{"id": "R1", "referred": "2027-02-01", "priority": "high"}],
                     "awaitingPlace": [{"id": "R1", "referred": "2026-12-21", "assessed": "2026-12-20"}],
                     "caseload": [{"started": "2027-01-05"}]},
                    {"alliance": "mid"},
                    {"alliance": "east"}""");
        assertThat(problems(file)).extracting(Problem::line, Problem::path, Problem::message).containsExactly(
                tuple(5, "/initialState/alliances/0/waiting",
                        "give the waiting list either as counts (waitingByWeeksWaited) or person by person (waiting), not both"),
                tuple(5, "/initialState/alliances/0/waiting/0/referred",
                        "referred 2027-02-01 is after the horizon start 2027-01-04; today's list holds only what happened by then"),
                tuple(5, "/initialState/alliances/0/waiting/0/priority",
                        "\"high\" is not a priority class of /pathway/priorities; use one of urgent, routine"),
                tuple(6, "/initialState/alliances/0/awaitingPlace/0/id",
                        "id \"R1\" is also used at /initialState/alliances/0/waiting/0; each person is listed once"),
                tuple(6, "/initialState/alliances/0/awaitingPlace/0/referred",
                        "referred 2026-12-21 is after their first assessment on 2026-12-20; today's list holds only what happened by then"),
                tuple(7, "/initialState/alliances/0/caseload",
                        "give the caseload either as a count (inService) or person by person (caseload), not both"),
                tuple(7, "/initialState/alliances/0/caseload/0/started",
                        "started 2027-01-05 is after the horizon start 2027-01-04; today's list holds only what happened by then"),
                tuple(8, "/initialState/alliances/1/alliance", "alliance \"mid\" is listed twice"),
                tuple(9, "/initialState/alliances/2/alliance",
                        "alliance \"east\" is not defined; defined alliances: south-east, south-west, mid, north-east, west"));
    }

    @Test
    void aStageNetworkHasNoInitialState() throws IOException {
        Path file = dir.resolve("net.json");
        Files.writeString(file, "{\"extends\": \"" + Path.of("mmc-queue.json").toAbsolutePath() + "\",\n"
                + "\"initialState\": {\"alliances\": [{\"alliance\": \"county\", \"inService\": 3}]}}\n");
        assertThat(problems(file)).extracting(Problem::path, Problem::message).containsExactly(
                tuple("/initialState", "the stage network starts empty; \"initialState\" applies to \"pathway\" scenarios only"));
    }
}
