package waitlist.benchmarks.simulator;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

import waitlist.scenarios.Scenario;
import waitlist.simulator.Progress;
import waitlist.simulator.Replications;
import waitlist.simulator.Simulator;
import waitlist.simulator.results.SimulationResult;

/**
 * Memory of many replications of the baseline over a long horizon, end to end on all cores: the heap pools' peak
 * usage (an upper bound that counts garbage not yet collected, so it follows the collector's sizing as much as the
 * run) and the most heap still in use after any collection (what the run actually keeps). Run with
 * {@code benchmarks/run heap REPLICATIONS [YEARS]} (default 1,000 replications of 5 years) under -Xmx1g.
 */
public final class PeakHeap {

    public static void main(String[] args) {
        int replications = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int years = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Scenario s = BenchScenarios.baselineYears(years);
        AtomicLong liveAfterGc = watchHeapAfterCollections();
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
        System.out.printf("%d replications of %s (%d weeks): %.1f s, peak heap %.0f MiB, most in use after a collection %.0f MiB "
                        + "(max heap %.0f MiB), %d events%n",
                r.replications(), s.name(), s.horizon().weeks(), elapsed / 1e9, peak / 1048576.0, liveAfterGc.get() / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0, r.events());
    }

    /** The largest heap in use just after any collection, updated as collections happen. */
    private static AtomicLong watchHeapAfterCollections() {
        AtomicLong most = new AtomicLong();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                    long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
                    most.accumulateAndGet(used, Math::max);
                }
            }, null, null);
        }
        return most;
    }
}
