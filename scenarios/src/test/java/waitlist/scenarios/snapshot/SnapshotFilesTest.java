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
}
