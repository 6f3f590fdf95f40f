package waitlist.simulator;

/**
 * How many replications: a fixed number, or "auto": run {@link #AUTO_MIN}, then keep adding batches
 * of {@link #AUTO_BATCH} until the verdict is settled (see
 * {@link waitlist.simulator.results.TargetVerdict#unsettled}) or {@code cap} replications have run.
 * Batches have a fixed size so the stopping point, like everything else, does not depend on the
 * number of threads.
 */
public record Replications(int fixed, boolean auto, int cap) {

    /** Fewer than this and the chance that a period holds is too coarse to classify (a 0.8 boundary needs ~100). */
    public static final int AUTO_MIN = 100;
    public static final int AUTO_BATCH = 100;

    public static Replications of(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("replications must be at least 1, got " + n);
        }
        return new Replications(n, false, n);
    }

    /** Until every period and area is settled, at most {@code cap}. */
    public static Replications auto(int cap) {
        return new Replications(0, true, Math.max(cap, AUTO_MIN));
    }

    /** How many run before the first stopping check. */
    public int first() {
        return auto ? Math.min(AUTO_MIN, cap) : fixed;
    }

    /** In words, for reports. */
    public String describe() {
        return auto
                ? "auto: at least " + AUTO_MIN + ", then " + AUTO_BATCH + " more at a time until every period and area's chance "
                  + "of holding is clear of the class boundaries or known to within 5 percentage points, at most " + cap
                : "fixed";
    }
}
