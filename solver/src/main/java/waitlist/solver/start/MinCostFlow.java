package waitlist.solver.start;

import java.util.Arrays;

/**
 * A min-cost flow network grown one unit of supply at a time: each new source node is joined by
 * the cheapest augmenting path (Dijkstra on reduced costs, with node potentials), so after every
 * insertion the flow is the cheapest for the sources joined so far. A source that cannot reach the
 * sink marks everything it reached "dead": those nodes are saturated and no later path can pass
 * through them (a path entering them could never leave), so later searches skip them.
 *
 * <p>Why by hand: the assignment needs exactly this incremental form (insert in order of urgency,
 * re-route earlier insertions when cheaper), with long costs and a few hundred thousand arcs in
 * little memory; the graph libraries on Maven Central offer batch min-cost flow on double costs
 * over object graphs. Arcs live in parallel primitive arrays; arc {@code a} and {@code a ^ 1} are a
 * residual pair.
 */
final class MinCostFlow {

    private int nodes;
    private int arcs;
    private int[] head;
    private int[] next;
    private int[] to;
    private int[] cap;
    private long[] cost;

    private long[] potential;
    private long[] dist;
    private int[] parentArc;
    private int[] seenEpoch;
    private int epoch;
    private boolean[] dead;
    private int[] settled;

    private long[] heapKey;
    private int[] heapNode;
    private int heapSize;

    MinCostFlow(int expectedNodes, int expectedArcs) {
        head = new int[Math.max(16, expectedNodes)];
        Arrays.fill(head, -1);
        int a = Math.max(16, 2 * expectedArcs);
        next = new int[a];
        to = new int[a];
        cap = new int[a];
        cost = new long[a];
    }

    int addNode() {
        if (nodes == head.length) {
            int old = head.length;
            head = Arrays.copyOf(head, old * 2);
            Arrays.fill(head, old, head.length, -1);
        }
        return nodes++;
    }

    int nodeCount() {
        return nodes;
    }

    /** Adds an arc and its residual twin; returns the arc's index. */
    int addArc(int from, int toNode, int capacity, long arcCost) {
        if (arcs + 2 > to.length) {
            int n = to.length * 2;
            next = Arrays.copyOf(next, n);
            to = Arrays.copyOf(to, n);
            cap = Arrays.copyOf(cap, n);
            cost = Arrays.copyOf(cost, n);
        }
        int a = arcs;
        link(a, from, toNode, capacity, arcCost);
        link(a + 1, toNode, from, 0, -arcCost);
        arcs += 2;
        return a;
    }

    private void link(int a, int from, int toNode, int capacity, long arcCost) {
        to[a] = toNode;
        cap[a] = capacity;
        cost[a] = arcCost;
        next[a] = head[from];
        head[from] = a;
    }

    /** Flow on an arc (what its twin can give back). */
    int flow(int arc) {
        return cap[arc ^ 1];
    }

    int target(int arc) {
        return to[arc];
    }

    /** Arcs leaving a node, newest first: {@code for (int a = firstArc(n); a >= 0; a = nextArc(a))}. */
    int firstArc(int node) {
        return head[node];
    }

    int nextArc(int arc) {
        return next[arc];
    }

    /** Even arcs are the ones added; odd ones their residual twins. */
    static boolean isForward(int arc) {
        return (arc & 1) == 0;
    }

    /**
     * Sends one unit from {@code source} (a node with no flow yet) to {@code sink} along the cheapest
     * path, re-routing earlier units where that is cheaper. Returns false, and marks what the source
     * reached as dead, if there is no path.
     */
    boolean augment(int source, int sink) {
        prepare();
        if (dead[source]) {
            return false;
        }
        // A fresh source: choose its potential so its own arcs have non-negative reduced cost.
        long p = Long.MIN_VALUE;
        for (int a = head[source]; a >= 0; a = next[a]) {
            if (cap[a] > 0 && !dead[to[a]]) {
                p = Math.max(p, potential[to[a]] - cost[a]);
            }
        }
        if (p == Long.MIN_VALUE) {
            dead[source] = true;
            return false;
        }
        potential[source] = p;

        epoch++;
        int settledCount = 0;
        heapSize = 0;
        visit(source, 0, -1);
        long reached = -1;
        while (heapSize > 0) {
            long d = heapKey[0];
            int u = heapNode[0];
            pop();
            if (d > dist[u]) {
                continue;
            }
            if (settled.length == settledCount) {
                settled = Arrays.copyOf(settled, settledCount * 2);
            }
            settled[settledCount++] = u;
            if (u == sink) {
                reached = d;
                break;
            }
            for (int a = head[u]; a >= 0; a = next[a]) {
                int v = to[a];
                if (cap[a] <= 0 || dead[v]) {
                    continue;
                }
                long nd = d + cost[a] + potential[u] - potential[v];
                if (seenEpoch[v] != epoch || nd < dist[v]) {
                    visit(v, nd, a);
                }
            }
        }
        if (reached < 0) {
            for (int i = 0; i < settledCount; i++) {
                dead[settled[i]] = true;
            }
            return false;
        }
        // Settled nodes move by their distance, the rest by the sink's: reduced costs stay >= 0.
        for (int i = 0; i < settledCount; i++) {
            int u = settled[i];
            potential[u] += dist[u] - reached;
        }
        for (int v = sink; v != source; ) {
            int a = parentArc[v];
            cap[a]--;
            cap[a ^ 1]++;
            v = to[a ^ 1];
        }
        return true;
    }

    private void prepare() {
        if (potential == null || potential.length < nodes) {
            int n = Math.max(nodes, 16);
            potential = potential == null ? new long[n] : Arrays.copyOf(potential, n);
            dist = new long[n];
            parentArc = new int[n];
            seenEpoch = seenEpoch == null ? new int[n] : Arrays.copyOf(seenEpoch, n);
            dead = dead == null ? new boolean[n] : Arrays.copyOf(dead, n);
            settled = new int[64];
            heapKey = new long[64];
            heapNode = new int[64];
        }
    }

    private void visit(int v, long d, int viaArc) {
        seenEpoch[v] = epoch;
        dist[v] = d;
        parentArc[v] = viaArc;
        push(d, v);
    }

    private void push(long key, int node) {
        if (heapSize == heapKey.length) {
            heapKey = Arrays.copyOf(heapKey, heapSize * 2);
            heapNode = Arrays.copyOf(heapNode, heapSize * 2);
        }
        int i = heapSize++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (heapKey[parent] <= key) {
                break;
            }
            heapKey[i] = heapKey[parent];
            heapNode[i] = heapNode[parent];
            i = parent;
        }
        heapKey[i] = key;
        heapNode[i] = node;
    }

    private void pop() {
        long key = heapKey[--heapSize];
        int node = heapNode[heapSize];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= heapSize) {
                break;
            }
            if (child + 1 < heapSize && heapKey[child + 1] < heapKey[child]) {
                child++;
            }
            if (heapKey[child] >= key) {
                break;
            }
            heapKey[i] = heapKey[child];
            heapNode[i] = heapNode[child];
            i = child;
        }
        heapKey[i] = key;
        heapNode[i] = node;
    }
}
