package waitlist.app.calibrate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import waitlist.app.simulate.SimulateCommand;
import waitlist.scenarios.LoadedScenario;
import waitlist.scenarios.Scenarios;
import waitlist.scenarios.io.ValueOverride;
import waitlist.simulator.ReplicationModel;
import waitlist.simulator.ReplicationRunner;
import waitlist.simulator.random.RandomStreams;

/**
 * Runs the scenario at candidate values of the fitted parameters, always on the same replications (streams of seed and
 * replication 0..R-1: common random numbers), so two candidates differ only by what the values change, and the objective
 * is a fixed function of the values rather than a noisy one. Candidates are remembered: the optimiser may ask twice.
 */
final class Evaluator implements AutoCloseable {

    /** The simulated series at one candidate: each replication's value per row, and their mean and standard deviation. */
    record Run(double[] values, double[][] byReplication, double[] mean, double[] sd) {
    }

    private final Path file;
    private final List<ValueOverride> sets;
    private final List<FitParameter> parameters;
    private final long seed;
    private final int replications;
    private final ReplicationRunner runner;
    private final Map<String, Run> done = new HashMap<>();
    private Series series;
    private int evaluations;

    Evaluator(Path file, List<ValueOverride> sets, List<FitParameter> parameters, long seed, int replications, int threads) {
        this.file = file;
        this.sets = List.copyOf(sets);
        this.parameters = List.copyOf(parameters);
        this.seed = seed;
        this.replications = replications;
        this.runner = new ReplicationRunner(threads);
    }

    /** The scenario with the command line's {@code --set} values and the candidate values in place. */
    LoadedScenario scenario(double[] values) {
        List<ValueOverride> all = new ArrayList<>(sets);
        for (int k = 0; k < parameters.size(); k++) {
            all.add(ValueOverride.parse(parameters.get(k).pointer() + "=" + FitParameter.plain(values[k])));
        }
        return Scenarios.load(file, all);
    }

    /** Matches the observations against the scenario's periods and weeks; done once, at the first candidate. */
    Series match(double[] values, java.util.function.BiFunction<LoadedScenario, ReplicationModel, Series> matcher) {
        LoadedScenario s = scenario(values);
        series = matcher.apply(s, SimulateCommand.model(s.scenario()));
        return series;
    }

    int evaluations() {
        return evaluations;
    }

    int replications() {
        return replications;
    }

    Run run(double[] values) {
        String key = Arrays.toString(values);
        Run cached = done.get(key);
        if (cached != null) {
            return cached;
        }
        LoadedScenario s = scenario(values);
        ReplicationModel model = SimulateCommand.model(s.scenario());
        List<double[]> results = runner.run(0, replications, i -> series.values(model.run(new RandomStreams(seed, i))));
        double[][] byReplication = results.toArray(double[][]::new);
        int rows = series.rows.size();
        double[] mean = new double[rows];
        double[] sd = new double[rows];
        for (int r = 0; r < rows; r++) {
            double sum = 0;
            int n = 0;
            for (double[] rep : byReplication) {
                if (!Double.isNaN(rep[r])) {
                    sum += rep[r];
                    n++;
                }
            }
            mean[r] = n == 0 ? Double.NaN : sum / n;
            double ss = 0;
            for (double[] rep : byReplication) {
                if (!Double.isNaN(rep[r])) {
                    ss += (rep[r] - mean[r]) * (rep[r] - mean[r]);
                }
            }
            sd[r] = n < 2 ? Double.NaN : Math.sqrt(ss / (n - 1));
        }
        Run run = new Run(values.clone(), byReplication, mean, sd);
        done.put(key, run);
        evaluations++;
        return run;
    }

    @Override
    public void close() {
        runner.close();
    }
}
