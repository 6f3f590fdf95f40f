package waitlist.scenarios.io;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A document (scenario or planning snapshot) the user gave is not valid. Carries every problem found,
 * not only the first, so one run of {@code waitlist validate} lists them all.
 */
public final class InvalidDocumentException extends RuntimeException {
    private final List<Problem> problems;

    public InvalidDocumentException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
