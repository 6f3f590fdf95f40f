package waitlist.simulator.stats;

/**
 * Waits within one replication, for percentiles: fixed one-day bins from 0 to {@value #MAX_DAYS}
 * days plus an overflow bin, with the exact sum and maximum kept beside. A percentile is read off
 * the cumulative counts with linear interpolation inside its bin, so it is exact to within a day
 * (overflowing waits report the maximum). Bounded memory, mergeable across alliances. The bins
 * grow as longer waits arrive rather than all 1,096 being made at once: most histograms (a
 * quarter's waits in one alliance, a stage's length of stay) never see more than a few weeks, and
 * a run makes one per period, area and measure.
 */
public final class WaitHistogram {

    public static final int MAX_DAYS = 1095;

    /** [whole days]: how many waits; as long as the longest wait so far needs, at most MAX_DAYS + 1. */
    private int[] bins = new int[64];
    private long count;
    private double sum;
    private double max = Double.NaN;
    private long withinTarget;

    public void add(double waitDays, double targetDays) {
        // the whole days waited, in [0, MAX_DAYS]; a NaN counts in bin 0
        int bin = waitDays >= MAX_DAYS ? MAX_DAYS : waitDays > 0 ? (int) waitDays : 0;
        if (bin >= bins.length) {
            grow(bin);
        }
        bins[bin]++;
        count++;
        sum += waitDays;
        if (!(waitDays <= max)) {
            max = waitDays;
        }
        if (waitDays <= targetDays) {
            withinTarget++;
        }
    }

    public void addAll(WaitHistogram other) {
        int[] theirs = other.bins;
        if (theirs.length > bins.length) {
            grow(theirs.length - 1);
        }
        for (int i = 0; i < theirs.length; i++) {
            bins[i] += theirs[i];
        }
        count += other.count;
        sum += other.sum;
        if (!Double.isNaN(other.max) && !(other.max <= max)) {
            max = other.max;
        }
        withinTarget += other.withinTarget;
    }

    /** Makes room for bin {@code bin}: doubling, so a run of longer and longer waits copies little. */
    private void grow(int bin) {
        bins = java.util.Arrays.copyOf(bins, Math.min(MAX_DAYS + 1, Math.max(bin + 1, 2 * bins.length)));
    }

    /** Empty again, for reuse. */
    public void clear() {
        java.util.Arrays.fill(bins, 0);
        count = 0;
        sum = 0;
        max = Double.NaN;
        withinTarget = 0;
    }

    public long count() {
        return count;
    }

    public double mean() {
        return count == 0 ? Double.NaN : sum / count;
    }

    public double max() {
        return max;
    }

    /** Share of waits within the target, or NaN if there were none. */
    public double shareWithinTarget() {
        return count == 0 ? Double.NaN : (double) withinTarget / count;
    }

    /** The q-quantile (0 < q < 1), interpolated within its one-day bin; NaN if empty. */
    public double quantile(double q) {
        if (count == 0) {
            return Double.NaN;
        }
        double rank = q * count;
        long cumulative = 0;
        for (int i = 0; i < bins.length; i++) {
            if (bins[i] == 0) {
                continue;
            }
            if (cumulative + bins[i] >= rank) {
                if (i == MAX_DAYS) {
                    return max;
                }
                double within = (rank - cumulative) / bins[i];
                return Math.min(max, i + within);
            }
            cumulative += bins[i];
        }
        return max;
    }
}
