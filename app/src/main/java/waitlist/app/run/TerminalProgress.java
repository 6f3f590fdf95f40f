package waitlist.app.run;

import java.io.PrintWriter;

import waitlist.simulator.Progress;

/** A single updating "replications done" line on stderr, for interactive terminals only. */
public final class TerminalProgress implements Progress {

    private final PrintWriter err;
    private final String what;
    /** What is counted, when it is not replications of a known total (e.g. "staffing plans tried"); null for replications. */
    private final String counted;
    private boolean shown;

    public TerminalProgress(PrintWriter err) {
        this(err, "simulating");
    }

    /** {@code what} names the work, e.g. "comparing". */
    public TerminalProgress(PrintWriter err, String what) {
        this(err, what, null);
    }

    /** {@code counted} names what the count is of when there is no known total, e.g. "staffing plans tried": "what: 12 staffing plans tried". */
    public TerminalProgress(PrintWriter err, String what, String counted) {
        this.err = err;
        this.what = what;
        this.counted = counted;
    }

    @Override
    public void replicationsDone(long done, long planned) {
        err.print("\r" + what + ": " + (counted == null ? done + " of " + planned + " replications" : done + " " + counted));
        err.flush();
        shown = true;
    }

    /**
     * Whether we talk to a person at a terminal. From JDK 22 {@code System.console()} may return a
     * console even when the streams are redirected, so ask {@code Console.isTerminal()} where it exists
     * (the code is compiled for Java 21, hence reflection).
     */
    public static boolean onTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // Java 21: a non-null console is a terminal
        }
    }

    public void finish() {
        if (shown) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
