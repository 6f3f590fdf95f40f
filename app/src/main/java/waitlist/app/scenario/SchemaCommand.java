package waitlist.app.scenario;

import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import waitlist.app.Main;
import waitlist.scenarios.Scenario;
import waitlist.scenarios.io.SchemaGenerator;

/** {@code waitlist schema}: prints the JSON Schema of the scenario format (shipped as scenarios/schema/scenario.schema.json). */
@Command(name = "schema",
        description = "Print the JSON Schema of the scenario format, for editors (the same as scenarios/schema/scenario.schema.json).",
        mixinStandardHelpOptions = true)
public final class SchemaCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(SchemaGenerator.schemaJson(Scenario.class, "waitlist scenario"));
        spec.commandLine().getOut().flush();
        return Main.EXIT_OK;
    }
}
