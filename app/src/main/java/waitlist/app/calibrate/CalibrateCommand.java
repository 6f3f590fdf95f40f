package waitlist.app.calibrate;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import waitlist.app.Main;
import waitlist.app.UserError;
import waitlist.app.output.ForceOption;
import waitlist.app.output.OutputFile;
import waitlist.app.run.TerminalProgress;
import waitlist.app.scenario.ScenarioOverrides;
import waitlist.scenarios.LoadedScenario;
import waitlist.scenarios.Scenario;
import waitlist.scenarios.Scenarios;
import waitlist.scenarios.io.Documents;
import waitlist.scenarios.io.InvalidDocumentException;
import waitlist.scenarios.io.Overlays;
import waitlist.scenarios.io.ValueOverride;
import waitlist.simulator.results.SimulationResult;

/** {@code waitlist calibrate}: fits scenario values so the simulated series matches an observed one. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {
                "Fits scenario values so the simulated series matches an observed one (waitlist import --observed writes it).",
                "Every candidate runs on the same replications (common random numbers); one value is searched by a grid and "
                        + "Brent's method, several by BOBYQA (Commons Math). Prints the fitted values with 95%% intervals, the "
                        + "goodness of fit (poor when the root mean square z is above 2), observed against simulated per period, "
                        + "and writes the calibrated scenario (-o): a file that extends SCENARIO and states only the fitted values."})
public final class CalibrateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SCENARIO", description = "A scenario file or a bundled scenario's name; its weeks and periods must overlap the observed ones.")
    String scenario;

    @Option(names = "--observed", required = true, paramLabel = "FILE",
            description = "The observed series: granularity,period,start,end,area,metric,statistic,value (statistic 'observed'; "
                    + "a simulated series' 'mean' rows are read when there are none).")
    Path observed;

    @Option(names = "--fit", required = true, paramLabel = "/PATH=MIN..MAX",
            description = "A value to fit and its range, e.g. --fit /pathway/firstAssessment/writeUpMinutes=10..60 (a JSON pointer as "
                    + "--set takes it; a value that changes on dates through .../value or .../changes/N/value). Repeatable.")
    List<String> fits = new ArrayList<>();

    @Option(names = "--measure", paramLabel = "NAME[=WEIGHT]",
            description = "A measure to match, e.g. waitP95Days or week:waitingList, with an optional weight (default 1). Repeatable. "
                    + "Default: every measure in the observed file that the simulator reports, each weighing 1.")
    List<String> measures = new ArrayList<>();

    @Option(names = "--area", paramLabel = "ID",
            description = "An area to match: county (default) or an alliance id; 'all' for the county and every alliance. Repeatable.")
    List<String> areas = new ArrayList<>();

    @Option(names = "--replications", paramLabel = "N", defaultValue = "40",
            description = "Replications per candidate, the same for every candidate (default: ${DEFAULT-VALUE}).")
    int replications;

    @Option(names = "--evaluations", paramLabel = "N", defaultValue = "40",
            description = "Most candidates the optimiser may try (default: ${DEFAULT-VALUE}); the interval takes two more per value.")
    int evaluations;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Master random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores). Does not change results.")
    Integer threads;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the calibrated scenario here.")
    Path out;

    @Option(names = "--csv", paramLabel = "FILE", description = "Write every observed value against the simulated one (weeks too) as CSV.")
    Path csv;

    @CommandLine.Mixin
    ScenarioOverrides overrides;

    @CommandLine.Mixin
    ForceOption force;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (replications < 2 || replications > 2000) {
            throw new UserError("--replications must be from 2 to 2000 (an interval needs at least two); got " + replications);
        }
        if (evaluations < 5 || evaluations > 10_000) {
            throw new UserError("--evaluations must be from 5 to 10000; got " + evaluations);
        }
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1 || workers > 256) {
            throw new UserError("--threads must be between 1 and 256, got " + workers);
        }
        Path file = scenarioFile();
        List<ValueOverride> sets = overrides.values();
        LoadedScenario loaded = Scenarios.load(file, sets);
        List<FitParameter> parameters = parameters(loaded);
        double[] start = startValues(loaded, parameters);
        for (FitParameter p : parameters) {
            checkBound(file, sets, p, p.min());
            checkBound(file, sets, p, p.max());
        }
        ObservedFile.Read read = ObservedFile.read(observed);
        List<String> areaIds = areas(loaded.scenario());
        Set<String> inFile = read.observations().stream().filter(o -> areaIds.contains(o.area())).map(Observation::measure)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<String> ignored = new ArrayList<>();
        Map<String, Double> weights = Measures.choose(measures, inFile, ignored);
        OutputFile scenarioOut = out == null ? null : OutputFile.check(out, "-o", force.force());
        OutputFile csvOut = csv == null ? null : OutputFile.check(csv, "--csv", force.force());

        PrintWriter err = spec.commandLine().getErr();
        boolean terminal = TerminalProgress.onTerminal();
        Calibration.Result result;
        Series series;
        try (Evaluator evaluator = new Evaluator(file, sets, parameters, seed, replications, workers)) {
            series = evaluator.match(start, (s, model) -> Series.match(read.observations(), weights, areaIds, s.scenario(), model));
            if (series.rows.isEmpty()) {
                throw new UserError("the observed series and " + scenario + " share no week or period: the scenario runs from "
                        + loaded.scenario().horizon().start() + " for " + loaded.scenario().horizon().weeks() + " weeks; start it inside the "
                        + "observed history (e.g. waitlist import EXTRACT --as-of DATE --weeks N builds the list as it was on DATE)");
            }
            Calibration calibration = new Calibration(evaluator, parameters, series, weights, evaluations, line -> {
                if (terminal) {
                    err.print("\rcalibrating: " + line + "\033[K");
                    err.flush();
                }
            });
            result = calibration.fit(start);
        }
        if (terminal) {
            err.print("\r\033[K");
            err.flush();
        }
        String areaText = String.join(", ", areaIds);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(CalibrationReport.text(result, observed.getFileName().toString(), read.statistic(), series, ignored, areaText));
        if (csvOut != null) {
            csvOut.write(CalibrationReport.csv(result));
            stdout.println("wrote " + csv);
        }
        if (scenarioOut != null) {
            scenarioOut.write(Documents.toJson(calibrated(loaded, sets, result, series, weights, areaText, scenarioOut.path())));
            stdout.println("wrote " + out + ": extends " + extendsName(file, scenarioOut.path()) + ", states the fitted values");
        } else {
            stdout.println("(add -o FILE to write the calibrated scenario)");
        }
        stdout.flush();
        return Main.EXIT_OK;
    }

    private Path scenarioFile() {
        Path given = Path.of(scenario);
        if (java.nio.file.Files.isRegularFile(given)) {
            return given;
        }
        String name = scenario.endsWith(".json") ? scenario.substring(0, scenario.length() - 5) : scenario;
        return Scenarios.bundledFile(name).orElseThrow(() -> new UserError(scenario + ": no such file or bundled scenario (see: waitlist scenarios)"));
    }

    private List<FitParameter> parameters(LoadedScenario loaded) {
        List<FitParameter> list = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String f : fits) {
            FitParameter p = FitParameter.parse(f);
            if (!seen.add(p.pointer())) {
                throw new UserError(p.flag() + ": " + p.pointer() + " is fitted twice");
            }
            list.add(p);
        }
        if (list.size() > 10) {
            throw new UserError("at most 10 values can be fitted at once; got " + list.size());
        }
        return list;
    }

    /** Each value as the scenario has it, pulled into its range: where the search starts. */
    private static double[] startValues(LoadedScenario loaded, List<FitParameter> parameters) {
        JsonNode tree = Documents.toTree(loaded.scenario());
        double[] start = new double[parameters.size()];
        for (int k = 0; k < start.length; k++) {
            FitParameter p = parameters.get(k);
            JsonNode node = tree.at(JsonPointer.compile(p.pointer()));
            if (node.isObject() && node.has("value") && node.has("changes")) {
                throw new UserError(p.flag() + ": " + p.pointer() + " changes on dates; fit " + p.pointer() + "/value (before the first change) or "
                        + p.pointer() + "/changes/N/value");
            }
            if (!node.isNumber()) {
                throw new UserError(p.flag() + ": " + p.pointer() + (node.isMissingNode() ? " is not in the scenario" : " is not a number")
                        + "; name a number of the scenario, as --set does (e.g. /pathway/firstAssessment/writeUpMinutes, /workforce/ot/fte/0/fte)");
            }
            start[k] = p.round(Math.min(p.max(), Math.max(p.min(), node.doubleValue())));
        }
        return start;
    }

    /** Both ends of a range must be values the scenario accepts. */
    private static void checkBound(Path file, List<ValueOverride> sets, FitParameter p, double value) {
        List<ValueOverride> all = new ArrayList<>(sets);
        all.add(ValueOverride.parse(p.pointer() + "=" + FitParameter.plain(value)));
        try {
            Scenarios.load(file, all);
        } catch (InvalidDocumentException e) {
            String why = e.problems().stream().map(pr -> pr.message()).collect(Collectors.joining("; "));
            throw new UserError(p.flag() + ": the scenario does not accept " + FitParameter.plain(value) + " there: " + why);
        }
    }

    private List<String> areas(Scenario s) {
        List<String> ids = s.alliances().stream().map(a -> a.id()).toList();
        if (areas.isEmpty()) {
            return List.of(SimulationResult.COUNTY);
        }
        List<String> chosen = new ArrayList<>();
        for (String a : areas) {
            if (a.equals("all")) {
                chosen.addAll(ids);
                chosen.add(SimulationResult.COUNTY);
            } else if (a.equals(SimulationResult.COUNTY) || ids.contains(a)) {
                chosen.add(a);
            } else {
                throw new UserError("--area " + a + ": not an area of " + s.name() + "; use county, all or one of " + String.join(", ", ids));
            }
        }
        return List.copyOf(new LinkedHashSet<>(chosen));
    }

    /** The calibrated scenario: extends the input and states the --set values and the fitted ones, each with its note. */
    private ObjectNode calibrated(LoadedScenario loaded, List<ValueOverride> sets, Calibration.Result result, Series series,
                                  Map<String, Double> weights, String areaText, Path target) {
        List<Overlays.Setting> settings = new ArrayList<>();
        for (ValueOverride v : sets) {
            settings.add(new Overlays.Setting(v.pointer(), v.value(), "set on the command line when calibrating: " + v.flag()));
        }
        for (Calibration.Fitted f : result.fitted()) {
            FitParameter p = f.parameter();
            String interval = f.identified() ? " (95% interval " + p.format(f.low()) + "-" + p.format(f.high()) + ")" : " (not identified by these measures)";
            String note = "calibrated to " + observed.getFileName() + ", " + String.join(" ", weights.keySet()) + " (" + areaText + "), "
                    + series.from + " to " + series.to + ": " + p.format(f.value()) + interval + ", range " + FitParameter.plain(p.min()) + ".."
                    + FitParameter.plain(p.max()) + ", fit rms z " + String.format(Locale.ROOT, "%.2f", result.rmsZ())
                    + (result.poor() ? " (poor fit)" : "") + (f.onBound() ? " (on its bound)" : "") + "; " + result.replications()
                    + " replications, seed " + seed;
            settings.add(new Overlays.Setting(p.pointer(), tools.jackson.databind.node.JsonNodeFactory.instance.numberNode(f.value()), note));
        }
        ObjectNode overlay = Overlays.of(Scenario.class, Documents.toTree(loaded.scenario()), settings);
        ObjectNode doc = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        doc.put("extends", extendsName(scenarioFile(), target));
        String base = target.getFileName().toString().replaceFirst("\\.json$", "");
        doc.put("name", base);
        doc.put("description", loaded.scenario().name() + " with " + result.fitted().stream().map(f -> f.parameter().shortName())
                .collect(Collectors.joining(", ")) + " calibrated to " + observed.getFileName());
        overlay.properties().forEach(e -> doc.set(e.getKey(), e.getValue()));
        return doc;
    }

    /** A bundled scenario by its name; a file by its path relative to the calibrated file's folder. */
    private String extendsName(Path file, Path target) {
        if (file.getFileSystem() != java.nio.file.FileSystems.getDefault() || !java.nio.file.Files.isRegularFile(Path.of(scenario))) {
            return scenario.endsWith(".json") ? scenario.substring(0, scenario.length() - 5) : scenario;
        }
        Path folder = target.toAbsolutePath().normalize().getParent();
        return folder.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
