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

    /**
     * The launcher itself, in a copy of the repository's layout with a stand-in Maven (it records
     * that it was asked to build) and a stand-in Java: it rebuilds when the tool's sources change,
     * and never because of a user's scenario file.
     */
    @Test
    void onlyTheToolsOwnSourcesTriggerARebuild() throws Exception {
        Path root = dir.resolve("repo");
        Files.createDirectories(root.resolve(".bin"));
        Files.copy(Path.of("../waitlist").toAbsolutePath().normalize(), root.resolve("waitlist"));
        Path fakeJava = fakeJdk("jdk/x", "unused").resolveSibling("java");
        Files.writeString(fakeJava, "#!/bin/sh\necho \"ran $*\"\n");
        Files.writeString(root.resolve(".bin/find-jdk"), "#!/bin/sh\necho " + fakeJava + "\n");
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path built = dir.resolve("built");
        Files.writeString(bin.resolve("mvn"), "#!/bin/sh\necho build >> " + built + "\n");
        for (Path p : new Path[] {root.resolve("waitlist"), root.resolve(".bin/find-jdk"), bin.resolve("mvn")}) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Path scenarios = Files.createDirectories(root.resolve("scenarios/src/main/java/waitlist/scenarios"));
        Files.writeString(scenarios.resolve("Scenarios.java"), "List.of(\"reconnect-baseline\")");
        Files.writeString(root.resolve("scenarios/reconnect-baseline.json"), "{}");
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        Path jar = Files.createDirectories(root.resolve("app/target")).resolve("waitlist.jar");
        Files.writeString(jar, "jar");
        long now = System.currentTimeMillis();
        for (Path p : new Path[] {root.resolve("pom.xml"), scenarios.resolve("Scenarios.java"), root.resolve("scenarios/reconnect-baseline.json")}) {
            Files.setLastModifiedTime(p, java.nio.file.attribute.FileTime.fromMillis(now - 60_000));
        }
        java.util.function.Supplier<String> launch = () -> {
            try {
                ProcessBuilder pb = new ProcessBuilder("bash", root.resolve("waitlist").toString(), "validate", "x");
                pb.environment().put("PATH", bin + ":/usr/bin:/bin");
                Process p = pb.start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                p.waitFor();
                return out;
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        };
        // A user's own files, in the repository's scenarios folder or anywhere else, are newer than the jar: no build.
        Files.writeString(root.resolve("scenarios/my-variant.json"), "{}");
        Files.writeString(dir.resolve("elsewhere.json"), "{}");
        assertThat(launch.get()).contains("ran").contains("validate x");
        assertThat(built).doesNotExist();
        // A bundled scenario or a source file changed: it builds.
        Files.setLastModifiedTime(root.resolve("scenarios/reconnect-baseline.json"), java.nio.file.attribute.FileTime.fromMillis(now + 60_000));
        launch.get();
        assertThat(built).exists();
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
