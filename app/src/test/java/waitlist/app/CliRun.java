package waitlist.app;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the {@code waitlist} command line in-process, as {@code main} would, and keeps what it printed. */
public record CliRun(int exit, String out, String err) {

    public static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(exit, out.toString(), err.toString());
    }
}
