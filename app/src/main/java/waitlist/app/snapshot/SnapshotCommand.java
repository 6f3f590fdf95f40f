package waitlist.app.snapshot;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import waitlist.app.Main;
import waitlist.app.UserError;
import waitlist.app.output.ForceOption;
import waitlist.app.output.OutputFile;
import waitlist.app.scenario.ScenarioOverrides;
import waitlist.scenarios.LoadedScenario;
import waitlist.scenarios.Scenarios;
import waitlist.scenarios.snapshot.ServiceCalendar;
import waitlist.scenarios.snapshot.Snapshot;
import waitlist.scenarios.snapshot.SnapshotFiles;
import waitlist.solver.ProblemBuilder;
import waitlist.solver.domain.BookingPlan;
import waitlist.solver.generator.SnapshotGenerator;
import waitlist.solver.generator.SnapshotRecipe;

/** {@code waitlist snapshot}: draws a realistic planning snapshot from a scenario, for demos, tests and benchmarks. */
@Command(name = "snapshot",
        description = "Write a generated planning snapshot (waiting list, staff, venues, group sessions) drawn from a "
                + "scenario's alliance split, urgent share and staffing. Same options and seed, same file.",
        mixinStandardHelpOptions = true)
public final class SnapshotCommand implements Callable<Integer> {

    static final int MIN_REFERRALS = 20;
    static final int MAX_REFERRALS = 10_000;

    @Option(names = "--scenario", paramLabel = "S", defaultValue = Scenarios.DEFAULT,
            description = "Scenario file or bundled scenario name (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--referrals", paramLabel = "N", required = true,
            description = "Waiting referrals to draw, " + MIN_REFERRALS + " to " + MAX_REFERRALS + ".")
    int referrals;

    @Option(names = "--seed", paramLabel = "K", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--start", paramLabel = "DATE", description = "First day of the horizon, a Monday (default: next Monday). "
            + "Bank holidays and the Christmas closure in the horizon are closed days: no one works and no group runs.")
    LocalDate start;

    @Option(names = "--capacity", paramLabel = "RATIO", defaultValue = "0.9",
            description = "OT slots per OT appointment wanted; below 1 is over-subscribed (default: ${DEFAULT-VALUE}).")
    double capacity;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Where to write the snapshot (default: standard output); "
            + "an existing file is replaced only with --force.")
    Path out;

    @CommandLine.Mixin
    ForceOption force;

    @CommandLine.Mixin
    ScenarioOverrides overrides;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    static final LocalDate EARLIEST_START = LocalDate.of(1905, 1, 2);
    static final LocalDate LATEST_START = LocalDate.of(2199, 6, 29);

    @Override
    public Integer call() {
        OutputFile target = out == null ? null : OutputFile.check(out, "--out", force.force());
        if (referrals < MIN_REFERRALS || referrals > MAX_REFERRALS) {
            throw new UserError("--referrals must be from " + MIN_REFERRALS + " to " + MAX_REFERRALS + ", not " + referrals);
        }
        if (!(capacity > 0 && capacity <= 5)) {
            throw new UserError("--capacity must be above 0 and at most 5, not " + capacity);
        }
        LocalDate day = start != null ? start : ServiceCalendar.nextMonday(LocalDate.now());
        if (day.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new UserError("--start must be a Monday; " + day + " is a "
                    + day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK));
        }
        // A snapshot's dates (referrals a year or more before the start, four weeks after it) must be ones a snapshot file
        // may hold (1900 to 2199), or plan would refuse the file this command just wrote.
        if (day.isBefore(EARLIEST_START) || day.isAfter(LATEST_START)) {
            throw new UserError("--start must be from " + EARLIEST_START + " to " + LATEST_START + ", not " + day);
        }
        LoadedScenario loaded = overrides.resolve(scenario).orElseThrow(() -> new UserError(
                "no scenario file or bundled scenario called '" + scenario + "' (see: waitlist scenarios)"));
        if (loaded.scenario().pathway() == null) {
            throw new UserError("scenario '" + loaded.scenario().name() + "' has no Reconnect-style pathway (OTs and coaches) to draw a snapshot from");
        }
        SnapshotRecipe recipe = SnapshotRecipe.from(loaded.scenario(), day).withCapacityRatio(capacity);
        Snapshot snapshot = new SnapshotGenerator(recipe, seed).generate(referrals);
        PrintWriter console = spec.commandLine().getOut();
        if (out == null) {
            console.print(SnapshotFiles.toJson(snapshot));
            console.flush();
        } else {
            target.write(SnapshotFiles.toJson(snapshot));
            console.println("wrote " + out + ": " + snapshot.demand().referrals().size() + " referrals, "
                    + snapshot.demand().reviewsOrEmpty().size() + " reviews, "
                    + snapshot.demand().interventionStartsOrEmpty().size() + " intervention starts, "
                    + snapshot.practitioners().size() + " practitioners, "
                    + snapshot.groupSessionsOrEmpty().size() + " group sessions, "
                    + snapshot.horizon().start() + " to " + snapshot.horizon().end()
                    + closedNote(snapshot) + "; " + bookableNote(snapshot));
        }
        return Main.EXIT_OK;
    }

    private static String closedNote(Snapshot snapshot) {
        var closed = snapshot.closures();
        return closed.isEmpty() ? "" : " (closed " + String.join(", ", closed.keySet().stream().map(LocalDate::toString).toList()) + ")";
    }

    /** How much of the demand has at least one legal slot or place: what a realistic week must offer. */
    private static String bookableNote(Snapshot snapshot) {
        BookingPlan p = ProblemBuilder.build(snapshot);
        long all = p.getAppointments().size() + p.getGroupStarts().size();
        long bookable = p.getAppointments().stream().filter(a -> !a.getCandidateSlots().isEmpty()).count()
                + p.getGroupStarts().stream().filter(g -> !g.getCandidateSessions().isEmpty()).count();
        return String.format(java.util.Locale.ROOT, "%.1f %% of demand has a legal slot or place", all == 0 ? 100.0 : 100.0 * bookable / all);
    }
}
