package waitlist.benchmarks.simulator;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

import waitlist.scenarios.Scenario;
import waitlist.simulator.Progress;
import waitlist.simulator.Replications;
import waitlist.simulator.Simulator;
import waitlist.simulator.results.SimulationResult;

/**
 * Peak heap of 1,000 replications of the five-year baseline: the sum of the heap pools' peak usage
 * (an upper bound on the live peak, since it includes garbage not yet collected). Run with
 * {@code java -Xmx1g -cp benchmarks/target/benchmarks.jar waitlist.benchmarks.simulator.PeakHeap}.
 */
public final class PeakHeap {

    public static void main(String[] args) {
        int replications = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Scenario s = BenchScenarios.baselineFiveYears();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long start = System.nanoTime();
        SimulationResult r = Simulator.run(s, 1, Replications.of(replications), Runtime.getRuntime().availableProcessors(), Progress.NONE);
        long elapsed = System.nanoTime() - start;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("%d replications of %s: %.1f s, peak heap %.0f MiB (max heap %.0f MiB), %d events%n",
                r.replications(), s.name(), elapsed / 1e9, peak / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0, r.events());
    }
}
