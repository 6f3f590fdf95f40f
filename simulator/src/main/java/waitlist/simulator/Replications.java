package waitlist.simulator;

/**
 * How many replications: a fixed number, or "auto": keep adding batches of {@link #AUTO_BATCH}
 * until the 95 % half-width of the headline (county attainment over the whole horizon) is at most
 * {@code halfWidth}, or {@code cap} replications have run. Batches have a fixed size so the
 * stopping point, like everything else, does not depend on the number of threads.
 */
public record Replications(int fixed, boolean auto, double halfWidth, int cap) {

    public static final int AUTO_BATCH = 20;

    public static Replications of(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("replications must be at least 1, got " + n);
        }
        return new Replications(n, false, 0, n);
    }

    /** Until the headline's half-width is under one percentage point, at most {@code cap}. */
    public static Replications auto(int cap) {
        return new Replications(0, true, 0.01, cap);
    }
}
