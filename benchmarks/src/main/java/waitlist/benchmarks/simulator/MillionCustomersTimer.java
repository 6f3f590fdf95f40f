package waitlist.benchmarks.simulator;

import java.lang.management.ManagementFactory;
import java.util.Arrays;

import com.sun.management.OperatingSystemMXBean;

/**
 * The M/M/5 million-customer work timed run by run, in wall-clock time and in the process's CPU time (which other
 * work on a shared machine inflates much less), after warm-up runs; prints each run and the medians. Run with
 * {@code benchmarks/run mm5 [RUNS] [WARM-UP RUNS]}.
 */
public final class MillionCustomersTimer {

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        MillionCustomers work = new MillionCustomers();
        for (int i = 0; i < warmUp; i++) {
            work.run(1000 + i);
        }
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        double[] waits = new double[runs];
        for (int i = 0; i < runs; i++) {
            long cpu0 = os.getProcessCpuTime();
            long wall0 = System.nanoTime();
            MillionCustomers.Outcome o = work.run(i + 1);
            long wallNs = System.nanoTime() - wall0;
            long cpuNs = os.getProcessCpuTime() - cpu0;
            wall[i] = o.customers() / (wallNs / 1e9);
            cpu[i] = o.customers() / (cpuNs / 1e9);
            waits[i] = o.meanWait();
            System.out.printf("run %d: %,d customers, %,d events in %.3f s wall (%.2f M customers/s, %.2f M events/s), "
                            + "%.3f s CPU (%.2f M customers/s); mean wait %.4f days%n",
                    i + 1, o.customers(), o.events(), wallNs / 1e9, wall[i] / 1e6, o.events() / (wallNs / 1e9) / 1e6,
                    cpuNs / 1e9, cpu[i] / 1e6, o.meanWait());
        }
        System.out.printf("median of %d: %.2f M customers/s wall, %.2f M customers/s CPU; mean wait %.4f days (Erlang C %.4f)%n",
                runs, median(wall) / 1e6, median(cpu) / 1e6, Arrays.stream(waits).average().orElse(Double.NaN),
                MillionCustomers.ERLANG_C_MEAN_WAIT);
    }

    private static double median(double[] xs) {
        double[] sorted = xs.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
