package waitlist.app.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import waitlist.app.UserError;

/**
 * A single file a command writes (e.g. {@code snapshot -o FILE}), with the rules of
 * {@link OutputFolder}: checked before any work (not empty, not a folder, its folder can be made
 * and written), an existing file replaced only with {@code --force}, and the content written under
 * a temporary name beside it and renamed when complete, so a killed run never leaves half a file.
 */
public final class OutputFile {

    private final Path file;
    private final String option;

    private OutputFile(Path file, String option) {
        this.file = file;
        this.option = option;
    }

    public static OutputFile check(Path given, String option, boolean force) {
        if (given == null || given.toString().isBlank()) {
            throw new UserError(option + " is empty; name a file to write, e.g. " + option + " snapshot.json");
        }
        Path file = given.toAbsolutePath().normalize();
        if (Files.isDirectory(file)) {
            throw new UserError(option + " " + given + " is a folder; name a file to write");
        }
        if (Files.exists(file)) {
            if (!force) {
                throw new UserError(option + " " + given + " already exists; name a new file, or add --force to replace it");
            }
            if (!Files.isWritable(file)) {
                throw new UserError(option + " " + given + ": no permission to replace this file");
            }
        } else {
            OutputFolder.creatable(file, given, option);
        }
        return new OutputFile(file, option);
    }

    public Path path() {
        return file;
    }

    public void write(String text) {
        Path partial = file.resolveSibling(OutputFolder.PARTIAL + file.getFileName());
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(partial, text, StandardCharsets.UTF_8);
            try {
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the write already failed; that is the error to report
            }
            throw new UserError(option + ": cannot write " + file + ": " + IoErrors.describe(e));
        }
    }
}
