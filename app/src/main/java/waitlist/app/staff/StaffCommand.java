package waitlist.app.staff;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import waitlist.app.UserError;
import waitlist.app.output.JsonOutput;
import waitlist.app.output.OutputFolder;
import waitlist.app.report.RunStamp;
import waitlist.app.run.ReportFormat;
import waitlist.app.run.ReportOptions;
import waitlist.app.run.RunOptions;
import waitlist.app.scenario.ScenarioOverrides;
import waitlist.app.simulate.SimulateCommand;
import waitlist.scenarios.LoadedScenario;
import waitlist.scenarios.Scenario;
import waitlist.scenarios.Scenarios;
import waitlist.simulator.Progress;
import waitlist.simulator.Replications;
import waitlist.simulator.staffing.StaffingGoal;
import waitlist.simulator.staffing.StaffingOutcome;
import waitlist.simulator.staffing.StaffingSearch;

/** {@code waitlist staff}: the least-cost OT and coach FTE per alliance that keep the target likely to hold. */
@Command(name = "staff",
        mixinStandardHelpOptions = true,
        description = "Find the least annual cost of OT and coach FTE per alliance that keeps every period and alliance likely to "
                + "hold at the confidence, utilisation below 100%% and the mean wait for a group place within a limit; verify it "
                + "on fresh seeds; write staffed.json, a runnable scenario that extends yours and states only the staffing.")
public final class StaffCommand implements Callable<Integer> {

    /** Fewer replications than this cannot tell 0.9 from 0.85 reliably. */
    static final int MIN_VERIFY = 400;

    @Parameters(arity = "0..1", paramLabel = "SCENARIO", defaultValue = Scenarios.DEFAULT,
            description = "Scenario file or bundled scenario name (default: ${DEFAULT-VALUE}).")
    String scenario;

    /** --replications (of the verification: 'auto' is 400), --seed, --threads, --confidence. */
    @CommandLine.Mixin
    RunOptions run;

    @CommandLine.Mixin
    ScenarioOverrides overrides;

    @Option(names = "--max-place-wait-days", paramLabel = "DAYS", defaultValue = "42",
            description = "Most mean days anyone may wait for a group place, per alliance and period (default: ${DEFAULT-VALUE}).")
    double maxPlaceWaitDays;

    @Option(names = "--step", paramLabel = "FTE", defaultValue = "0.1",
            description = "FTE change in steps of this (default: ${DEFAULT-VALUE}, a tenth of a post).")
    double step;

    @Option(names = "--from", paramLabel = "DATE",
            description = "The date the new staffing starts (default: the horizon start); periods starting before it are not judged.")
    LocalDate from;

    @Option(names = "--max-factor", paramLabel = "X", defaultValue = "3",
            description = "No alliance may need more than X times its FTE today (default: ${DEFAULT-VALUE}).")
    double maxFactor;

    @Option(names = "--search-replications", paramLabel = "N", defaultValue = "200",
            description = "Replications per candidate while searching, all on the same seed (default: ${DEFAULT-VALUE}).")
    int searchReplications;

    /** --format, and --out DIR for staffed.json (the scenario with the staffing found), staffing.txt/.json/.csv/.html and trail.csv. */
    @CommandLine.Mixin
    ReportOptions report;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        OutputFolder folder = report.checkFolder();
        LoadedScenario loaded = overrides.resolve(scenario).orElseThrow(() -> new UserError(
                "no such file, and no bundled scenario named '" + scenario + "' (see: waitlist scenarios)"));
        Scenario s = run.withConfidence(loaded.scenario());
        StaffedScenario staffed = new StaffedScenario(scenario, loaded, overrides.values(), s.target().confidenceOrDefault());
        if (folder != null) {
            staffed.checkWritable(); // a --set that staffed.json cannot restate is refused before the search
        }
        StaffingGoal goal = goal(s);
        Progress progress = RunOptions.counting(spec.commandLine().getErr(), "searching", "staffing plans tried");
        StaffingOutcome outcome;
        try {
            outcome = StaffingSearch.run(s, goal, run.seed(), run.threadsFitting(List.of(s)), SimulateCommand::model, progress);
        } catch (IllegalArgumentException e) {
            throw new UserError(s.name() + ": " + e.getMessage());
        } finally {
            RunOptions.done(progress);
        }
        StaffReport staffReport = new StaffReport(s, goal, run.seed(), outcome, staffed.describe(),
                folder == null ? null : report.outAsGiven().resolve(StaffedScenario.FILE));
        RunStamp stamp = RunStamp.now();
        if (!outcome.feasible()) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(render(staffReport, report.format(), stamp));
            stdout.flush();
            throw new UserError("no staffing meets the goal: " + outcome.whyNot());
        }
        Map<String, String> extra = new LinkedHashMap<>();
        if (folder != null) {
            extra.put(StaffedScenario.FILE, staffed.json(outcome.proposed(), staffReport.describeGoal(), folder.path()));
            extra.put("trail.csv", staffReport.trailCsv());
            extra.put("staffing-wide.csv", staffReport.wideCsv());
        }
        this.report.write(spec.commandLine().getOut(), "staff", "staffing", f -> render(staffReport, f, stamp), extra);
        return 0;
    }

    private StaffingGoal goal(Scenario s) {
        if (s.workforce() == null) {
            throw new UserError(s.name() + " is a stage network: it has no OT or coach staff to set (staff works on pathway scenarios)");
        }
        if (!(step > 0 && step <= 10)) {
            throw new UserError("--step must be above 0 and at most 10 FTE; got " + step);
        }
        if (!(maxPlaceWaitDays > 0 && maxPlaceWaitDays <= 3650)) {
            throw new UserError("--max-place-wait-days must be above 0 and at most 3650; got " + maxPlaceWaitDays);
        }
        if (!(maxFactor >= 1 && maxFactor <= 100)) {
            throw new UserError("--max-factor must be between 1 and 100; got " + maxFactor);
        }
        if (searchReplications < 20 || searchReplications > 10_000) {
            throw new UserError("--search-replications must be between 20 and 10000; got " + searchReplications);
        }
        LocalDate start = s.horizon().start();
        LocalDate when = from == null ? start : from;
        if (when.isBefore(start) || !when.isBefore(s.horizon().end())) {
            throw new UserError("--from must fall within the scenario's horizon, " + start + " to " + s.horizon().end().minusDays(1)
                    + "; got " + when);
        }
        Replications verify = run.replications();
        int verifying = verify.auto() ? MIN_VERIFY : verify.fixed();
        if (verifying < MIN_VERIFY) {
            throw new UserError("--replications for staff verifies the answer on fresh seeds and must be at least " + MIN_VERIFY
                    + " (or 'auto', which is " + MIN_VERIFY + "); got " + verifying);
        }
        return new StaffingGoal(s.target().confidenceOrDefault(), maxPlaceWaitDays, step, when, maxFactor, searchReplications, verifying);
    }

    static String render(StaffReport report, ReportFormat format, RunStamp stamp) {
        return switch (format) {
            case text -> report.text();
            case json -> JsonOutput.write(report.json());
            case csv -> report.planCsv();
            case html -> report.html(stamp);
        };
    }
}
