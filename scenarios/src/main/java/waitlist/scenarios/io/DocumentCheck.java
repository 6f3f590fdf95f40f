package waitlist.scenarios.io;

/**
 * Rules a document must follow beyond its shape (types, required fields and bounds are checked
 * generically from the record annotations): shares summing to 1, dates in order, references to
 * things defined elsewhere in the document. Report every problem; do not stop at the first.
 */
@FunctionalInterface
public interface DocumentCheck<T> {
    void check(T document, Findings findings);
}
