package waitlist.app.sweep;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import waitlist.app.UserError;
import waitlist.app.output.JsonOutput;
import waitlist.app.report.RunStamp;
import waitlist.app.run.ReportFormat;
import waitlist.app.run.ReportOptions;
import waitlist.app.run.RunOptions;
import waitlist.app.simulate.SimulateCommand;
import waitlist.scenarios.LoadedScenario;
import waitlist.scenarios.Scenario;
import waitlist.scenarios.Scenarios;
import waitlist.scenarios.io.ValueOverride;
import waitlist.simulator.Progress;
import waitlist.simulator.Simulator;
import waitlist.simulator.results.SimulationResult;
import waitlist.simulator.results.TargetVerdict;

/** {@code waitlist sweep SCENARIO --set /path=v1,v2,...}: the verdict over a grid of inputs, on the same random numbers. */
@Command(name = "sweep",
        mixinStandardHelpOptions = true,
        description = "Simulate a scenario over a grid of values of one or more inputs, all on the same random numbers, and say "
                + "where the verdict changes (the break-even).%n"
                + "Example: waitlist sweep reconnect-baseline --set /demand/growthPerYear=0..0.2:0.02")
public final class SweepCommand implements Callable<Integer> {

    /** Most points a grid may have. */
    static final int MAX_POINTS = 400;

    @Parameters(arity = "0..1", paramLabel = "SCENARIO", defaultValue = Scenarios.DEFAULT,
            description = "Scenario file or bundled scenario name (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--set", paramLabel = "/PATH=V1,V2,...", required = true,
            description = "An input and the values it takes: comma-separated (JSON values; commas inside [] or {} do not split) "
                    + "or a range from..to:step. One value fixes the input for every point. Repeat for a grid.")
    List<String> assignments = new ArrayList<>();

    /** --replications (auto per point, as simulate), --seed, --threads, --confidence. */
    @CommandLine.Mixin
    RunOptions run;

    /** --format (csv: one row per point), and --out DIR for sweep.txt, .json, .csv and .html. */
    @CommandLine.Mixin
    ReportOptions report;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        report.checkFolder();
        List<ValueOverride> fixed = new ArrayList<>();
        List<SweepAxis> axes = new ArrayList<>();
        for (String a : assignments) {
            SweepAxis axis = SweepAxis.parse(a);
            if (axis.values().size() == 1) {
                fixed.add(ValueOverride.parse(axis.pointer() + "=" + axis.values().get(0)));
            } else {
                axes.add(axis);
            }
        }
        if (axes.isEmpty()) {
            throw new UserError("--set: give at least one input with two or more values to sweep, e.g. --set /demand/growthPerYear=0,0.05,0.1");
        }
        List<Map<String, String>> grid = Sweep.grid(axes);
        if (grid.size() > MAX_POINTS) {
            throw new UserError("the grid has " + grid.size() + " points; a sweep takes at most " + MAX_POINTS
                    + " (fewer values per input, or sweep one input at a time)");
        }
        // Every point is read and checked before any is run, so a bad value is reported at once.
        List<Scenario> scenarios = new ArrayList<>();
        for (Map<String, String> point : grid) {
            List<ValueOverride> overrides = new ArrayList<>(fixed);
            point.forEach((pointer, value) -> overrides.add(ValueOverride.parse(pointer + "=" + value)));
            LoadedScenario loaded = Scenarios.resolve(scenario, overrides).orElseThrow(() -> new UserError(
                    "no such file, and no bundled scenario named '" + scenario + "' (see: waitlist scenarios)"));
            scenarios.add(run.withConfidence(loaded.scenario()));
        }
        PrintWriter err = spec.commandLine().getErr();
        int threads = run.threadsFitting(scenarios);
        List<SweepResult.Point> points = new ArrayList<>();
        String unit = TargetVerdict.unit(scenarios.get(0).target().reportingPeriod());
        for (int i = 0; i < grid.size(); i++) {
            Progress progress = RunOptions.progress(err, "point " + (i + 1) + " of " + grid.size());
            Scenario s = scenarios.get(i);
            SimulationResult r = Simulator.run(s, SimulateCommand.model(s), run.seed(), run.replications(), threads, progress);
            RunOptions.done(progress);
            points.add(Sweep.point(grid.get(i), r));
        }
        SweepResult result = new SweepResult(scenarios.get(0).name(), run.seed(), run.replications().describe(),
                axes.stream().map(SweepAxis::pointer).toList(), points, Sweep.breakEvens(axes, points, unit));
        Scenario first = scenarios.get(0);
        Page page = new Page(unit, first.target().confidenceOrDefault(), first.target().attainment(), RunStamp.now());
        report.write(spec.commandLine().getOut(), "sweep", "sweep", f -> render(result, page, f),
                Map.of("sweep-wide.csv", SweepPage.wideCsv(result)));
        return 0;
    }

    /** What the HTML page needs besides the result: the period unit, the confidence and target it reads against, the run stamp. */
    record Page(String unit, double confidence, double target, RunStamp stamp) {
    }

    static String render(SweepResult r, Page page, ReportFormat format) {
        return switch (format) {
            case text -> SweepReports.text(r, page.unit());
            case json -> JsonOutput.write(r);
            case csv -> SweepReports.csv(r);
            case html -> SweepPage.render(r, page.unit(), page.confidence(), page.target(), page.stamp());
        };
    }
}
