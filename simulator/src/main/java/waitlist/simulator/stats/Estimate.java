package waitlist.simulator.stats;

/**
 * A result across replications: the mean, its 95 % confidence interval [low, high] and the number
 * of replications n that contributed (replications with nothing to measure are left out).
 */
public record Estimate(double mean, double low, double high, long n) {

    public double halfWidth() {
        return (high - low) / 2;
    }

    public boolean contains(double value) {
        return low <= value && value <= high;
    }
}
