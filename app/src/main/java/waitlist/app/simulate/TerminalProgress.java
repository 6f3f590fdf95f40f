package waitlist.app.simulate;

import java.io.PrintWriter;

import waitlist.simulator.Progress;

/** A single updating "replications done" line on stderr, for interactive terminals only. */
final class TerminalProgress implements Progress {

    private final PrintWriter err;
    private boolean shown;

    TerminalProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void replicationsDone(long done, long planned) {
        err.print("\rsimulating: " + done + " of " + planned + " replications");
        err.flush();
        shown = true;
    }

    /**
     * Whether we talk to a person at a terminal. From JDK 22 {@code System.console()} may return a
     * console even when the streams are redirected, so ask {@code Console.isTerminal()} where it exists
     * (the code is compiled for Java 21, hence reflection).
     */
    static boolean onTerminal() {
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

    void finish() {
        if (shown) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
