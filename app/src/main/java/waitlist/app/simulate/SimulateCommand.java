package waitlist.app.simulate;

import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import waitlist.app.UserError;
import waitlist.app.report.RunStamp;
import waitlist.app.run.ReportFormat;
import waitlist.app.run.ReportOptions;
import waitlist.app.run.RunOptions;
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

    @Parameters(arity = "0..1", paramLabel = "SCENARIO", defaultValue = Scenarios.DEFAULT,
            description = "Scenario file or bundled scenario name (default: ${DEFAULT-VALUE}).")
    String scenario;

    /** --replications (auto: until every period and area's class is settled), --seed, --threads, --confidence. */
    @CommandLine.Mixin
    RunOptions run;

    @CommandLine.Mixin
    ScenarioOverrides overrides;

    /** --format, and --out DIR for simulation.txt, .json, .csv and .html (--force to write into a folder waitlist did not make). */
    @CommandLine.Mixin
    ReportOptions report;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        report.checkFolder();
        LoadedScenario loaded = overrides.resolve(scenario).orElseThrow(() -> new UserError(
                "no such file, and no bundled scenario named '" + scenario + "' (see: waitlist scenarios)"));
        Scenario s = run.withConfidence(loaded.scenario());
        Replications rule = run.replications();
        ReplicationModel model = model(s);
        Progress progress = RunOptions.progress(spec.commandLine().getErr(), "simulating");
        int workers = RunEstimate.of(s).beforeRun(rule, run.threads(), spec.commandLine().getParseResult().hasMatchedOption("--threads"),
                progress == Progress.NONE ? null : spec.commandLine().getErr());
        SimulationResult result = Simulator.run(s, model, run.seed(), rule, workers, progress);
        RunOptions.done(progress);
        RunStamp stamp = RunStamp.now();
        report.write(spec.commandLine().getOut(), "simulate", "simulation", f -> render(result, loaded, f, stamp),
                Map.of("simulation-wide.csv", WideCsv.render(result)));
        return 0;
    }

    /** The scenario's model, with the planner plugged in when it books by solver; an impossible scenario is the user's error. */
    public static ReplicationModel model(Scenario s) {
        try {
            return Simulator.model(s, solverPolicy(s));
        } catch (IllegalArgumentException e) {
            throw new UserError(s.name() + ": " + e.getMessage());
        }
    }

    /** The planner books each cycle only when the scenario asks for it; the simulator owns the other policies. */
    public static BookingPolicy solverPolicy(Scenario s) {
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

    static String render(SimulationResult result, LoadedScenario loaded, ReportFormat format, RunStamp stamp) {
        SourceNotes sources = loaded.sources();
        return switch (format) {
            case text -> TextReport.render(result, sources);
            case json -> JsonReport.render(result, sources);
            case csv -> CsvReport.render(result);
            case html -> HtmlReport.render(result, loaded.scenario(), sources, stamp);
        };
    }


}
