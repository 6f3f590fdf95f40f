package waitlist.app.plan;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import waitlist.app.Main;
import waitlist.app.UserError;
import waitlist.app.output.ForceOption;
import waitlist.app.output.OutputFolder;
import waitlist.app.report.RunStamp;
import waitlist.scenarios.io.Documents;
import waitlist.scenarios.snapshot.Snapshot;
import waitlist.scenarios.snapshot.SnapshotFiles;
import waitlist.solver.BookingSolver;
import waitlist.solver.ProblemBuilder;
import waitlist.solver.SolverSettings;
import waitlist.solver.baseline.FirstComeFirstServed;
import waitlist.solver.checker.CheckReport;
import waitlist.solver.checker.PlanChecker;
import waitlist.solver.domain.BookingPlan;
import waitlist.solver.plan.Plan;
import waitlist.solver.plan.PlanExtractor;
import waitlist.solver.rules.Objective;

/**
 * {@code waitlist plan SNAPSHOT}: books the waiting list with Timefold, checks the plan
 * independently, and reports it beside first-come first-served.
 */
@Command(name = "plan",
        description = {"Book a planning snapshot's referrals, reviews and group starts into OT slots and group sessions, "
                + "and print a summary against first-come first-served.",
                "Writes DIR/plan.json (plan, checker figures, reasons, FCFS figures), DIR/plan.html (the plan beside FCFS, who "
                + "breaches and why, every diary on a timeline), DIR/breaches.csv and DIR/diaries/<practitioner>.csv.",
                "The whole run (reading, planning, checking, writing) keeps to --time-limit; the search stops sooner once "
                + "it has found nothing better for a while. With --seed it stops after --steps steps instead "
                + "(or 100 move evaluations per step if stuck), so the same seed gives the same plan."},
        modelTransformer = PlanCommand.WeightsHelp.class,
        mixinStandardHelpOptions = true)
public final class PlanCommand implements Callable<Integer> {

    static final long DEFAULT_STEPS = 20_000;
    /** The plan as a page to read: side by side with first-come first-served, who breaches and why, the diaries on a timeline. */
    static final String PLAN_PAGE = "plan.html";
    /** The wall-clock cap of a step-limited run when no --time-limit was given: none in practice. */
    static final Duration UNCAPPED = Duration.ofDays(1);

    @Parameters(index = "0", paramLabel = "SNAPSHOT", description = "Planning snapshot file (see: waitlist snapshot).")
    Path snapshotFile;

    @Option(names = "--time-limit", paramLabel = "DURATION", defaultValue = "30s",
            description = "The whole run's time, reading to writing, e.g. 30s, 2m (default: ${DEFAULT-VALUE}; with --seed or --steps, "
                    + "no limit unless given). Reading, checking and writing are not cut short, so a limit below what they take "
                    + "(about 10 s at 10,000 referrals) is overrun, and the run says so.")
    String timeLimit;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed; makes the run repeatable (stops on --steps).")
    Long seed;

    @Option(names = "--steps", paramLabel = "N", description = "Local-search steps to run (default with --seed: " + DEFAULT_STEPS + ").")
    Long steps;

