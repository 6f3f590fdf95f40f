package waitlist.simulator.engine;

import java.util.Arrays;

/**
 * A discrete-event engine in the spirit of SimPy's core: a clock and a queue of scheduled actions.
 * {@link #run(double)} repeatedly takes the earliest action, moves the clock to its time and runs it;
 * actions schedule further actions. The engine knows nothing about referrals or staff.
 *
 * <p><b>Simultaneous events</b> are ordered by a stable rule so that runs are deterministic:
 * earlier time first; at equal time, lower {@code priority} first; at equal time and priority, the
 * action scheduled first runs first (FIFO by a sequence number). Models use the priority to say,
 * for example, that the end-of-week census is taken after everything else that happens that day.
 *
 * <p>The queue is a binary heap over parallel arrays rather than {@link java.util.PriorityQueue} of
 * boxed events: scheduling is the hot path of every model, and this keeps it allocation-free apart
 * from the action itself.
 */
public final class Engine {

    private double now;
    private long nextSequence;
    private long eventsRun;

    private int size;
    private double[] times = new double[64];
    private int[] priorities = new int[64];
    private long[] sequences = new long[64];
    private Runnable[] actions = new Runnable[64];

    /** The simulated time now (in whatever unit the model uses; the models here use days). */
    public double now() {
        return now;
    }

    /** How many actions have run, for benchmarks. */
    public long eventsRun() {
        return eventsRun;
    }

    /** Actions scheduled and not yet run. */
    public int pending() {
        return size;
    }

    /** Runs {@code action} {@code delay} after now. */
    public void after(double delay, int priority, Runnable action) {
        at(now + delay, priority, action);
    }

    /** Runs {@code action} at absolute time {@code time}, which must not be in the past. */
    public void at(double time, int priority, Runnable action) {
        if (!(time >= now)) {
            throw new IllegalArgumentException("cannot schedule at " + time + ", before now " + now);
        }
        if (size == times.length) {
            grow();
        }
        int i = size++;
        long seq = nextSequence++;
        // sift up
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(time, priority, seq, parent)) {
                break;
            }
            move(parent, i);
            i = parent;
        }
        times[i] = time;
        priorities[i] = priority;
        sequences[i] = seq;
        actions[i] = action;
    }

    /**
     * Runs actions in order until none is left or the next one is later than {@code until}; the
     * clock then stands at {@code until} (or at the last action's time if the queue ran dry).
     */
    public void run(double until) {
        while (size > 0 && times[0] <= until) {
            now = times[0];
            Runnable action = actions[0];
            removeFirst();
            eventsRun++;
            action.run();
        }
        if (until > now && until != Double.POSITIVE_INFINITY) {
            now = until;
        }
    }

    /** The stable order: time, then priority, then scheduling sequence. */
    private boolean before(double time, int priority, long seq, int j) {
        return precedes(time, priority, seq, times[j], priorities[j], sequences[j]);
    }

    private void removeFirst() {
        int last = --size;
        double time = times[last];
        int priority = priorities[last];
        long seq = sequences[last];
        Runnable action = actions[last];
        actions[last] = null;
        if (last == 0) {
            actions[0] = null;
            return;
        }
        int i = 0;
        int half = last >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int right = child + 1;
            if (right < last && earlier(right, child)) {
                child = right;
            }
            if (!precedes(times[child], priorities[child], sequences[child], time, priority, seq)) {
                break;
            }
            move(child, i);
            i = child;
        }
        times[i] = time;
        priorities[i] = priority;
        sequences[i] = seq;
        actions[i] = action;
    }

    private boolean earlier(int a, int b) {
        return before(times[a], priorities[a], sequences[a], b);
    }

    private static boolean precedes(double ta, int pa, long sa, double tb, int pb, long sb) {
        if (ta != tb) {
            return ta < tb;
        }
        if (pa != pb) {
            return pa < pb;
        }
        return sa < sb;
    }

    private void move(int from, int to) {
        times[to] = times[from];
        priorities[to] = priorities[from];
        sequences[to] = sequences[from];
        actions[to] = actions[from];
    }

    private void grow() {
        int n = times.length * 2;
        times = Arrays.copyOf(times, n);
        priorities = Arrays.copyOf(priorities, n);
        sequences = Arrays.copyOf(sequences, n);
        actions = Arrays.copyOf(actions, n);
    }
}
