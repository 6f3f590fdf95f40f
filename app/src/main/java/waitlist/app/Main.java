package waitlist.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import waitlist.app.scenario.SchemaCommand;
import waitlist.app.scenario.ScenariosCommand;
import waitlist.app.scenario.ValidateCommand;
import waitlist.scenarios.io.InvalidDocumentException;
import waitlist.scenarios.io.Problem;

/**
 * The {@code waitlist} command. Exit codes: 0 success, 1 the run failed, 2 a user error
 * (bad flag, bad file, impossible scenario), always reported without a stack trace.
 */
@Command(name = "waitlist",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Does the six-week first-assessment target hold, and how to make it hold.",
        subcommands = {
                CommandLine.HelpCommand.class,
                ScenariosCommand.class,
                ValidateCommand.class,
                SchemaCommand.class,
                waitlist.app.simulate.SimulateCommand.class,
                waitlist.app.snapshot.SnapshotCommand.class,
                waitlist.app.plan.PlanCommand.class,
                waitlist.app.importer.ImportCommand.class,
                waitlist.app.importer.SyntheticExtractCommand.class,
        })
public final class Main implements Callable<Integer> {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILED = 1;
    public static final int EXIT_USER_ERROR = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line as {@code main} would, without exiting; used by tests. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(Main::handle);
        return cli;
    }

    private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (e instanceof InvalidDocumentException invalid) {
            for (Problem p : invalid.problems()) {
                err.println("error: " + p);
            }
            err.println(invalid.problems().size() == 1 ? "1 problem" : invalid.problems().size() + " problems");
            return EXIT_USER_ERROR;
        }
        if (e instanceof UserError || e instanceof CommandLine.ParameterException) {
            err.println("error: " + e.getMessage());
            return EXIT_USER_ERROR;
        }
        if (e instanceof UncheckedIOException io) {
            // A file the user named cannot be read or written (a folder given as a file, no permission, disk full).
            err.println("error: " + io.getMessage() + ": " + describe(io.getCause()));
            return EXIT_USER_ERROR;
        }
        err.println("waitlist: the run failed: " + e);
        e.printStackTrace(err);
        return EXIT_FAILED;
    }

    private static String describe(IOException e) {
        String kind = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
        return e.getMessage() == null ? kind : kind + " (" + e.getMessage() + ")";
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return EXIT_OK;
    }
}
