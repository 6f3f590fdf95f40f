package waitlist.benchmarks.simulator;

import java.lang.management.ManagementFactory;
import java.util.Arrays;

import java.lang.management.ThreadMXBean;

/**
 * The M/M/5 million-customer work timed run by run, in wall-clock time and in the running thread's CPU time (which
 * other work on a shared machine inflates much less; it leaves out the garbage collector's threads, which have little
 * to do here), after warm-up runs; prints each run, the medians and the best. Run with
 * {@code benchmarks/run mm5 [RUNS] [WARM-UP RUNS]}.
 */
public final class MillionCustomersTimer {

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        MillionCustomers work = new MillionCustomers();
        for (int i = 0; i < warmUp; i++) {
            work.run(1000 + i);
            HandWrittenMm5.run(1000 + i, BenchScenarios.MILLION);
        }
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        double[] ratio = new double[runs];
        double[] waits = new double[runs];
        for (int i = 0; i < runs; i++) {
            long floorCpu0 = threads.getCurrentThreadCpuTime();
            MillionCustomers.Outcome floor = HandWrittenMm5.run(i + 1, BenchScenarios.MILLION);
            double floorCpu = floor.customers() / ((threads.getCurrentThreadCpuTime() - floorCpu0) / 1e9);
            long cpu0 = threads.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            MillionCustomers.Outcome o = work.run(i + 1);
            long wallNs = System.nanoTime() - wall0;
            long cpuNs = threads.getCurrentThreadCpuTime() - cpu0;
            wall[i] = o.customers() / (wallNs / 1e9);
            cpu[i] = o.customers() / (cpuNs / 1e9);
            ratio[i] = cpu[i] / floorCpu;
            waits[i] = o.meanWait();
            System.out.printf("run %d: %,d customers, %,d events in %.3f s wall (%.2f M customers/s, %.2f M events/s), "
                            + "%.3f s CPU (%.2f M customers/s); mean wait %.4f days; hand-written M/M/5 %.2f M customers/s CPU "
                            + "(mean wait %.4f), ratio %.3f%n",
                    i + 1, o.customers(), o.events(), wallNs / 1e9, wall[i] / 1e6, o.events() / (wallNs / 1e9) / 1e6,
                    cpuNs / 1e9, cpu[i] / 1e6, o.meanWait(), floorCpu / 1e6, floor.meanWait(), ratio[i]);
        }
        System.out.printf("median of %d: %.2f M customers/s wall, %.2f M customers/s CPU (best %.2f wall, %.2f CPU), "
                        + "%.3f of the hand-written M/M/5's; mean wait %.4f days (Erlang C %.4f)%n",
                runs, median(wall) / 1e6, median(cpu) / 1e6, Arrays.stream(wall).max().orElse(Double.NaN) / 1e6,
                Arrays.stream(cpu).max().orElse(Double.NaN) / 1e6, median(ratio), Arrays.stream(waits).average().orElse(Double.NaN),
                MillionCustomers.ERLANG_C_MEAN_WAIT);
    }

    private static double median(double[] xs) {
        double[] sorted = xs.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
