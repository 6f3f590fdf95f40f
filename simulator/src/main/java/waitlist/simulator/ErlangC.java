package waitlist.simulator;

/**
 * The M/M/c queue in closed form (Erlang's delay formula), for checking the simulator: the theory tests and the
 * million-customer benchmark compare the simulated mean wait with it.
 * With arrival rate λ, service rate μ per server, c servers and offered load a = λ/μ < c:
 * P(wait) = C(c, a) = [a^c/c! · c/(c − a)] / [Σ_{k<c} a^k/k! + a^c/c! · c/(c − a)],
 * mean wait in queue W_q = C / (cμ − λ), and P(W_q > t) = C · exp(−(cμ − λ) t).
 * Reference: Kleinrock, Queueing Systems vol. 1 (1975), §3.5; Gross &amp; Harris, Fundamentals of
 * Queueing Theory, §2.3.
 */
public record ErlangC(double lambda, double mu, int servers) {

    public double offeredLoad() {
        return lambda / mu;
    }

    public double utilisation() {
        return lambda / (servers * mu);
    }

    /** Probability that an arrival has to wait. */
    public double probabilityOfWaiting() {
        double a = offeredLoad();
        double term = 1;
        double sum = 0;
        for (int k = 0; k < servers; k++) {
            sum += term;
            term *= a / (k + 1);
        }
        double last = term * servers / (servers - a);
        return last / (sum + last);
    }

    public double meanWait() {
        return probabilityOfWaiting() / (servers * mu - lambda);
    }

    public double probabilityWaitExceeds(double t) {
        return probabilityOfWaiting() * Math.exp(-(servers * mu - lambda) * t);
    }
}
