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
 * from the action itself. Priority and sequence are packed into one {@code long} (priority in the
 * high bits, sequence below), so the tie-break is one comparison and one array. The actions stay put
 * in numbered slots and the heap moves only the slot numbers: sifting then stores no references,
 * each of which costs a garbage-collector write barrier under G1. Most actions schedule
 * one follow-up (the next arrival, the end of a service just begun), so the action being run keeps
 * its place at the root until then and the follow-up takes it, sifting down once, instead of one
 * sift for the removal and another for the insertion. Keys are unique, so the heap's shape cannot
 * change which action runs next.
 */
public final class Engine {

    /** Bits of the packed order given to the sequence number: a trillion actions per run. */
    private static final int SEQUENCE_BITS = 40;
    private static final long LAST_SEQUENCE = (1L << SEQUENCE_BITS) - 1;
    /** Priorities must lie strictly within ±2^22 to pack above the sequence without overflow. */
    private static final int PRIORITY_LIMIT = 1 << (63 - SEQUENCE_BITS - 1);

    private double now;
    private long nextSequence;
    private long eventsRun;

    private int size;
    /** The root's action is the one running (or just run): the root is free for its follow-up, or to be removed. */
    private boolean rootTaken;
    private double[] times = new double[64];
    /** (priority << SEQUENCE_BITS) | sequence: ordered as a signed long exactly as (priority, sequence). */
    private long[] orders = new long[64];
    /** The slot holding each heap entry's action. */
    private int[] slots = new int[64];
    /** [slot]: the action; the free slots are stacked in {@code freeSlots}. */
    private Runnable[] actions = new Runnable[64];
    private int[] freeSlots = new int[64];
    private int freeCount;
    private int slotsUsed;

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
        return rootTaken ? size - 1 : size;
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
        if (priority <= -PRIORITY_LIMIT || priority >= PRIORITY_LIMIT) {
            throw new IllegalArgumentException("priority " + priority + " is outside (-" + PRIORITY_LIMIT + ", " + PRIORITY_LIMIT + ")");
        }
        if (nextSequence > LAST_SEQUENCE) {
            throw new IllegalStateException("more than " + LAST_SEQUENCE + " actions scheduled in one run");
        }
        long order = ((long) priority << SEQUENCE_BITS) | nextSequence++;
        if (rootTaken) {
            // the running action's slot is free: its follow-up takes it, and its place at the root
            rootTaken = false;
            int slot = slots[0];
            actions[slot] = action;
            siftDown(time, order, slot, size);
            return;
        }
        if (size == times.length) {
            grow();
        }
        int slot = freeCount > 0 ? freeSlots[--freeCount] : slotsUsed++;
        actions[slot] = action;
        int i = size++;
        // sift up
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!precedes(time, order, times[parent], orders[parent])) {
                break;
            }
            times[i] = times[parent];
            orders[i] = orders[parent];
            slots[i] = slots[parent];
            i = parent;
        }
        times[i] = time;
        orders[i] = order;
        slots[i] = slot;
    }

    /**
     * Runs actions in order until none is left or the next one is later than {@code until}; the
     * clock then stands at {@code until} (or at the last action's time if the queue ran dry).
     */
    public void run(double until) {
        while (true) {
            if (rootTaken) {
                removeRoot(); // the last action scheduled nothing to take its place
            }
            if (size == 0 || times[0] > until) {
                break;
            }
            now = times[0];
            rootTaken = true;
            eventsRun++;
            actions[slots[0]].run();
        }
        if (until > now && until != Double.POSITIVE_INFINITY) {
            now = until;
        }
    }

    private void removeRoot() {
        rootTaken = false;
        int freed = slots[0];
        actions[freed] = null;
        freeSlots[freeCount++] = freed;
        int last = --size;
        if (last > 0) {
            siftDown(times[last], orders[last], slots[last], last);
        }
    }

    /** Puts (time, order, slot) at the root of a heap of {@code n} entries (the root's old entry gone) and sifts it down. */
    private void siftDown(double time, long order, int slot, int n) {
        int i = 0;
        int half = n >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int right = child + 1;
            if (right < n && precedes(times[right], orders[right], times[child], orders[child])) {
                child = right;
            }
            if (!precedes(times[child], orders[child], time, order)) {
                break;
            }
            times[i] = times[child];
            orders[i] = orders[child];
            slots[i] = slots[child];
            i = child;
        }
        times[i] = time;
        orders[i] = order;
        slots[i] = slot;
    }

    /** The stable order: time, then priority, then scheduling sequence (the last two packed in {@code order}). */
    private static boolean precedes(double ta, long oa, double tb, long ob) {
        return ta < tb || (ta == tb && oa < ob);
    }

    private void grow() {
        int n = times.length * 2;
        times = Arrays.copyOf(times, n);
        orders = Arrays.copyOf(orders, n);
        slots = Arrays.copyOf(slots, n);
        actions = Arrays.copyOf(actions, n);
        freeSlots = Arrays.copyOf(freeSlots, n);
    }
}
