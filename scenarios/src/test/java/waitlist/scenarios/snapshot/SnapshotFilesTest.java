package waitlist.scenarios.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import waitlist.scenarios.io.InvalidDocumentException;

/** A snapshot reads back as written, and a broken one is refused with every problem located. */
class SnapshotFilesTest {

    @TempDir
    Path dir;

    private static final String GOOD = """
            {
              "name": "tiny",
              "horizon": {"start": "2026-03-02", "end": "2026-03-06"},
              "otSlotMinutes": 150,
              "alliances": [{"id": "mid", "name": "Mid Essex"}],
              "practitioners": [
                {"id": "ot-1", "role": "ot", "homeAlliance": "mid", "skills": ["learning-disability"],
                 "workingDays": ["MONDAY", "TUESDAY"], "dayStart": "09:00", "dayEnd": "17:00", "maxAppointmentsPerDay": 3},
                {"id": "coach-1", "role": "coach", "homeAlliance": "mid",
                 "workingDays": ["MONDAY"], "dayStart": "09:00", "dayEnd": "17:00", "maxAppointmentsPerDay": 1}
              ],
              "venues": [{"id": "pool", "alliance": "mid", "facilities": ["pool-pod"]}],
              "groupSessions": [
                {"id": "swim-1", "venue": "pool", "coach": "coach-1", "date": "2026-03-02", "start": "10:00",
                 "minutes": 75, "activity": "swimming", "capacity": 8, "alreadyBooked": 6, "needs": "pool-pod"}
              ],
              "demand": {
                "referrals": [{"id": "R1", "referred": "2026-01-20", "alliance": "mid", "priority": "urgent",
                               "needs": ["learning-disability"], "unavailable": ["2026-03-03"], "prefers": "morning"}],
                "reviews": [{"id": "V1", "client": "C1", "alliance": "mid", "due": "2026-03-04", "assessedBy": "ot-1"}],
                "interventionStarts": [{"id": "S1", "client": "C2", "alliance": "mid", "ready": "2026-02-20", "activity": "swimming"}]
              }
            }
            """;

    private Path file(String json) throws IOException {
        Path f = dir.resolve("snapshot.json");
        Files.writeString(f, json);
        return f;
    }

    @Test
    void readsAGoodSnapshotAndWritesItBackStably() throws IOException {
        Snapshot s = SnapshotFiles.read(file(GOOD));
        assertThat(s.demand().referrals()).singleElement().satisfies(r -> {
            assertThat(r.priority()).isEqualTo(Priority.URGENT);
            assertThat(r.needs()).containsExactly(Skill.LEARNING_DISABILITY);
        });
        Path again = dir.resolve("again.json");
        SnapshotFiles.write(s, again);
        assertThat(SnapshotFiles.read(again)).isEqualTo(s);
        assertThat(SnapshotFiles.toJson(SnapshotFiles.read(again))).isEqualTo(Files.readString(again));
    }

    @Test
    void undefinedReferencesAreReportedWithTheirJsonPath() throws IOException {
        String bad = GOOD.replace("\"alliance\": \"mid\", \"priority\"", "\"alliance\": \"mars\", \"priority\"")
                .replace("\"assessedBy\": \"ot-1\"", "\"assessedBy\": \"coach-1\"")
                .replace("\"coach\": \"coach-1\"", "\"coach\": \"nobody\"");
        assertThatThrownBy(() -> SnapshotFiles.read(file(bad)))
                .isInstanceOf(InvalidDocumentException.class)
                .satisfies(e -> assertThat(((InvalidDocumentException) e).problems())
                        .anySatisfy(p -> {
                            assertThat(p.path()).isEqualTo("/demand/referrals/0/alliance");
                            assertThat(p.message()).contains("alliance 'mars' is not defined");
                            assertThat(p.line()).isPositive();
                        })
                        .anySatisfy(p -> assertThat(p.path()).isEqualTo("/demand/reviews/0/assessedBy"))
                        .anySatisfy(p -> assertThat(p.path()).isEqualTo("/groupSessions/0/coach")));
    }

    @Test
    void shapeErrorsAreReportedToo() throws IOException {
        String bad = GOOD.replace("\"priority\": \"urgent\"", "\"priority\": \"asap\"")
                .replace("\"otSlotMinutes\": 150,", "");
        assertThatThrownBy(() -> SnapshotFiles.read(file(bad)))
                .isInstanceOf(InvalidDocumentException.class)
                .satisfies(e -> assertThat(((InvalidDocumentException) e).problems())
                        .anySatisfy(p -> assertThat(p.path()).isEqualTo("/demand/referrals/0/priority"))
                        .anySatisfy(p -> assertThat(p.toString()).contains("otSlotMinutes")));
    }

