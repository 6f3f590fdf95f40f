package waitlist.app.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import picocli.CommandLine.Option;
import waitlist.scenarios.LoadedScenario;
import waitlist.scenarios.Scenarios;
import waitlist.scenarios.io.ValueOverride;

/**
 * {@code --set /json/pointer=value}, for every command that reads a scenario: mix it in with
 * {@code @CommandLine.Mixin ScenarioOverrides overrides;} and read the scenario with
 * {@link #resolve}. The values go into the document before it is checked, so a bad one is
 * reported like a bad value in a file, naming the flag.
 */
public final class ScenarioOverrides {

    @Option(names = "--set", paramLabel = "/PATH=VALUE",
            description = "Change one value of the scenario for this run, e.g. --set /horizon/weeks=104 or "
                    + "--set /workforce/ot/fte/2/fte=1.5 (a JSON pointer; list entries count from 0; - adds at the end). "
                    + "Repeatable; checked like a value in the file.")
    List<String> assignments = new ArrayList<>();

    /** The overrides as given, in order. */
    public List<ValueOverride> values() {
        return ValueOverride.parseAll(assignments);
    }

    /** The scenario file or bundled scenario the user named, with the overrides in place; empty when it is neither. */
    public Optional<LoadedScenario> resolve(String fileOrName) {
        return Scenarios.resolve(fileOrName, values());
    }
}
