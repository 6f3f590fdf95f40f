package waitlist.simulator;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Runs replications by index on a pool of threads and hands them back in index order, so whatever folds them sees the same
 * sequence (and makes the same floating-point sums) at any thread count.
 */
public final class ReplicationRunner implements AutoCloseable {

    /** Replications run between two folds: bounds memory, and is fine-grained enough to share out over the threads. */
    public static final int CHUNK = 40;

    private final ForkJoinPool pool;

    public ReplicationRunner(int threads) {
        this.pool = new ForkJoinPool(Math.max(1, threads));
    }

    /** {@code task} for every index in [from, to), in parallel; the results in index order. */
    public <T> List<T> run(int from, int to, IntFunction<T> task) {
        try {
            Object[] out = pool.submit(() -> IntStream.range(from, to).parallel().mapToObj(task).toArray()).get();
            @SuppressWarnings("unchecked")
            List<T> list = (List<T>) Arrays.asList(out);
            return list;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdown();
    }
}
