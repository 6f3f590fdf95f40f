package waitlist.solver.start;

import java.util.Arrays;
import java.util.function.BooleanSupplier;

/**
 * Minimum-cost flow with supplies by cost scaling (Goldberg and Tarjan's push-relabel on
 * ε-optimal prices): costs are multiplied by n + 1, and each round divides ε by {@value #ALPHA}
 * and repairs the flow with pushes and relabels until ε is 1, when the flow is optimal for the
 * integer costs. Its running time does not grow with the number of people the way successive
 * shortest paths did: that made one Dijkstra search per person, each searching most of the network
 * once slots ran short (53 s at 10,000 referrals; this takes about a second).
 *
 * <p>The supplies must balance and a feasible flow must exist (the callers build it from a flow that
 * already is one).
 */
final class CostScaling {

    /** ε is divided by this each round; 8 to 16 is the usual choice. */
    static final int ALPHA = 12;

    private final int nodes;
    private final Arcs arcs = new Arcs();
    private final long[] supply;

    private int[] residual;
    private int[] target;
    private long[] scaled;
    private int[] adjacencyStart;
    private int[] adjacency;
    private long[] price;
    private long[] excess;
    private int[] current;

    CostScaling(int nodes) {
        this.nodes = nodes;
        supply = new long[nodes];
    }

    /** Adds an arc; returns its index. */
    int addArc(int from, int to, int cap, long arcCost) {
        return arcs.add(from, to, cap, arcCost);
    }

    /** Units entering the network at {@code node} (negative: leaving it). */
    void addSupply(int node, long units) {
        supply[node] += units;
    }

    /** The flow on an arc after {@link #solve}. */
    int flow(int arc) {
        return arcs.capacity(arc) - residual[2 * arc];
    }

    /**
     * Finds a cheapest flow meeting the supplies. If {@code stop} says so between rounds (after the
     * first), the flow of the last finished round is kept: it meets the supplies and is ε-optimal for
     * that round's ε (within ε per node of the cheapest, in scaled units).
     *
     * @throws IllegalStateException if no flow meets the supplies (a caller's bug, not bad input)
     */
    void solve(BooleanSupplier stop) {
        Arcs.Residual net = arcs.residual(nodes);
        residual = net.capacity();
        target = net.target();
        adjacencyStart = net.start();
        adjacency = net.adjacency();
        price = new long[nodes];
        excess = Arrays.copyOf(supply, nodes);
        current = new int[nodes];
        long largest = 0;
        for (int a = 0; a < arcs.count(); a++) {
            largest = Math.max(largest, Math.abs(arcs.cost(a)));
        }
        // Scaled by n + 1 so that ε = 1 at the end means optimal; divided first if the user's weights
        // are so large that prices could overflow (then the flow is optimal for the rounded costs).
        long multiplier = nodes + 1L;
        long ceiling = Long.MAX_VALUE / 16 / multiplier / multiplier;
        long divisor = largest > ceiling ? largest / ceiling + 1 : 1;
        scaled = new long[2 * arcs.count()];
        for (int a = 0; a < arcs.count(); a++) {
            long c = arcs.cost(a) / divisor * multiplier;
            scaled[2 * a] = c;
            scaled[2 * a + 1] = -c;
        }
        long epsilon = largest / divisor * multiplier;
        boolean rounds = false;
        do {
            if (rounds && stop.getAsBoolean()) {
                return;
            }
            epsilon = Math.max(1, epsilon / ALPHA);
            refine(epsilon);
            rounds = true;
        } while (epsilon > 1);
    }

    /** Makes the flow ε-optimal: saturate every arc priced below zero, then push the excesses home. */
    private void refine(long epsilon) {
        for (int u = 0; u < nodes; u++) {
            for (int k = adjacencyStart[u]; k < adjacencyStart[u + 1]; k++) {
                int a = adjacency[k];
                int r = residual[a];
                if (r > 0) {
                    int v = target[a];
                    if (scaled[a] + price[u] - price[v] < 0) {
                        residual[a] = 0;
                        residual[a ^ 1] += r;
                        excess[u] -= r;
                        excess[v] += r;
                    }
                }
            }
        }
        int[] queue = new int[nodes];
        boolean[] queued = new boolean[nodes];
        int headAt = 0;
        int size = 0;
        for (int u = 0; u < nodes; u++) {
            if (excess[u] > 0) {
                queue[(headAt + size++) % nodes] = u;
                queued[u] = true;
            }
        }
        updatePrices(epsilon);
        long relabelsAtUpdate = relabelCount;
        while (size > 0) {
            if (relabelCount - relabelsAtUpdate > nodes) {
                updatePrices(epsilon);
                relabelsAtUpdate = relabelCount;
            }
            int u = queue[headAt];
            headAt = (headAt + 1) % nodes;
            size--;
            queued[u] = false;
            // Discharge u: push along admissible arcs (residual, priced below zero), relabel when none is left.
            while (excess[u] > 0) {
                if (current[u] == adjacencyStart[u + 1]) {
                    relabel(u, epsilon);
                    current[u] = adjacencyStart[u];
                }
                int a = adjacency[current[u]];
                int v = target[a];
                if (residual[a] > 0 && scaled[a] + price[u] - price[v] < 0) {
                    int d = (int) Math.min(excess[u], residual[a]);
                    residual[a] -= d;
                    residual[a ^ 1] += d;
                    excess[u] -= d;
                    excess[v] += d;
                    if (excess[v] > 0 && !queued[v]) {
                        queue[(headAt + size++) % nodes] = v;
                        queued[v] = true;
                    }
                } else {
                    current[u]++;
                }
            }
        }
    }

