package waitlist.scenarios.snapshot;

import java.nio.file.Path;

import waitlist.scenarios.io.Documents;
import waitlist.scenarios.io.InvalidDocumentException;

/**
 * Reads and writes planning snapshots through the project's document reader: shape problems
 * (types, required and unknown fields, bounds) and the {@link SnapshotCheck} rules are all
 * reported at once with file, line:column and JSON pointer, as an {@link InvalidDocumentException}.
 * Writing is stable: the same snapshot gives the same bytes.
 */
public final class SnapshotFiles {

    private SnapshotFiles() {
    }

    public static Snapshot read(Path file) {
        return Documents.read(file, Snapshot.class, new SnapshotCheck());
    }

    public static String toJson(Snapshot snapshot) {
        return Documents.toJson(snapshot);
    }

    public static void write(Snapshot snapshot, Path file) {
        Documents.write(snapshot, file);
    }
}
