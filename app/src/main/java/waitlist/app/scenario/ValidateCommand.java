package waitlist.app.scenario;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import waitlist.app.Main;
import waitlist.scenarios.LoadedScenario;
import waitlist.scenarios.io.InvalidDocumentException;
import waitlist.scenarios.io.Problem;

/** {@code waitlist validate FILE...}: checks scenario files and lists every problem in each. */
@Command(name = "validate",
        description = "Check scenario files: every problem in each file, with file:line:column and JSON path.%n"
                + "Exit code 0 when all are valid, 2 when any is not.",
        mixinStandardHelpOptions = true)
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files (or names of bundled scenarios).")
    List<String> files;

    @CommandLine.Mixin
    ScenarioOverrides overrides;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int invalid = 0;
        for (String file : files) {
            try {
                LoadedScenario loaded = load(file);
                out.println("ok: " + file + " (" + loaded.scenario().name() + describeChain(loaded) + ")");
            } catch (InvalidDocumentException e) {
                invalid++;
                for (Problem p : e.problems()) {
                    err.println("error: " + p);
                }
                err.println(file + ": " + e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems"));
            }
        }
        return invalid == 0 ? Main.EXIT_OK : Main.EXIT_USER_ERROR;
    }

    private LoadedScenario load(String file) {
        return overrides.resolve(file).orElseThrow(() -> new InvalidDocumentException(List.of(
                new Problem(pathOf(file), 0, 0, "", "no such file, and no bundled scenario of that name (see: waitlist scenarios)"))));
    }

    private static Path pathOf(String file) {
        try {
            return Path.of(file);
        } catch (java.nio.file.InvalidPathException e) {
            return Path.of(file.replace('\0', '?'));
        }
    }

    private static String describeChain(LoadedScenario loaded) {
        if (loaded.extendsChain().size() < 2) {
            return "";
        }
        return ", extends " + String.join(" -> ", loaded.extendsChain().subList(1, loaded.extendsChain().size())
                .stream().map(p -> String.valueOf(p.getFileName())).toList());
    }
}
