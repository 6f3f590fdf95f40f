package waitlist.app.simulate;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import waitlist.app.UserError;
import waitlist.app.output.ForceOption;
import waitlist.app.output.OutputFolder;
import waitlist.app.scenario.RunEstimate;
import waitlist.app.scenario.ScenarioOverrides;
import waitlist.app.booking.SolverBookingPolicy;
import waitlist.scenarios.LoadedScenario;
import waitlist.scenarios.Scenario;
import waitlist.scenarios.Scenarios;
import waitlist.scenarios.SourceNotes;
import waitlist.simulator.Progress;
import waitlist.simulator.ReplicationModel;
import waitlist.simulator.Replications;
import waitlist.simulator.Simulator;
import waitlist.simulator.booking.BookingPolicy;
import waitlist.simulator.results.SimulationResult;

/** {@code waitlist simulate}: does the target hold? Replications of the scenario, summarised with 95 % CIs. */
@Command(name = "simulate",
        mixinStandardHelpOptions = true,
        description = "Simulate a scenario many times and say whether the first-assessment target holds, "
                + "per reporting period and alliance, with 95%% confidence intervals.%n"
                + "The same --seed gives identical output whatever the number of threads.")
public final class SimulateCommand implements Callable<Integer> {

    /** Most replications "auto" will run. */
    static final int AUTO_CAP = 2000;
    /** Most replications a fixed --replications may ask for: more adds nothing but hours. */
    static final int MAX_REPLICATIONS = 100_000;
    /** More threads than this only add overhead (and the JVM's pool refuses far more). */
    static final int MAX_THREADS = 256;

    enum Format { text, json, csv, html }

    @Parameters(arity = "0..1", paramLabel = "SCENARIO", defaultValue = Scenarios.DEFAULT,
            description = "Scenario file or bundled scenario name (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--replications", paramLabel = "N|auto", defaultValue = "auto",
            description = "Number of replications, or 'auto': at least 100, then more until every period and area's chance of "
                    + "holding is clearly likely to hold, at risk or likely to miss, or known to within 5 percentage points "
                    + "(at most " + AUTO_CAP + "). Default: ${DEFAULT-VALUE}.")
    String replications;

    @Option(names = "--confidence", paramLabel = "Q",
            description = "How sure 'likely to hold' must be: the chance the target holds in a period, above 0.5 and at most 1 "
                    + "(default: the scenario's target.confidence, else 0.8). Below Q but at least 0.5 is 'at risk'; below 0.5 'likely to miss'.")
    Double confidence;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Master random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Also write every format into DIR: simulation.txt, simulation.json, simulation.csv, simulation.html. "
                    + "A folder holding files waitlist did not write is refused unless --force.")
    Path out;

    @CommandLine.Mixin
    ForceOption force;

    @CommandLine.Mixin
    ScenarioOverrides overrides;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output on stdout: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). "
                    + "text: verdict and tables; json: everything, with source notes; csv: tidy rows for spreadsheets; "
                    + "html: one self-contained page (charts, tables, assumptions) to open offline or paste into a document.")
    Format format;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores). Does not change results.")
    Integer threads;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        OutputFolder folder = out == null ? null : OutputFolder.check(out, "--out", force.force());
        LoadedScenario loaded = overrides.resolve(scenario).orElseThrow(() -> new UserError(
                "no such file, and no bundled scenario named '" + scenario + "' (see: waitlist scenarios)"));
        Scenario s = withConfidence(loaded.scenario(), confidence);
        Replications rule = parseReplications(replications);
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1 || workers > MAX_THREADS) {
            throw new UserError("--threads must be between 1 and " + MAX_THREADS + ", got " + workers);
        }
        ReplicationModel model;
        try {
            model = Simulator.model(s, solverPolicy(s));
        } catch (IllegalArgumentException e) {
            throw new UserError(s.name() + ": " + e.getMessage());
        }
        RunEstimate estimate = RunEstimate.of(s);
        workers = estimate.threadsFor(workers, threads != null, Runtime.getRuntime().maxMemory());
        Progress progress = TerminalProgress.onTerminal() ? new TerminalProgress(spec.commandLine().getErr()) : Progress.NONE;
        String forecast = estimate.forecast(rule.first(), rule.cap(), workers);
        if (forecast != null && progress != Progress.NONE) {
            spec.commandLine().getErr().println(forecast);
        }
        SimulationResult result = Simulator.run(s, model, seed, rule, workers, progress);
        if (progress instanceof TerminalProgress t) {
            t.finish();
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(render(result, loaded, format));
        stdout.flush();
        if (folder != null) {
            writeAll(result, loaded, folder);
        }
        return 0;
    }

    /** The scenario with the command line's confidence, if given. */
    static Scenario withConfidence(Scenario s, Double confidence) {
        if (confidence == null) {
            return s;
        }
        if (!(confidence > 0.5 && confidence <= 1)) {
            throw new UserError("--confidence must be above 0.5 and at most 1 (e.g. 0.8: 'likely to hold' means an 80% chance or more); got "
                    + confidence);
        }
        return s.withTarget(s.target().withConfidence(confidence));
    }

    /** The planner books each cycle only when the scenario asks for it; the simulator owns the other policies. */
    static BookingPolicy solverPolicy(Scenario s) {
        if (s.bookingOrDefault().policy() != waitlist.scenarios.BookingPolicy.SOLVER) {
            return null;
        }
        // Timefold logs every solve at INFO, thousands of times a run; set before its loggers exist.
        // Micrometer warns once that each new solver re-registers Timefold's global gauges: harmless here.
        quietLogger("ai.timefold", "warn");
        quietLogger("io.micrometer", "error");
        return new SolverBookingPolicy();
    }

    private static void quietLogger(String name, String level) {
        String key = "org.slf4j.simpleLogger.log." + name;
        if (System.getProperty(key) == null) {
            System.setProperty(key, level);
        }
    }

    static String render(SimulationResult result, LoadedScenario loaded, Format format) {
        SourceNotes sources = loaded.sources();
        return switch (format) {
            case text -> TextReport.render(result, sources);
            case json -> JsonReport.render(result, sources);
            case csv -> CsvReport.render(result);
            case html -> HtmlReport.render(result, loaded.scenario().description(), sources);
        };
    }

    private static void writeAll(SimulationResult result, LoadedScenario loaded, OutputFolder folder) {
        try (OutputFolder.Writing files = folder.begin("simulate")) {
            for (Format f : Format.values()) {
                String extension = f == Format.text ? "txt" : f.name();
                files.write("simulation." + extension, render(result, loaded, f));
            }
            files.commit();
        }
    }

    static Replications parseReplications(String text) {
        if ("auto".equalsIgnoreCase(text)) {
            return Replications.auto(AUTO_CAP);
        }
        try {
            long n = Long.parseLong(text.trim());
            if (n > MAX_REPLICATIONS) {
                throw new UserError("--replications must be at most " + MAX_REPLICATIONS + " (100,000 replications already "
                        + "pin a 95 % interval to a few hundredths of a percentage point); got '" + text + "'");
            }
            if (n < 2) {
                // One replication has no spread, so its "confidence interval" would have zero width: false certainty.
                throw new UserError("--replications must be 2 or more (a confidence interval needs at least two), or 'auto'; got '"
                        + text + "'");
            }
            return Replications.of((int) n);
        } catch (NumberFormatException e) {
            throw new UserError("--replications must be a whole number, 2 or more, or 'auto'; got '" + text + "'");
        }
    }
}
