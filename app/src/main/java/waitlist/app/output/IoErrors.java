package waitlist.app.output;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** What went wrong with a file, in words, never the name of a Java exception. */
public final class IoErrors {

    private IoErrors() {
    }

    public static String describe(IOException e) {
        String what = switch (e) {
            case AccessDeniedException a -> "no permission";
            case NoSuchFileException n -> "no such file or folder";
            case NotDirectoryException n -> "not a folder";
            case DirectoryNotEmptyException d -> "the folder is not empty";
            case FileAlreadyExistsException f -> "it already exists";
            case FileSystemLoopException l -> "the symbolic links go round in a loop";
            case CharacterCodingException c -> "not UTF-8 text";
            case FileSystemException f -> f.getReason() != null ? lower(f.getReason()) : "the file system refused";
            default -> e.getMessage() != null && !e.getMessage().isBlank() ? lower(e.getMessage()) : "input/output error";
        };
        if (e instanceof FileSystemException f && f.getFile() != null) {
            return what + " (" + f.getFile() + (f.getOtherFile() != null ? ", " + f.getOtherFile() : "") + ")";
        }
        return what;
    }

    private static String lower(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
