package waitlist.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's JDK discovery (.bin/find-jdk), run for real against fake JDK folders whose
 * {@code java -version} prints what real ones print.
 */
class LauncherTest {

    static final Path FIND_JDK = Path.of("../.bin/find-jdk").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private Path fakeJdk(String folder, String versionLine) throws IOException {
        Path bin = dir.resolve(folder).resolve("bin");
        Files.createDirectories(bin);
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\necho '" + versionLine + "' >&2\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return java;
    }

    private record Run(int exit, String out, String err) {
    }

    private Run findJdk(Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("bash", FIND_JDK.toString());
        pb.environment().remove("JAVA_HOME");
        pb.environment().put("PATH", "/usr/bin:/bin"); // replaced per test where a java on the PATH matters
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), out, err);
    }

    @Test
    void picksTheNewestJdkInTheInstallFolders() throws Exception {
        Path roots = dir;
        fakeJdk("java-17-openjdk", "openjdk version \"17.0.15\" 2025-04-15");
        fakeJdk("jdk-21", "openjdk version \"21.0.5\" 2024-10-15");
        Path newest = fakeJdk("temurin-25-jdk", "openjdk version \"25.0.3\" 2026-04-21 LTS");
        fakeJdk("jdk8", "java version \"1.8.0_402\"");
        Run run = findJdk(Map.of("WAITLIST_JDK_DIRS", roots.toString(), "PATH", "/nonexistent"));
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo(newest.toString());
    }

    @Test
    void prefersJavaHomeWhenItIs21OrNewer() throws Exception {
        Path home = fakeJdk("home21", "openjdk version \"21\" 2023-09-19").getParent().getParent();
        fakeJdk("roots/temurin-25", "openjdk version \"25.0.3\" 2026-04-21 LTS");
        Run run = findJdk(Map.of("JAVA_HOME", home.toString(), "WAITLIST_JDK_DIRS", dir.resolve("roots").toString()));
        assertThat(run.out()).isEqualTo(home.resolve("bin/java").toString());
    }

    @Test
    void skipsJavaHomeAndPathWhenTheyAreTooOld() throws Exception {
        Path old = fakeJdk("old17", "openjdk version \"17.0.15\" 2025-04-15");
        Path good = fakeJdk("roots/jdk-22", "openjdk version \"22.0.1\" 2024-04-16");
        Run run = findJdk(Map.of("JAVA_HOME", old.getParent().getParent().toString(),
                "PATH", old.getParent() + ":/usr/bin:/bin",
                "WAITLIST_JDK_DIRS", dir.resolve("roots").toString()));
        assertThat(run.out()).isEqualTo(good.toString());
    }

    @Test
    void usesJavaOnThePathWhenItIs21OrNewer() throws Exception {
        Path onPath = fakeJdk("path21", "openjdk version \"21.0.5\" 2024-10-15");
        fakeJdk("roots/temurin-25", "openjdk version \"25.0.3\" 2026-04-21 LTS");
        Run run = findJdk(Map.of("PATH", onPath.getParent() + ":/usr/bin:/bin", "WAITLIST_JDK_DIRS", dir.resolve("roots").toString()));
        assertThat(run.out()).isEqualTo(onPath.toString());
    }

    @Test
    void explainsWhenNoneIsFound() throws Exception {
        fakeJdk("roots/java-17", "openjdk version \"17.0.15\" 2025-04-15");
        Run run = findJdk(Map.of("WAITLIST_JDK_DIRS", dir.resolve("roots").toString(), "PATH", "/nonexistent"));
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("waitlist needs Java 21 or newer");
    }
}
