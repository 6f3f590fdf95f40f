package waitlist.app.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import waitlist.app.UserError;
import waitlist.app.output.JsonOutput;
import waitlist.app.report.RunStamp;
import waitlist.app.run.ReportFormat;
import waitlist.app.run.ReportOptions;
import waitlist.app.run.RunOptions;
import waitlist.app.scenario.ScenarioOverrides;
import waitlist.app.simulate.SimulateCommand;
import waitlist.scenarios.LoadedScenario;
import waitlist.scenarios.Scenario;
import waitlist.simulator.Progress;
import waitlist.simulator.compare.Comparison;
import waitlist.simulator.compare.ComparisonResult;

/** {@code waitlist compare A B [C...]}: the same replications of each scenario, and their paired differences from the first. */
@Command(name = "compare",
        mixinStandardHelpOptions = true,
        description = "Run two or more scenarios on the same random numbers and report, per period and area, each one's "
                + "difference from the first (attainment, chance the target holds, waits, waiting list, utilisation, cost) "
                + "with 95%% intervals and the chance it did better.%n"
                + "Every referral meets the same fate in every scenario, so the differences are the change's, not noise.")
public final class CompareCommand implements Callable<Integer> {

    @Parameters(arity = "2..*", paramLabel = "SCENARIO",
            description = "Two or more scenario files or bundled scenario names; the first is the one the others are compared with.")
    List<String> scenarios;

    /** --replications (auto: until every paired attainment difference excludes 0 or is known to 1 point), --seed, --threads, --confidence. */
    @CommandLine.Mixin
    RunOptions run;

    /** --set, applied to every scenario compared. */
    @CommandLine.Mixin
    ScenarioOverrides overrides;

    /** --format, and --out DIR for comparison.txt, .json, .csv and .html. */
    @CommandLine.Mixin
    ReportOptions report;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        report.checkFolder();
        List<LoadedScenario> loaded = new ArrayList<>();
        List<Comparison.Arm> arms = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (String name : scenarios) {
            LoadedScenario l = overrides.resolve(name).orElseThrow(() -> new UserError(
                    "no such file, and no bundled scenario named '" + name + "' (see: waitlist scenarios)"));
            Scenario s = run.withConfidence(l.scenario());
            int n = seen.merge(s.name(), 1, Integer::sum);
            String label = n == 1 ? s.name() : s.name() + " (" + n + ")";
            loaded.add(l);
            arms.add(new Comparison.Arm(label, s, SimulateCommand.model(s)));
        }
        Progress progress = RunOptions.progress(spec.commandLine().getErr(), "comparing");
        ComparisonResult result = Comparison.run(arms, run.seed(), run.replications(),
                run.threadsFitting(arms.stream().map(Comparison.Arm::scenario).toList()), progress);
        RunOptions.done(progress);
        RunStamp stamp = RunStamp.now();
        report.write(spec.commandLine().getOut(), "compare", "comparison", f -> render(result, loaded, f, stamp),
                Map.of("comparison-wide.csv", CompareWideCsv.render(result)));
        return 0;
    }

    static String render(ComparisonResult result, List<LoadedScenario> loaded, ReportFormat format, RunStamp stamp) {
        return switch (format) {
            case text -> CompareTextReport.render(result);
            case json -> JsonOutput.write(result);
            case csv -> CompareCsvReport.render(result);
            case html -> CompareHtmlReport.render(result, loaded, stamp);
        };
    }
}