    @Option(names = "--weight", paramLabel = "NAME=N",
            description = "Change one weight of the objective for this run, e.g. --weight breach-day=2000 (0 switches "
                    + "a term off); repeatable. The names, levels and defaults are listed below.")
    List<String> weights = List.of();

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Output folder (default: <snapshot name>-plan beside the snapshot). "
            + "A folder holding files waitlist did not write is refused unless --force.")
    Path out;

    @CommandLine.Mixin
    ForceOption force;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        long began = Main.runStartNanos();
        if (Files.isDirectory(snapshotFile)) {
            throw new UserError(snapshotFile + " is a folder; give a snapshot file (make one with: waitlist snapshot --referrals N -o week.json)");
        }
        if (!Files.isRegularFile(snapshotFile)) {
            throw new UserError("no such snapshot file: " + snapshotFile);
        }
        OutputFolder folder = OutputFolder.check(out != null ? out : defaultOut(snapshotFile), "--out", force.force());
        Duration limit = parseDuration(timeLimit);
        Map<String, Long> overrides = parseWeights(weights);
        if (steps != null && steps <= 0) {
            throw new UserError("--steps must be positive, not " + steps);
        }
        // Timefold logs every phase at INFO; the summary says what matters. Set before its loggers exist.
        if (System.getProperty("org.slf4j.simpleLogger.log.ai.timefold") == null) {
            System.setProperty("org.slf4j.simpleLogger.log.ai.timefold", "warn");
        }
        Snapshot snapshot;
        try {
            snapshot = SnapshotFiles.read(snapshotFile);
        } catch (waitlist.scenarios.io.InvalidDocumentException e) {
            if (ScenarioNotSnapshot.looksLikeOne(snapshotFile)) {
                throw new UserError(snapshotFile + " is a scenario, not a snapshot; draw a snapshot from it with: waitlist snapshot --scenario "
                        + snapshotFile + " --referrals 500 -o week.json");
            }
            throw e;
        }
        PrintWriter console = spec.commandLine().getOut();

        Long stepLimit = steps != null ? steps : seed != null ? DEFAULT_STEPS : null;
        long seedUsed = seed != null ? seed : 0L;
        boolean clockGiven = spec.commandLine().getParseResult().hasMatchedOption("--time-limit");
        String stoppedBy;
        if (stepLimit == null) {
            stoppedBy = "time limit " + timeLimit + " for the whole run, or sooner once the search stalled";
        } else if (clockGiven) {
            // Both given: the user asked for a cap, but a run the clock stops early may not repeat; say so.
            stoppedBy = stepLimit + " steps, " + moveCap(stepLimit) + " or " + timeLimit
                    + ", whichever came first (a run stopped by the clock may not repeat)";
        } else {
            // A step-limited run must not be cut by the default clock: on a busy machine that made
            // the same seed give different plans.
            limit = UNCAPPED;
            stoppedBy = stepLimit + " steps or " + moveCap(stepLimit) + ", whichever came first";
        }
        stoppedBy += seed != null ? ", seed " + seedUsed
                : ", search seed " + seedUsed + "; give --seed to stop by steps, not the clock, and repeat a plan exactly";
        // One problem for both: the planner clears first-come first-served's bookings before its own.
        BookingPlan problem = ProblemBuilder.build(snapshot);
        Plan fcfs = PlanExtractor.extract(FirstComeFirstServed.book(problem), "first-come-first-served");
        // The limit is for the whole run: what is spent already, and what checking and writing will take, come off the search.
        Duration spent = Duration.ofNanos(System.nanoTime() - began);
        Duration budget = limit.minus(spent).minus(afterSearch(problem, spent));
        SolverSettings settings = new SolverSettings(budget.isNegative() ? Duration.ZERO : budget, stepLimit, seedUsed, overrides);
        Progress progress = new Progress();
        BookingSolver.Solved run = BookingSolver.run(problem, settings, progress::update);
        BookingPlan best = run.plan();
        progress.done();
        if (!run.searched()) {
            stoppedBy = "no search: the starting plan is provably optimal here";
        }
        Plan plan = PlanExtractor.extract(best, "timefold");

        PlanChecker checker = new PlanChecker(snapshot);
        CheckReport solved = checker.check(plan);
        CheckReport baseline = checker.check(fcfs);

        Path dir = folder.path();
        int diaries;
        try (OutputFolder.Writing files = folder.begin("plan")) {
            files.write("plan.json", Documents.toJson(new PlanReport(snapshot.name(), stoppedBy, plan, solved.violations(),
                    solved.kpis(), solved.explanations(), baseline.kpis())));
            diaries = Diaries.write(snapshot, plan, files);
            List<Breaches.Row> breaches = Breaches.of(snapshot, plan, fcfs, solved.explanations());
            files.write(Breaches.FILE, Breaches.csv(breaches));
            files.write(PLAN_PAGE, PlanPage.render(snapshot, stoppedBy, plan, solved, baseline, breaches, RunStamp.now()));
            files.commit();
        }

        console.println("Plan for " + snapshot.name() + ", " + snapshot.horizon().start() + " to " + snapshot.horizon().end()
                + " (score " + plan.score() + "; " + (run.searched() ? "stopped by " : "") + stoppedBy + ")");
        if (run.startCut()) {
            console.println("Note: the time limit cut the starting plan short, so this is not the planner's best plan for this "
                    + "week; give a larger snapshot a longer --time-limit (10,000 referrals take about 20 s on 2 cores).");
        }
        PlanSummary.print(console, snapshot.alliances(), solved, baseline);
        Duration took = Duration.ofNanos(System.nanoTime() - began);
        if (stepLimit == null || clockGiven) {
            // reading, checking and writing are never cut short: a limit below what they take cannot be kept
            Duration allowed = limit.plus(limit.dividedBy(10)).plusSeconds(2);
            if (took.compareTo(allowed) > 0) {
                console.printf(java.util.Locale.ROOT, "Note: this run took %.1f s against a --time-limit of %s: reading, building, checking and "
                        + "writing this snapshot took that long on their own here; give a longer limit.%n", took.toMillis() / 1000.0, timeLimit);
            }
        }
        console.println();
        console.println("Wrote " + dir.resolve("plan.json") + ", " + PLAN_PAGE + " (open it in a browser), " + Breaches.FILE + " and "
                + diaries + " diaries in " + dir.resolve(Diaries.FOLDER));
        console.flush();
        return solved.feasible() ? Main.EXIT_OK : Main.EXIT_FAILED;
    }

    /**
     * Checking both plans, explaining, and writing the plan file, page and diaries: about 0.3 s at
     * 1,000 referrals and 3 s at 10,000 (17,500 entities) on 2 cores, and as long again on a machine
     * busy with other work. Reading and building the problem scale the same way with the size and the
     * machine, so the time they took ({@code spent}, from the program's start) is the estimate where it
     * is larger: the run then ends inside its limit on a loaded machine too.
     */
    static Duration afterSearch(BookingPlan problem, Duration spent) {
        long entities = BookingSolver.entityCount(problem);
        Duration sized = Duration.ofMillis(300 + entities / 6);
        return spent.compareTo(sized) > 0 ? spent : sized;
    }

    /** The solver's safety stop for a step that never ends; it repeats like the step limit. */
    private static String moveCap(long steps) {
        return BookingSolver.moveCountLimit(steps) + " move evaluations";
    }

    private static Path defaultOut(Path snapshot) {
        String name = snapshot.getFileName().toString().replaceFirst("\\.json$", "");
        Path parent = snapshot.toAbsolutePath().getParent();
        return parent.resolve(name + "-plan");
    }

    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h)");

    static Duration parseDuration(String text) {
        Matcher m = DURATION.matcher(text.trim());
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw new UserError("--time-limit must be a positive number with ms, s, m or h, e.g. 30s; not '" + text + "'");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofHours(n);
        };
    }

    static Map<String, Long> parseWeights(List<String> weights) {
        Map<String, Long> map = new LinkedHashMap<>();
        for (String w : weights) {
            int eq = w.lastIndexOf('=');
            String name = eq < 0 ? w : w.substring(0, eq).trim();
            if (eq < 0 || Objective.byId(name).isEmpty()) {
                throw new UserError("--weight wants NAME=N with NAME one of: " + String.join(", ", Objective.ids())
                        + "; not '" + w + "'");
            }
            String number = w.substring(eq + 1).trim().replace(",", "").replace("_", "");
            long value;
            try {
                value = Long.parseLong(number);
            } catch (NumberFormatException e) {
                value = -1;
            }
            if (value < 0 || value > Objective.MAX_WEIGHT) {
                throw new UserError("--weight " + name + ": the weight must be a whole number, 0 or more (at most "
                        + Objective.MAX_WEIGHT + "), not '" + w.substring(eq + 1) + "'");
            }
            if (map.put(name, value) != null) {
                throw new UserError("--weight " + name + " is given twice");
            }
        }
        return map;
    }

    /** Lists the objective's weights, from the one table in the solver, at the foot of {@code plan --help}. */
    static final class WeightsHelp implements CommandLine.IModelTransformer {
        @Override
        public CommandLine.Model.CommandSpec transform(CommandLine.Model.CommandSpec spec) {
            List<String> lines = new java.util.ArrayList<>();
            lines.add("");
            lines.add("Weights (--weight NAME=N), in the service's order: urgency of whoever is left unbooked (medium level), "
                    + "then on the soft level:");
            lines.add(String.format(java.util.Locale.ROOT, "  %-28s %-6s %10s  %s", "NAME", "LEVEL", "DEFAULT", "PER"));
            for (Objective o : Objective.values()) {
                lines.add(String.format(java.util.Locale.ROOT, "  %-28s %-6s %,10d  %s", o.id(),
                        o.level().name().toLowerCase(java.util.Locale.ROOT), o.defaultWeight(), o.unit()));
            }
            spec.usageMessage().footer(lines.toArray(String[]::new));
            return spec;
        }
    }

    /** Best score so far on a terminal; silent when output is piped or captured. */
    private final class Progress {
        private final boolean terminal = System.console() != null;
        private boolean shown;

        void update(ai.timefold.solver.core.api.solver.event.BestSolutionChangedEvent<BookingPlan> e) {
            if (terminal) {
                PrintWriter err = spec.commandLine().getErr();
                err.print("\r  searching: " + e.getTimeMillisSpent() / 1000 + " s, best " + e.getNewBestScore() + "   ");
                err.flush();
                shown = true;
            }
        }

        void done() {
            if (shown) {
                spec.commandLine().getErr().println();
            }
        }
    }
}
