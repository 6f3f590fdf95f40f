package waitlist.app;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import waitlist.app.scenario.SchemaCommand;
import waitlist.app.scenario.ScenariosCommand;
import waitlist.app.output.IoErrors;
import waitlist.app.output.TerminalText;
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
                waitlist.app.compare.CompareCommand.class,
                waitlist.app.sweep.SweepCommand.class,
                waitlist.app.staff.StaffCommand.class,
                waitlist.app.snapshot.SnapshotCommand.class,
                waitlist.app.plan.PlanCommand.class,
                waitlist.app.importer.ImportCommand.class,
                waitlist.app.importer.SyntheticExtractCommand.class,
                waitlist.app.calibrate.CalibrateCommand.class,
        })
public final class Main implements Callable<Integer> {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILED = 1;
    public static final int EXIT_USER_ERROR = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** When the JVM started, on the {@link System#nanoTime()} clock; set only when launched by {@link #main}. */
    private static volatile Long launchedAtNanos;

    public static void main(String[] args) {
        long jvmAgeMillis = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
        launchedAtNanos = System.nanoTime() - jvmAgeMillis * 1_000_000;
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * When this run started as the user's clock sees it: the JVM's start when launched from the
     * command line (loading the program counts against a time limit), otherwise now (a test or an
     * embedding program calling {@link #run}, whose JVM may have been up for minutes).
     */
    public static long runStartNanos() {
        Long launched = launchedAtNanos;
        return launched != null ? launched : System.nanoTime();
    }

    /**
     * Runs the command line as {@code main} would, without exiting; used by tests. Both streams go
     * through {@link TerminalText}, so nothing from a user's file can send control characters to the terminal.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine();
        cli.setOut(new PrintWriter(new TerminalText(out), true));
        cli.setErr(new PrintWriter(new TerminalText(err), true));
        return cli.execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(Main::handle);
        cli.setParameterExceptionHandler(Main::badCommandLine);
        OptionValues.register(cli);
        return cli;
    }

    /** A flag or argument picocli could not take: one line saying what is wrong, one saying where help is. */
    private static int badCommandLine(CommandLine.ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        String message = e.getMessage();
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            message += "; did you mean " + String.join(" or ", unmatched.getSuggestions().stream().limit(3).toList()) + "?";
        }
        err.println("error: " + message);
        seeHelp(cli);
        return EXIT_USER_ERROR;
    }

    private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (e instanceof InvalidDocumentException invalid) {
            for (Problem p : invalid.problems()) {
                err.println("error: " + p);
            }
            String count = invalid.problems().size() == 1 ? "1 problem" : invalid.problems().size() + " problems";
            // as validate says it, "week.json: 3 problems", when they are all in one file and none came from a flag
            List<Path> files = invalid.problems().stream().map(Problem::file).distinct().toList();
            boolean fromFlags = invalid.problems().stream().anyMatch(p -> p.flag() != null);
            Path only = files.size() == 1 && !fromFlags ? files.getFirst().getFileName() : null;
            err.println(only != null ? only + ": " + count : count);
            return EXIT_USER_ERROR;
        }
        if (e instanceof UserError) {
            err.println("error: " + e.getMessage());
            seeHelp(cli);
            return EXIT_USER_ERROR;
        }
        if (e instanceof UncheckedIOException io) {
            // A file the user named cannot be read or written (a folder given as a file, no permission, disk full).
            err.println("error: " + io.getMessage() + ": " + IoErrors.describe(io.getCause()));
            return EXIT_USER_ERROR;
        }
        err.println("waitlist: the run failed: " + e);
        e.printStackTrace(err);
        return EXIT_FAILED;
    }

    private static void seeHelp(CommandLine cli) {
        cli.getErr().println("see '" + cli.getCommandSpec().qualifiedName() + " --help'");
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return EXIT_OK;
    }
}
