package waitlist.simulator.arrivals;

/** Referral arrival times for one alliance, in days since the horizon start. */
public interface Arrivals {

    /** The first arrival strictly after {@code day}, or {@link Double#POSITIVE_INFINITY} if none before the end. */
    double nextAfter(double day);

    /** Arrivals at exactly the given days (sorted), for hand-checked test cases. */
    static Arrivals fixed(double... days) {
        return day -> {
            for (double d : days) {
                if (d > day) {
                    return d;
                }
            }
            return Double.POSITIVE_INFINITY;
        };
    }
}
