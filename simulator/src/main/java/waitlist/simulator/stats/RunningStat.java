package waitlist.simulator.stats;

/**
 * Mean and variance of a stream of numbers in constant memory (Welford's update, as in Knuth,
 * TAOCP vol. 2, 4.2.2). One of these per result cell is all that survives a replication, so memory
 * does not grow with the number of replications. NaN values (no observation in that replication,
 * e.g. nobody assessed in a period) are skipped and not counted.
 */
public final class RunningStat {

    private long n;
    private double mean;
    private double m2;

    public void add(double x) {
        if (Double.isNaN(x)) {
            return;
        }
        n++;
        double delta = x - mean;
        mean += delta / n;
        m2 += delta * (x - mean);
    }

    public long count() {
        return n;
    }

    public double mean() {
        return n == 0 ? Double.NaN : mean;
    }

    /** The sample variance (n − 1 in the denominator). */
    public double variance() {
        return n < 2 ? Double.NaN : m2 / (n - 1);
    }
}
