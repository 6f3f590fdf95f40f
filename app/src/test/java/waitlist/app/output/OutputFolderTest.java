package waitlist.app.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import waitlist.app.UserError;

class OutputFolderTest {

    @TempDir
    Path dir;

    private static String manifest(Path folder) throws IOException {
        return Files.readString(folder.resolve(OutputFolder.MANIFEST));
    }

    private static long count(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.count();
        }
    }

    @Test
    void refusesAnEmptyNameAFileAndAForeignNonEmptyFolderBeforeAnyWork() throws IOException {
        assertThatThrownBy(() -> OutputFolder.check(Path.of(""), "--out", false)).isInstanceOf(UserError.class)
                .hasMessageStartingWith("--out is empty");
        Path file = Files.writeString(dir.resolve("f"), "x");
        assertThatThrownBy(() -> OutputFolder.check(file, "--out", true)).hasMessageContaining("is a file, not a folder");
        Path foreign = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(foreign.resolve("thesis.docx"), "precious");
        assertThatThrownBy(() -> OutputFolder.check(foreign, "--out", false))
                .hasMessageContaining("already holds files waitlist did not write (thesis.docx)").hasMessageContaining("--force");
        assertThatThrownBy(() -> OutputFolder.check(file.resolve("sub"), "--out", false)).hasMessageContaining("is a file, not a folder");
        assertThat(OutputFolder.check(foreign, "--out", true).path()).isEqualTo(foreign);
        assertThat(OutputFolder.check(dir.resolve("new/deeper"), "--out", false).path()).isEqualTo(dir.resolve("new/deeper"));
        assertThat(dir.resolve("new")).doesNotExist(); // checking makes nothing
    }

    @Test
    void aCommittedRunReplacesItsOwnEarlierFilesAndLeavesTheUsersAlone() throws IOException {
        Path out = dir.resolve("out");
        try (OutputFolder.Writing w = OutputFolder.check(out, "--out", false).begin("plan")) {
            w.write("plan.json", "{}");
            w.write("diaries/a.csv", "a");
            w.write("diaries/b.csv", "b");
            w.commit();
        }
        Files.writeString(out.resolve("notes.txt"), "the user's own");
        assertThat(manifest(out)).contains("\"complete\" : true", "diaries/b.csv");
        // Second run: b is gone from the snapshot, so its diary must go too; the user's notes stay.
        try (OutputFolder.Writing w = OutputFolder.check(out, "--out", false).begin("plan")) {
            w.write("plan.json", "{\"v\": 2}");
            w.write("diaries/a.csv", "a2");
            w.commit();
        }
        assertThat(Files.readString(out.resolve("plan.json"))).isEqualTo("{\"v\": 2}");
        assertThat(out.resolve("diaries/b.csv")).doesNotExist();
        assertThat(Files.readString(out.resolve("diaries/a.csv"))).isEqualTo("a2");
        assertThat(Files.readString(out.resolve("notes.txt"))).isEqualTo("the user's own");
        assertThat(count(out.resolve("diaries"))).isEqualTo(1);
    }

    @Test
    void nothingAppearsUnderItsFinalNameUntilCommitAndAFailedRunLeavesTheFolderAsItWas() throws IOException {
        Path out = dir.resolve("out");
        try (OutputFolder.Writing w = OutputFolder.check(out, "--out", false).begin("simulate")) {
            w.write("simulation.txt", "half");
            assertThat(out.resolve("simulation.txt")).doesNotExist();
            // A run killed here leaves the manifest saying so.
            assertThat(manifest(out)).contains("\"complete\" : false");
        }
        assertThat(out).doesNotExist(); // it made the folder; the failed run takes it away again
    }

    @Test
    void aKilledRunIsMarkedAndItsPartialFilesAreClearedByTheNextRun() throws IOException {
        Path out = dir.resolve("out");
        OutputFolder.Writing killed = OutputFolder.check(out, "--out", false).begin("simulate");
        killed.write("simulation.txt", "half");
        // (no commit, no close: the process died)
        assertThat(manifest(out)).contains("\"complete\" : false");
        try (OutputFolder.Writing w = OutputFolder.check(out, "--out", false).begin("simulate")) {
            w.write("simulation.csv", "x");
            w.commit();
        }
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("simulation.csv", OutputFolder.MANIFEST);
        }
    }

    @Test
    void namesThatCouldLeaveTheFolderAreRefusedAndSymlinkedSubfoldersToo() throws IOException {
        Path out = dir.resolve("out");
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        try (OutputFolder.Writing w = OutputFolder.check(out, "--out", false).begin("plan")) {
            for (String bad : new String[] {"../x.csv", "/etc/x", "a/b/c.csv", ".hidden", "diaries/../../x", ""}) {
                assertThatThrownBy(() -> w.write(bad, "x")).as(bad).isInstanceOf(IllegalArgumentException.class);
            }
            Files.createSymbolicLink(out.resolve("diaries"), elsewhere);
            assertThatThrownBy(() -> w.write("diaries/a.csv", "x")).isInstanceOf(UserError.class).hasMessageContaining("leads outside");
        }
        assertThat(count(elsewhere)).isZero();
    }

    @Test
    void singleFileOutputsAreReplacedOnlyWithForceAndWrittenWhole() throws IOException {
        Path file = dir.resolve("s.json");
        OutputFile.check(file, "--out", false).write("one");
        assertThatThrownBy(() -> OutputFile.check(file, "--out", false)).hasMessageContaining("already exists").hasMessageContaining("--force");
        OutputFile.check(file, "--out", true).write("two");
        assertThat(Files.readString(file)).isEqualTo("two");
        assertThat(count(dir)).isEqualTo(1);
        assertThatThrownBy(() -> OutputFile.check(dir, "--out", true)).hasMessageContaining("is a folder");
        assertThatThrownBy(() -> OutputFile.check(Path.of(" "), "-o", true)).hasMessageStartingWith("-o is empty");
    }
}
