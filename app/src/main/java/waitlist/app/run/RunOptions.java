package waitlist.app.run;

import java.io.PrintWriter;

import picocli.CommandLine.Option;
import waitlist.app.UserError;
import waitlist.scenarios.Scenario;
import waitlist.simulator.Progress;
import waitlist.simulator.Replications;

/**
 * The options of every command that runs replications (simulate, compare, sweep, staff, ...): mix in with
 * {@code @CommandLine.Mixin RunOptions run;}. Same names, defaults, limits and messages everywhere.
 */
public final class RunOptions {

    /** Most replications "auto" will run. */
    public static final int AUTO_CAP = 2000;
    /** Most replications a fixed --replications may ask for: more adds nothing but hours. */
    public static final int MAX_REPLICATIONS = 100_000;
    /** More threads than this only add overhead (and the JVM's pool refuses far more). */
    public static final int MAX_THREADS = 256;

    @Option(names = "--replications", paramLabel = "N|auto", defaultValue = "auto",
            description = "Number of replications, or 'auto' (at least 100, then more until the answer is settled, at most "
                    + AUTO_CAP + "; each command says what 'settled' means). Default: ${DEFAULT-VALUE}.")
    String replications;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Master random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores). Does not change results.")
    Integer threads;

    @Option(names = "--confidence", paramLabel = "Q",
            description = "How sure 'likely to hold' must be: the chance the target holds in a period, above 0.5 and at most 1 "
                    + "(default: the scenario's target.confidence, else 0.8). Below Q but at least 0.5 is 'at risk'; below 0.5 "
                    + "'likely to miss'.")
    Double confidence;

    public long seed() {
        return seed;
    }

    public Replications replications() {
        return parseReplications(replications);
    }

    public int threads() {
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1 || workers > MAX_THREADS) {
            throw new UserError("--threads must be between 1 and " + MAX_THREADS + ", got " + workers);
        }
        return workers;
    }

    /**
     * The threads to run these scenarios with: {@link #threads()}, or fewer when that many
     * replications of the largest at once would not fit in this Java's heap and the user did not
     * ask for a number (the results are the same, only later); a user error saying what would fit
     * when not even one does. Compare, sweep and staff run one scenario's replication per thread at a time.
     */
    public int threadsFitting(java.util.Collection<Scenario> scenarios) {
        int workers = threads();
        long heap = Runtime.getRuntime().maxMemory();
        for (Scenario s : scenarios) {
            workers = Math.min(workers, waitlist.app.scenario.RunEstimate.of(s).threadsFor(workers, threads != null, heap));
        }
        return workers;
    }

    /** The command line's confidence, or null if not given. */
    public Double confidence() {
        if (confidence != null && !(confidence > 0.5 && confidence <= 1)) {
            throw new UserError("--confidence must be above 0.5 and at most 1 (e.g. 0.8: 'likely to hold' means an 80% chance or more); got "
                    + confidence);
        }
        return confidence;
    }

    /** The scenario with the command line's confidence, if given. */
    public Scenario withConfidence(Scenario s) {
        Double q = confidence();
        return q == null ? s : s.withTarget(s.target().withConfidence(q));
    }

    /** A progress line on a terminal, nothing when output is piped; call {@link #done(Progress)} after. */
    public static Progress progress(PrintWriter err, String what) {
        return TerminalProgress.onTerminal() ? new TerminalProgress(err, what) : Progress.NONE;
    }

    /** A progress line counting something other than replications, e.g. "staffing plans tried", on a terminal only. */
    public static Progress counting(PrintWriter err, String what, String counted) {
        return TerminalProgress.onTerminal() ? new TerminalProgress(err, what, counted) : Progress.NONE;
    }

    public static void done(Progress progress) {
        if (progress instanceof TerminalProgress t) {
            t.finish();
        }
    }

    public static Replications parseReplications(String text) {
        if ("auto".equalsIgnoreCase(text.trim())) {
            return Replications.auto(AUTO_CAP);
        }
        try {
            long n = Long.parseLong(text.trim());
            if (n > MAX_REPLICATIONS) {
                throw new UserError("--replications must be at most " + MAX_REPLICATIONS + " (100,000 replications already "
                        + "pin a 95 % interval to a few hundredths of a percentage point); got '" + text + "'");
            }
            if (n < 2) {
                // One replication has no spread, so its "confidence interval" would have zero width: false certainty.
                throw new UserError("--replications must be 2 or more (a confidence interval needs at least two), or 'auto'; got '"
                        + text + "'");
            }
            return Replications.of((int) n);
        } catch (NumberFormatException e) {
            throw new UserError("--replications must be a whole number, 2 or more, or 'auto'; got '" + text + "'");
        }
    }
}
