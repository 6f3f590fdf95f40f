package waitlist.scenarios.io;

/**
 * Where a semantic check reports what is wrong. The check names the value by its JSON Pointer
 * (e.g. {@code /referrals/3/alliance}); the reader turns that into file, line and column.
 */
public interface Findings {
    void add(String jsonPointer, String message);
}
