package waitlist.app.scenario;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import waitlist.app.Main;
import waitlist.scenarios.Scenario;
import waitlist.scenarios.Scenarios;

/** {@code waitlist scenarios}: the bundled scenarios, one line each. */
@Command(name = "scenarios",
        description = "List the bundled scenarios (the files in scenarios/), one line each.",
        mixinStandardHelpOptions = true)
public final class ScenariosCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int width = Scenarios.BUNDLED.stream().mapToInt(String::length).max().orElse(0);
        for (String name : Scenarios.BUNDLED) {
            Scenario s = Scenarios.bundled(name).scenario();
            out.printf("%-" + width + "s  %s%n", name, s.description());
        }
        return Main.EXIT_OK;
    }
}
