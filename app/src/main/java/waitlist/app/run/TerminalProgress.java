package waitlist.app.run;

import java.io.PrintWriter;

import waitlist.simulator.Progress;

/** A single updating "replications done" line on stderr, for interactive terminals only. */
public final class TerminalProgress implements Progress {

    private final PrintWriter err;
    private final String what;
    private boolean shown;

    public TerminalProgress(PrintWriter err) {
        this(err, "simulating");
    }

    /** {@code what} names the work, e.g. "comparing". */
    public TerminalProgress(PrintWriter err, String what) {
        this.err = err;
        this.what = what;
    }

    @Override
    public void replicationsDone(long done, long planned) {
        err.print("\r" + what + ": " + done + " of " + planned + " replications");
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
