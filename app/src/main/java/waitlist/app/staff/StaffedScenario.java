package waitlist.app.staff;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import waitlist.app.UserError;
import waitlist.app.output.JsonOutput;
import waitlist.scenarios.FteChange;
import waitlist.scenarios.LoadedScenario;
import waitlist.scenarios.Scenario;
import waitlist.scenarios.Scenarios;
import waitlist.scenarios.StaffGroup;
import waitlist.scenarios.io.ValueOverride;
import waitlist.simulator.staffing.StaffingPlan;

/**
 * {@code staffed.json}: the scenario the user gave, plus the staffing found and nothing else. It {@code extends} the input (by
 * name for a bundled scenario, by relative path for a file), restates any {@code --set} values, sets the FTE of every
 * alliance from the start date (entries for the same date and alliance replace the inherited ones; later inherited entries
 * are removed, since the plan replaces the staffing from that date on) and the confidence it was found at, so
 * {@code waitlist simulate staffed.json} runs what was verified.
 */
final class StaffedScenario {

    static final String FILE = "staffed.json";

    private final String argument;
    private final LoadedScenario loaded;
    private final List<ValueOverride> overrides;
    private final double confidence;

    StaffedScenario(String argument, LoadedScenario loaded, List<ValueOverride> overrides, double confidence) {
        this.argument = argument;
        this.loaded = loaded;
        this.overrides = overrides;
        this.confidence = confidence;
    }

    /** A {@code --set} into a list (an index in its path) has no place in a file that merges by key: refused before any work. */
    void checkWritable() {
        for (ValueOverride o : overrides) {
            for (String segment : segments(o.pointer())) {
                if (segment.matches("\\d+|-")) {
                    throw new UserError(o.flag() + ": staff writes staffed.json as your scenario plus the staffing it finds, and "
                            + "a change inside a list cannot be restated there; put that change in a scenario file and staff that");
                }
            }
        }
    }

    /** What the file will extend, in words. */
    String describe() {
        return bundled() ? "the bundled " + argument : loaded.file().toString();
    }

    private boolean bundled() {
        return !Files.isRegularFile(Path.of(argument)) && Scenarios.bundledFile(stripJson(argument)).isPresent();
    }

    String json(StaffingPlan plan, String goal, Path folder) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        Scenario s = loaded.scenario();
        ObjectNode root = f.objectNode();
        root.put("extends", bundled() ? stripJson(argument)
                : folder.toAbsolutePath().relativize(loaded.file().toAbsolutePath()).toString().replace('\\', '/'));
        root.put("name", s.name() + "-staffed");
        root.put("description", s.name() + " with the least-cost staffing found by waitlist staff: " + goal);
        for (ValueOverride o : overrides) {
            put(root, segments(o.pointer()), o.value());
        }
        ((ObjectNode) child(root, "target")).put("confidence", confidence);
        ObjectNode workforce = (ObjectNode) child(root, "workforce");
        group(workforce, "ot", s.workforce().ot(), plan.ot(), plan, goal);
        group(workforce, "coach", s.workforce().coach(), plan.coach(), plan, goal);
        return JsonOutput.write(root);
    }

    private static void group(ObjectNode workforce, String name, StaffGroup inherited, Map<String, Double> fte, StaffingPlan plan,
                              String goal) {
        ObjectNode g = (ObjectNode) child(workforce, name);
        // {"value": [...], "source": ...}: the entries merge by date and alliance like a bare list, and the note replaces the
        // inherited one, which described the old staffing
        ObjectNode wrapped = g.putObject("fte");
        ArrayNode entries = wrapped.putArray("value");
        wrapped.put("source", "found by waitlist staff: " + goal + "; FTE per alliance from " + plan.from());
        fte.forEach((alliance, value) -> entries.addObject().put("from", plan.from().toString()).put("alliance", alliance).put("fte", value));
        for (FteChange c : inherited.fte()) {
            if (c.from().isAfter(plan.from())) {
                entries.addObject().put("from", c.from().toString()).put("alliance", c.alliance()).put("remove", true);
            }
        }
    }

    private static tools.jackson.databind.JsonNode child(ObjectNode parent, String name) {
        return parent.has(name) ? parent.get(name) : parent.putObject(name);
    }

    private static void put(ObjectNode root, List<String> path, tools.jackson.databind.JsonNode value) {
        ObjectNode at = root;
        for (int i = 0; i < path.size() - 1; i++) {
            at = (ObjectNode) child(at, path.get(i));
        }
        at.set(path.get(path.size() - 1), value);
    }

    private static List<String> segments(String pointer) {
        return java.util.Arrays.stream(pointer.substring(1).split("/", -1))
                .map(s -> s.replace("~1", "/").replace("~0", "~")).toList();
    }

    private static String stripJson(String name) {
        return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }
}
