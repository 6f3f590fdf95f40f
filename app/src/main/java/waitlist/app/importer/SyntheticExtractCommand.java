package waitlist.app.importer;

import java.nio.file.Path;
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
import waitlist.scenarios.Demand;
import waitlist.scenarios.LoadedScenario;
import waitlist.scenarios.Scenario;
import waitlist.scenarios.Scenarios;

/**
 * {@code waitlist synthetic-extract} (hidden; for developers and the shipped example): a seeded
 * referral extract drawn from a scenario's demand and pathway, whose true rates are known, to try
 * {@code waitlist import} on and to check that it recovers them.
 */
@Command(name = "synthetic-extract", hidden = true, mixinStandardHelpOptions = true,
        description = "Write a seeded synthetic referral extract drawn from a scenario's demand (growth counted from --from) and "
                + "pathway, with waits to first assessment moving from --wait-first to --wait-last days on average. Same options, same file.")
public final class SyntheticExtractCommand implements Callable<Integer> {

    @Option(names = "--scenario", paramLabel = "S", defaultValue = Scenarios.DEFAULT, description = "Scenario (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--from", paramLabel = "DATE", required = true, description = "First referral day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", required = true, description = "The day the extract is taken (exclusive).")
    LocalDate to;

    @Option(names = "--seed", paramLabel = "K", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--annual", paramLabel = "N", description = "Referrals a year at --from (default: the scenario's).")
    Double annual;

    @Option(names = "--wait-first", paramLabel = "DAYS", defaultValue = "35", description = "Mean wait at the start (default: ${DEFAULT-VALUE}).")
    double waitFirst;

    @Option(names = "--wait-last", paramLabel = "DAYS", defaultValue = "35", description = "Mean wait at the end (default: ${DEFAULT-VALUE}).")
    double waitLast;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Where to write it (default: standard output).")
    Path out;

    @CommandLine.Mixin
    ForceOption force;

    @CommandLine.Mixin
    ScenarioOverrides overrides;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        OutputFile target = out == null ? null : OutputFile.check(out, "--out", force.force());
        if (!from.isBefore(to)) {
            throw new UserError("--from must be before --to");
        }
        if (!(waitFirst > 0 && waitLast > 0)) {
            throw new UserError("--wait-first and --wait-last must be above 0");
        }
        LoadedScenario loaded = overrides.resolve(scenario).orElseThrow(() -> new UserError("no scenario file or bundled scenario called '"
                + scenario + "' (see: waitlist scenarios)"));
        Scenario s = loaded.scenario();
        if (s.pathway() == null) {
            throw new UserError(s.name() + " has no Reconnect-style pathway to draw referral fates from");
        }
        Demand d = s.demand();
        Demand demand = annual == null ? d : new Demand(annual, d.allianceShares(), d.seasonality(), d.growthPerYear(), d.stepChanges());
        String csv = SyntheticExtract.csv(SyntheticExtract.generate(s,
                new SyntheticExtract.Truth(demand, from, to, waitFirst, waitLast, 10), seed));
        if (out == null) {
            spec.commandLine().getOut().print(csv);
            spec.commandLine().getOut().flush();
        } else {
            target.write(csv);
        }
        return Main.EXIT_OK;
    }
}
