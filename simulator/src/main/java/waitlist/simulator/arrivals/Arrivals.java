package waitlist.simulator.arrivals;

/**
 * Referral arrival times for one alliance in one replication, in days since the horizon start.
 * Called in sequence: first with 0 (the horizon start), then each time with the arrival just made.
 */
public interface Arrivals {

    /** The arrival after the one at {@code last}, or {@link Double#POSITIVE_INFINITY} if none before the end. */
    double nextAfter(double last);

    /** Arrivals at exactly the given days (ascending, from 0), for hand-checked test cases. */
    static Arrivals fixed(double... days) {
        return new Arrivals() {
            private int next;

            @Override
            public double nextAfter(double last) {
                return next < days.length ? days[next++] : Double.POSITIVE_INFINITY;
            }
        };
    }
}
