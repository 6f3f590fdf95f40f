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

    void finish() {
        if (shown) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
