package waitlist.app.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import waitlist.app.output.OutputFolder;
import waitlist.scenarios.Alliance;
import waitlist.scenarios.snapshot.Demand;
import waitlist.scenarios.snapshot.Practitioner;
import waitlist.scenarios.snapshot.Role;
import waitlist.scenarios.snapshot.Snapshot;
import waitlist.scenarios.snapshot.SnapshotHorizon;
import waitlist.solver.plan.Booking;
import waitlist.solver.plan.Plan;

/** Diaries are named from practitioner ids: even ids validation would refuse must not lead out of the folder. */
class DiariesTest {

    @TempDir
    Path dir;

    private static Practitioner ot(String id) {
        return new Practitioner(id, null, Role.OT, "mid", null, null, List.of(DayOfWeek.MONDAY),
                LocalTime.of(9, 0), LocalTime.of(17, 0), null, 3);
    }

    @Test
    void traversalAndAbsoluteIdsStayInsideTheDiaryFolderAndCellsCannotRun() throws IOException {
        Path out = dir.resolve("a/b/out");
        List<String> ids = List.of("../../ESCAPED", "/tmp/abs", dir.resolve("victim").toString(), "ok-1", "=cmd|' /C calc'!A0");
        Snapshot s = new Snapshot("t", null, new SnapshotHorizon(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6)), null, null, 150,
                List.of(new Alliance("mid", "Mid")), ids.stream().map(DiariesTest::ot).toList(), List.of(), null,
                new Demand(List.of(), null, null));
        Booking b = new Booking("R1,x", "first-assessment", "-2+3", "mid", "../../ESCAPED", null, null,
                LocalDate.of(2026, 3, 2), LocalTime.of(9, 0));
        try (OutputFolder.Writing w = OutputFolder.check(out, "--out", false).begin("plan")) {
            assertThat(Diaries.write(s, new Plan("timefold", null, List.of(b), List.of()), w)).isEqualTo(ids.size());
            w.commit();
        }
        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".csv")))
                    .hasSize(ids.size())
                    .allSatisfy(p -> assertThat(p.getParent()).isEqualTo(out.resolve(Diaries.FOLDER)));
        }
        assertThat(dir.resolve("a/ESCAPED.csv")).doesNotExist();
        assertThat(dir.resolve("victim.csv")).doesNotExist();
        try (Stream<Path> diaries = Files.list(out.resolve(Diaries.FOLDER))) {
            Path escaped = diaries.filter(p -> p.getFileName().toString().startsWith("ESCAPED")).findFirst().orElseThrow();
            assertThat(Files.readString(escaped)).isEqualTo(Diaries.HEADER + "\n2026-03-02,09:00,first-assessment,\"R1,x\",'-2+3,mid,,\n");
        }
    }
}
