package waitlist.app;

/**
 * Something the user asked for cannot be done as asked (a missing file, an impossible option
 * combination). Reported as one clear message with exit code 2 and no stack trace.
 */
public final class UserError extends RuntimeException {
    public UserError(String message) {
        super(message);
    }
}
