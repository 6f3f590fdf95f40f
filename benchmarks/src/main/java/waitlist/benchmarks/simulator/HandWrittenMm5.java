package waitlist.benchmarks.simulator;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The floor to compare the model with: the same M/M/5 written by hand as the smallest heap-based event simulation
 * (arrivals and departures in a binary heap of times, a ring buffer of people waiting, the mean wait and nothing else).
 * Run beside the model in one process, it turns a machine that other work is slowing down into a ratio that hardly
 * moves: the model's customers per second over this one's.
 */
final class HandWrittenMm5 {

    private static final byte ARRIVAL = 0;
    private static final byte DEPARTURE = 1;

    private double[] times = new double[16];
    private byte[] kinds = new byte[16];
    private int size;

    /** Customers served, events run and the mean wait (days) of {@code customers} arrivals from {@code seed}. */
    static MillionCustomers.Outcome run(long seed, int customers) {
        return new HandWrittenMm5().simulate(RandomSource.XO_RO_SHI_RO_128_PP.create(seed), customers);
    }

    private MillionCustomers.Outcome simulate(UniformRandomProvider rng, int customers) {
        double arrivalMean = 1 / BenchScenarios.MM5_ARRIVALS_PER_DAY;
        int free = BenchScenarios.MM5_SERVERS;
        double[] waiting = new double[1024];
        int head = 0;
        int queued = 0;
        long arrived = 1;
        long served = 0;
        long events = 0;
        double waitSum = 0;
        push(exponential(rng, arrivalMean), ARRIVAL);
        while (size > 0) {
            double now = times[0];
            byte kind = kinds[0];
            pop();
            events++;
            if (kind == ARRIVAL) {
                if (arrived < customers) {
                    arrived++;
                    push(now + exponential(rng, arrivalMean), ARRIVAL);
                }
                if (free > 0) {
                    free--;
                    served++;
                    push(now + exponential(rng, 1), DEPARTURE);
                } else {
                    if (queued == waiting.length) {
                        double[] bigger = new double[waiting.length * 2];
                        for (int i = 0; i < queued; i++) {
                            bigger[i] = waiting[(head + i) % waiting.length];
                        }
                        waiting = bigger;
                        head = 0;
                    }
                    waiting[(head + queued++) % waiting.length] = now;
                }
            } else if (queued > 0) {
                waitSum += now - waiting[head];
                head = (head + 1) % waiting.length;
                queued--;
                served++;
                push(now + exponential(rng, 1), DEPARTURE);
            } else {
                free++;
            }
        }
        return new MillionCustomers.Outcome(served, events, waitSum / served);
    }

    private static double exponential(UniformRandomProvider rng, double mean) {
        return -mean * Math.log(1 - rng.nextDouble());
    }

    private void push(double time, byte kind) {
        if (size == times.length) {
            times = java.util.Arrays.copyOf(times, size * 2);
            kinds = java.util.Arrays.copyOf(kinds, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (times[parent] <= time) {
                break;
            }
            times[i] = times[parent];
            kinds[i] = kinds[parent];
            i = parent;
        }
        times[i] = time;
        kinds[i] = kind;
    }

    private void pop() {
        int last = --size;
        double time = times[last];
        byte kind = kinds[last];
        int i = 0;
        while (2 * i + 1 < last) {
            int child = 2 * i + 1;
            if (child + 1 < last && times[child + 1] < times[child]) {
                child++;
            }
            if (times[child] >= time) {
                break;
            }
            times[i] = times[child];
            kinds[i] = kinds[child];
            i = child;
        }
        times[i] = time;
        kinds[i] = kind;
    }
}