    @Test
    void datesOutsideTheHorizonAndDuplicateIdsAreRefused() throws IOException {
        String bad = GOOD.replace("\"date\": \"2026-03-02\"", "\"date\": \"2026-04-02\"")
                .replace("\"id\": \"V1\"", "\"id\": \"R1\"");
        assertThatThrownBy(() -> SnapshotFiles.read(file(bad)))
                .satisfies(e -> assertThat(((InvalidDocumentException) e).problems())
                        .anySatisfy(p -> assertThat(p.message()).contains("outside the horizon"))
                        .anySatisfy(p -> assertThat(p.message()).contains("demand id 'R1' is used twice")));
    }

    @Test
    void aSessionOutsideItsCoachsDaysOrHoursOrOnAClosedDayIsAnError() throws IOException {
        String saturday = GOOD.replace("\"date\": \"2026-03-02\", \"start\": \"10:00\"", "\"date\": \"2026-03-07\", \"start\": \"10:00\"")
                .replace("\"end\": \"2026-03-06\"", "\"end\": \"2026-03-08\"");
        assertThatThrownBy(() -> SnapshotFiles.read(file(saturday)))
                .satisfies(e -> assertThat(((InvalidDocumentException) e).problems()).anySatisfy(p -> {
                    assertThat(p.path()).isEqualTo("/groupSessions/0/date");
                    assertThat(p.message()).contains("outside its coach's working pattern", "does not work on Saturdays");
                }));
        String late = GOOD.replace("\"start\": \"10:00\"", "\"start\": \"16:30\"");
        assertThatThrownBy(() -> SnapshotFiles.read(file(late)))
                .satisfies(e -> assertThat(((InvalidDocumentException) e).problems()).anySatisfy(p -> {
                    assertThat(p.path()).isEqualTo("/groupSessions/0/start");
                    assertThat(p.message()).contains("finishes work at 17:00");
                }));
        String closedVenue = GOOD.replace("\"facilities\": [\"pool-pod\"]}", "\"facilities\": [\"pool-pod\"], \"openDays\": [\"TUESDAY\"], \"closes\": \"20:00\"}");
        assertThatThrownBy(() -> SnapshotFiles.read(file(closedVenue)))
                .satisfies(e -> assertThat(((InvalidDocumentException) e).problems())
                        .anySatisfy(p -> assertThat(p.message()).contains("venue 'pool' is not open on Mondays")));
        String holiday = GOOD.replace("\"horizon\": {\"start\": \"2026-03-02\", \"end\": \"2026-03-06\"}",
                "\"horizon\": {\"start\": \"2026-03-02\", \"end\": \"2026-03-06\"}, \"closedDays\": [\"2026-03-02\"]");
        assertThatThrownBy(() -> SnapshotFiles.read(file(holiday)))
                .satisfies(e -> assertThat(((InvalidDocumentException) e).problems())
                        .anySatisfy(p -> assertThat(p.message()).contains("when the service is closed")));
    }

    @Test
    void anOtWhoseDayIsShorterThanOneSlotIsAnError() throws IOException {
        String shortDay = GOOD.replace("\"dayStart\": \"09:00\", \"dayEnd\": \"17:00\", \"maxAppointmentsPerDay\": 3",
                "\"dayStart\": \"09:00\", \"dayEnd\": \"10:00\", \"maxAppointmentsPerDay\": 3");
        assertThatThrownBy(() -> SnapshotFiles.read(file(shortDay)))
                .satisfies(e -> assertThat(((InvalidDocumentException) e).problems())
                        .anySatisfy(p -> assertThat(p.message()).contains("shorter than one 150-minute OT slot")));
    }

    @Test
    void bankHolidaysOfEnglandAndWalesAndTheChristmasClosureAreClosedByDefault() {
        assertThat(ServiceCalendar.bankHolidays(2026)).containsOnlyKeys(java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 4, 3),
                java.time.LocalDate.of(2026, 4, 6), java.time.LocalDate.of(2026, 5, 4), java.time.LocalDate.of(2026, 5, 25),
                java.time.LocalDate.of(2026, 8, 31), java.time.LocalDate.of(2026, 12, 25), java.time.LocalDate.of(2026, 12, 28));
        // 2027: Christmas on a Saturday moves to Monday 27th, Boxing Day to Tuesday 28th
        assertThat(ServiceCalendar.bankHolidays(2027)).containsKeys(java.time.LocalDate.of(2027, 12, 27), java.time.LocalDate.of(2027, 12, 28),
                java.time.LocalDate.of(2027, 3, 26), java.time.LocalDate.of(2027, 3, 29));
        assertThat(ServiceCalendar.closure(java.time.LocalDate.of(2026, 12, 30))).isEqualTo("the Christmas period");
        assertThat(ServiceCalendar.closure(java.time.LocalDate.of(2026, 12, 23))).isNull();
        assertThat(ServiceCalendar.nextMonday(java.time.LocalDate.of(2026, 12, 1))).isEqualTo(java.time.LocalDate.of(2026, 12, 7));
        assertThat(ServiceCalendar.nextMonday(java.time.LocalDate.of(2026, 12, 7))).isEqualTo(java.time.LocalDate.of(2026, 12, 14));
    }
}
