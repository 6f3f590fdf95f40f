package waitlist.solver.start;

import java.util.Arrays;

/**
 * A network's arcs in parallel primitive arrays, grown as they are added: a few hundred thousand
 * arcs at 10,000 referrals, in little memory. {@link #residual} lays them out for a flow algorithm.
 */
final class Arcs {

    private int count;
    private int[] tail = new int[64];
    private int[] head = new int[64];
    private int[] capacity = new int[64];
    private long[] cost = new long[64];

    /** Adds an arc; returns its index. */
    int add(int from, int to, int cap, long arcCost) {
        if (count == tail.length) {
            int n = count * 2;
            tail = Arrays.copyOf(tail, n);
            head = Arrays.copyOf(head, n);
            capacity = Arrays.copyOf(capacity, n);
            cost = Arrays.copyOf(cost, n);
        }
        tail[count] = from;
        head[count] = to;
        capacity[count] = cap;
        cost[count] = arcCost;
        return count++;
    }

    int count() {
        return count;
    }

    int tail(int arc) {
        return tail[arc];
    }

    int head(int arc) {
        return head[arc];
    }

    int capacity(int arc) {
        return capacity[arc];
    }

    long cost(int arc) {
        return cost[arc];
    }

    /**
     * The residual network: arc {@code a} becomes the pair {@code 2a} (what it can still take) and
     * {@code 2a + 1} (its flow, which can be sent back), {@code p ^ 1} being {@code p}'s twin; each
     * node's pairs leaving it are {@code adjacency[start[v]] .. adjacency[start[v + 1] - 1]}.
     */
    record Residual(int[] capacity, int[] target, int[] start, int[] adjacency) {
    }

    /** The residual network of the arcs with no flow yet, over {@code nodes} nodes. */
    Residual residual(int nodes) {
        int pairs = 2 * count;
        int[] left = new int[pairs];
        int[] target = new int[pairs];
        int[] degree = new int[nodes];
        for (int a = 0; a < count; a++) {
            left[2 * a] = capacity[a];
            target[2 * a] = head[a];
            target[2 * a + 1] = tail[a];
            degree[tail[a]]++;
            degree[head[a]]++;
        }
        int[] start = new int[nodes + 1];
        for (int v = 0; v < nodes; v++) {
            start[v + 1] = start[v] + degree[v];
        }
        int[] adjacency = new int[pairs];
        int[] fill = Arrays.copyOf(start, nodes);
        for (int a = 0; a < count; a++) {
            adjacency[fill[tail[a]]++] = 2 * a;
            adjacency[fill[head[a]]++] = 2 * a + 1;
        }
        return new Residual(left, target, start, adjacency);
    }
}
