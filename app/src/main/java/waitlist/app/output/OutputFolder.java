package waitlist.app.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import waitlist.app.UserError;

/**
 * The folder a command writes its results into ({@code simulate --out}, {@code plan -o}, and any
 * later command), with the same rules everywhere:
 *
 * <ul>
 *   <li>{@link #check} runs before any work, so a bad folder is reported at once, not after a long
 *       run: an empty name, a file where the folder should be, no permission to write, or a folder
 *       that already holds files waitlist did not write (refused unless {@code --force}).</li>
 *   <li>A folder waitlist writes into gets a manifest, {@value #MANIFEST}, naming the files of the
 *       last run and whether that run finished ({@code "complete": true}). A run that is killed
 *       leaves {@code "complete": false}, so a partial set of files is always marked.</li>
 *   <li>Every file is written under a temporary name and renamed when the whole set is written;
 *       then the files of the previous run that this run did not write again (e.g. the diary of a
 *       practitioner no longer in the snapshot) are removed. Files the user put there are never
 *       touched.</li>
 *   <li>Names are the command's own (checked against a safe pattern, one subfolder level at
 *       most), and every file is checked to land inside the folder after symbolic links are
 *       followed: nothing is ever written outside it.</li>
 * </ul>
 */
public final class OutputFolder {