    /** Lowers u's price just enough that its cheapest residual arc becomes admissible. */
    long pushes, relabels;
    private long relabelCount;
    private int[] distance;
    private int[] bucketFirst;
    private int[] bucketNext;
    private int[] bucketPrevious;

    /**
     * Goldberg's global price update: lower every price by ε times the node's distance to the nearest
     * node short of flow, measured in whole ε of reduced cost along residual arcs (Dial's buckets,
     * backwards from those nodes). That keeps the flow ε-optimal and opens an admissible path from
     * every node with excess at once, where relabelling alone climbs there ε at a time (millions of
     * relabels per round at 10,000 referrals without it).
     */
    private void updatePrices(long epsilon) {
        int limit = nodes;
        if (distance == null) {
            distance = new int[nodes];
            bucketFirst = new int[limit + 1];
            bucketNext = new int[nodes];
            bucketPrevious = new int[nodes];
        }
        Arrays.fill(distance, Integer.MAX_VALUE);
        Arrays.fill(bucketFirst, -1);
        int waiting = 0;
        for (int v = 0; v < nodes; v++) {
            if (excess[v] < 0) {
                distance[v] = 0;
                bucketInsert(v, 0);
            } else if (excess[v] > 0) {
                waiting++;
            }
        }
        int reachedMost = 0;
        // Stops once every node with excess has its distance (at the end of a bucket, so that those not
        // reached are all further away than any reached): the rest cannot matter to this round's pushes.
        for (int d = 0; d <= limit && waiting > 0; d++) {
            while (bucketFirst[d] >= 0) {
                int v = bucketFirst[d];
                bucketRemove(v, d);
                reachedMost = d;
                if (excess[v] > 0) {
                    waiting--;
                }
                // Relax every residual arc u -> v: it is the twin of an arc v -> u in v's list.
                for (int k = adjacencyStart[v]; k < adjacencyStart[v + 1]; k++) {
                    int b = adjacency[k] ^ 1;
                    if (residual[b] <= 0) {
                        continue;
                    }
                    int u = target[adjacency[k]];
                    if (distance[u] < 0) {
                        continue;
                    }
                    // Length in whole ε: reduced costs are at least -ε, so (reduced + ε) / ε; compared first
                    // by multiplying, as most arcs do not shorten anything and a division is dear.
                    long reducedPlus = scaled[b] + price[u] - price[v] + epsilon;
                    long gap = Math.min(distance[u], limit + 1L) - d;
                    if (reducedPlus >= gap * epsilon) {
                        continue;
                    }
                    int through = (int) (d + reducedPlus / epsilon);
                    if (distance[u] != Integer.MAX_VALUE) {
                        bucketRemove(u, distance[u]);
                    }
                    distance[u] = through;
                    bucketInsert(u, through);
                }
                distance[v] = -1 - d; // settled: no longer in a bucket
            }
        }
        long beyond = reachedMost + 1L;
        for (int v = 0; v < nodes; v++) {
            long d = distance[v] < 0 ? -1 - distance[v] : beyond;
            price[v] -= d * epsilon;
            current[v] = adjacencyStart[v];
        }
    }

    private void bucketInsert(int v, int d) {
        bucketPrevious[v] = -1;
        bucketNext[v] = bucketFirst[d];
        if (bucketFirst[d] >= 0) {
            bucketPrevious[bucketFirst[d]] = v;
        }
        bucketFirst[d] = v;
    }

    private void bucketRemove(int v, int d) {
        if (bucketPrevious[v] >= 0) {
            bucketNext[bucketPrevious[v]] = bucketNext[v];
        } else {
            bucketFirst[d] = bucketNext[v];
        }
        if (bucketNext[v] >= 0) {
            bucketPrevious[bucketNext[v]] = bucketPrevious[v];
        }
    }

    /** Lowers u's price just enough that its cheapest residual arc becomes admissible. */
    private void relabel(int u, long epsilon) {
        relabelCount++;
        long best = Long.MIN_VALUE;
        for (int k = adjacencyStart[u]; k < adjacencyStart[u + 1]; k++) {
            int a = adjacency[k];
            if (residual[a] > 0) {
                best = Math.max(best, price[target[a]] - scaled[a]);
            }
        }
        if (best == Long.MIN_VALUE) {
            throw new IllegalStateException("no flow meets the supplies: node " + u + " has excess " + excess[u]
                    + " and nowhere to send it");
        }
        price[u] = best - epsilon;
    }
}