    public static final String MANIFEST = ".waitlist-output.json";
    static final String PARTIAL = ".waitlist-partial-";
    /** A file name the app itself makes: letters, digits, '.', '_', '-'; not starting with a dot. */
    private static final Pattern SAFE_SEGMENT = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,199}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path dir;
    private final String option;

    private OutputFolder(Path dir, String option) {
        this.dir = dir;
        this.option = option;
    }

    /**
     * Checks the folder named by {@code option} (e.g. "--out") before any work is done.
     *
     * @param force write into a non-empty folder that waitlist did not create (files of the same
     *              name are replaced, others kept)
     */
    public static OutputFolder check(Path folder, String option, boolean force) {
        if (folder == null || folder.toString().isBlank()) {
            throw new UserError(option + " is empty; name a folder to write into, e.g. " + option + " results");
        }
        Path dir = folder.toAbsolutePath().normalize();
        if (Files.exists(dir)) {
            if (!Files.isDirectory(dir)) {
                throw new UserError(option + " " + folder + " is a file, not a folder; name a folder to write into");
            }
            if (!Files.isWritable(dir)) {
                throw new UserError(option + " " + folder + ": no permission to write into this folder");
            }
            if (!force && !Files.isRegularFile(dir.resolve(MANIFEST))) {
                List<String> present = listNames(dir, 4);
                if (!present.isEmpty()) {
                    throw new UserError(option + " " + folder + " already holds files waitlist did not write ("
                            + String.join(", ", present.subList(0, Math.min(3, present.size())))
                            + (present.size() > 3 ? ", ..." : "") + "); name a new or empty folder, or add --force to write into it"
                            + " anyway (files of the same name are replaced, others are left alone)");
                }
            }
        } else {
            creatable(dir, folder, option);
        }
        return new OutputFolder(dir, option);
    }

    /** The folder, absolute. */
    public Path path() {
        return dir;
    }

    /** Starts writing one run's files; nothing appears under its final name before {@link Writing#commit()}. */
    public Writing begin(String command) {
        return new Writing(command);
    }

    /** One run's set of files, written under temporary names and renamed together by {@link #commit()}. */
    public final class Writing implements AutoCloseable {
        private final String command;
        private final boolean createdFolder;
        private final byte[] previousManifest;
        private final List<String> previousFiles;
        private final Map<String, Path> staged = new LinkedHashMap<>();
        private boolean committed;

        private Writing(String command) {
            this.command = command;
            try {
                this.createdFolder = !Files.isDirectory(dir);
                Files.createDirectories(dir);
                Path manifest = dir.resolve(MANIFEST);
                this.previousManifest = Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS) ? Files.readAllBytes(manifest) : null;
                this.previousFiles = previousManifest == null ? List.of() : filesIn(previousManifest);
                removeLeftoverPartials();
                // Marked incomplete until the new set is in place: a run killed from here on leaves the mark.
                writeManifest(false, previousFiles);
            } catch (IOException e) {
                throw cannotWrite(e);
            }
        }

        /** Writes {@code text} (UTF-8) as {@code name}, e.g. "plan.json" or "diaries/ot-1.csv", under a temporary name. */
        public void write(String name, String text) {
            Path target = target(name);
            if (staged.containsKey(name)) {
                throw new IllegalStateException("written twice: " + name);
            }
            try {
                Files.createDirectories(target.getParent());
                insideFolder(target.getParent(), name);
                Path partial = target.resolveSibling(PARTIAL + target.getFileName());
                Files.writeString(partial, text, StandardCharsets.UTF_8);
                staged.put(name, partial);
            } catch (IOException e) {
                throw cannotWrite(e);
            }
        }

        /** Puts every staged file in place, removes the previous run's files that were not written again, marks the set complete. */
        public List<Path> commit() {
            try {
                List<Path> written = new ArrayList<>();
                for (Map.Entry<String, Path> e : staged.entrySet()) {
                    Path target = target(e.getKey());
                    if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                        throw new UserError(option + ": cannot write " + e.getKey() + " in " + dir + ": a folder of that name is in the way");
                    }
                    move(e.getValue(), target);
                    written.add(target);
                }
                for (String old : previousFiles) {
                    if (!staged.containsKey(old) && isSafeName(old)) {
                        Files.deleteIfExists(dir.resolve(old));
                    }
                }
                writeManifest(true, new ArrayList<>(staged.keySet()));
                committed = true;
                return written;
            } catch (IOException e) {
                throw cannotWrite(e);
            }
        }

        /** Without a commit (the run failed): the staged files go, and the folder is left as it was. */
        @Override
        public void close() {
            if (committed) {
                return;
            }
            try {
                for (Path partial : staged.values()) {
                    Files.deleteIfExists(partial);
                }
                Path manifest = dir.resolve(MANIFEST);
                if (previousManifest != null) {
                    Files.write(manifest, previousManifest);
                } else {
                    Files.deleteIfExists(manifest);
                    if (createdFolder) {
                        deleteEmptyFolders();
                    }
                }
            } catch (IOException e) {
                // The run already failed; its own error is the one to report.
            }
        }

        private void writeManifest(boolean complete, List<String> files) throws IOException {
            ObjectNode m = JSON.createObjectNode();
            m.put("writtenBy", "waitlist " + command);
            m.put("complete", complete);
            m.putArray("files").addAll(files.stream().map(JSON.getNodeFactory()::stringNode).toList());
            Path partial = dir.resolve(PARTIAL + MANIFEST.substring(1));
            Files.writeString(partial, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(m) + "\n", StandardCharsets.UTF_8);
            move(partial, dir.resolve(MANIFEST));
        }

        private void removeLeftoverPartials() throws IOException {
            List<Path> folders = new ArrayList<>(List.of(dir));
            try (DirectoryStream<Path> all = Files.newDirectoryStream(dir)) {
                for (Path p : all) {
                    if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                        folders.add(p);
                    }
                }
            }
            for (Path folder : folders) {
                try (DirectoryStream<Path> partials = Files.newDirectoryStream(folder, PARTIAL + "*")) {
                    for (Path p : partials) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }

        private void deleteEmptyFolders() throws IOException {
            try (DirectoryStream<Path> all = Files.newDirectoryStream(dir)) {
                for (Path p : all) {
                    if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && listNames(p, 1).isEmpty()) {
                        Files.delete(p);
                    }
                }
            }
            if (listNames(dir, 1).isEmpty()) {
                Files.delete(dir);
            }
        }
    }

    /** The file a name stands for, refusing names the app would never make (separators, "..", hidden files). */
    private Path target(String name) {
        if (!isSafeName(name)) {
            throw new IllegalArgumentException("not a safe output file name: " + name);
        }
        Path target = dir.resolve(name).normalize();
        if (!target.startsWith(dir)) {
            throw new IllegalArgumentException("outside the output folder: " + name);
        }
        return target;
    }

    /** After following symbolic links, the folder a file goes into must still be inside the output folder. */
    private void insideFolder(Path parent, String name) throws IOException {
        if (!parent.toRealPath().startsWith(dir.toRealPath())) {
            throw new UserError(option + ": " + parent + " leads outside " + dir + " (a symbolic link?); refusing to write " + name);
        }
    }

    static boolean isSafeName(String name) {
        String[] segments = name.split("/", -1);
        if (segments.length > 2) {
            return false;
        }
        for (String s : segments) {
            if (!SAFE_SEGMENT.matcher(s).matches()) {
                return false;
            }
        }
        return true;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static List<String> filesIn(byte[] manifest) {
        List<String> files = new ArrayList<>();
        try {
            JsonNode m = JSON.readTree(manifest);
            for (JsonNode f : m.path("files")) {
                if (f.isString() && isSafeName(f.stringValue())) {
                    files.add(f.stringValue());
                }
            }
        } catch (RuntimeException unreadable) {
            // A damaged manifest names nothing to clean up; the folder is still ours.
        }
        return files;
    }

    private static List<String> listNames(Path dir, int atMost) {
        TreeSet<String> names = new TreeSet<>();
        try (DirectoryStream<Path> all = Files.newDirectoryStream(dir)) {
            for (Path p : all) {
                names.add(p.getFileName().toString());
                if (names.size() >= atMost) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UserError("cannot list " + dir + ": " + IoErrors.describe(e));
        }
        return new ArrayList<>(names);
    }

    /** A folder that does not exist yet can be made if its nearest existing ancestor is a folder we may write in. */
    static void creatable(Path target, Path asGiven, String option) {
        Path ancestor = target.getParent();
        while (ancestor != null && !Files.exists(ancestor)) {
            ancestor = ancestor.getParent();
        }
        if (ancestor == null) {
            throw new UserError(option + " " + asGiven + ": no folder on the way to it exists");
        }
        if (!Files.isDirectory(ancestor)) {
            throw new UserError(option + " " + asGiven + ": cannot be made, because " + ancestor + " is a file, not a folder");
        }
        if (!Files.isWritable(ancestor)) {
            throw new UserError(option + " " + asGiven + ": no permission to create it in " + ancestor);
        }
    }

    private UserError cannotWrite(IOException e) {
        return new UserError(option + ": cannot write into " + dir + ": " + IoErrors.describe(e));
    }
}
