package waitlist.solver.start;

import java.util.Arrays;
import java.util.function.BooleanSupplier;

/**
 * A network from people (one unit each) through the capacity they may use to one sink, solved in
 * the planner's order: first the least urgency left unbooked, then, among all plans that achieve
 * it, the least soft cost (each arc's cost, plus each person's cost of being left out).
 *
 * <p>First level, who is booked: taking people in order of urgency and booking each whenever some
 * re-arrangement of those already booked makes room gives the most urgency booked (the sets of people
 * who can all be booked form a matroid). People of equal urgency are booked together, by blocking
 * flows (Dinic) from all of them at once, so the work grows with the number of urgency levels, not
 * of people. When none of a level's remaining people can reach the sink, everything they reach is
 * full for good: nothing later can pass through it. The level at which a node fills up is its
 * <em>price</em> (its dual value), and those prices prove the first level optimal.
 *
 * <p>Second level, where: an arc whose price falls along it must stay empty, one whose price rises
 * must stay full, in every plan of least unbooked urgency (complementary slackness); a person may be
 * left out only if their price equals their urgency. What is left is a minimum-cost flow on the arcs
 * of level price, solved by {@link CostScaling}. So the plan is the exact optimum of both levels,
 * whichever order people were listed in.
 */
final class UrgencyFirstFlow {

    static final int SINK = 0;

    private int nodes = 1;
    private final Arcs arcs = new Arcs();

    private int people;
    private int[] personNode = new int[64];
    private long[] urgency = new long[64];
    private long[] leftOutCost = new long[64];

    private int[] flow;
    private boolean[] booked;

    int addNode() {
        return nodes++;
    }

    /** An arc of the given capacity and soft cost per unit; returns its index. */
    int addArc(int from, int to, int cap, long arcCost) {
        return arcs.add(from, to, cap, arcCost);
    }

    /**
     * A person: one unit at a node of its own (a new node with only outgoing arcs). Leaving them out
     * costs {@code urgency} on the first level and {@code leftOut} on the second.
     */
    int addPerson(int node, long personUrgency, long leftOut) {
        if (people == personNode.length) {
            int n = people * 2;
            personNode = Arrays.copyOf(personNode, n);
            urgency = Arrays.copyOf(urgency, n);
            leftOutCost = Arrays.copyOf(leftOutCost, n);
        }
        personNode[people] = node;
        urgency[people] = personUrgency;
        leftOutCost[people] = leftOut;
        return people++;
    }

    int flow(int arc) {
        return flow == null ? 0 : flow[arc];
    }

    boolean booked(int person) {
        return booked != null && booked[person];
    }

    int head(int arc) {
        return arcs.head(arc);
    }

    int arcCount() {
        return arcs.count();
    }

    /**
     * Solves both levels. If {@code stop} says so during the first, whoever is booked so far stays
     * booked (the rest unbooked); during the second, the cheapest arrangement its last finished
     * round found (see {@link CostScaling#solve}).
     */
    void solve(BooleanSupplier stop) {
        Residual net = new Residual();
        long[] levelPrice = new long[nodes];
        boolean complete = net.bookByUrgency(levelPrice, stop);
        flow = new int[arcs.count()];
        for (int a = 0; a < arcs.count(); a++) {
            flow[a] = net.residual[2 * a + 1];
        }
        booked = new boolean[people];
        for (int p = 0; p < people; p++) {
            booked[p] = net.routed[p];
        }
        if (complete) {
            arrangeAtLeastCost(levelPrice, stop);
        }
    }

    /** The second level on the arcs the first level's prices leave free; keeps the flow as it is if stopped. */
    private void arrangeAtLeastCost(long[] levelPrice, BooleanSupplier stop) {
        CostScaling cheapest = new CostScaling(nodes);
        int[] free = new int[arcs.count()];
        int[] fixed = new int[arcs.count()];
        for (int a = 0; a < arcs.count(); a++) {
            int from = arcs.tail(a);
            int to = arcs.head(a);
            int cap = arcs.capacity(a);
            long rise = levelPrice[to] - levelPrice[from];
            free[a] = -1;
            if (rise == 0) {
                free[a] = cheapest.addArc(from, to, cap, arcs.cost(a));
            } else if (rise < 0) {
                check(flow[a] == cap, a);
                fixed[a] = cap;
                cheapest.addSupply(from, -cap);
                cheapest.addSupply(to, cap);
            } else {
                check(flow[a] == 0, a);
            }
        }
        int[] leftOut = new int[people];
        for (int p = 0; p < people; p++) {
            cheapest.addSupply(personNode[p], 1);
            cheapest.addSupply(SINK, -1);
            leftOut[p] = -1;
            if (levelPrice[personNode[p]] == urgency[p]) {
                leftOut[p] = cheapest.addArc(personNode[p], SINK, 1, leftOutCost[p]);
            } else {
                check(booked[p], -1);
            }
        }
        cheapest.solve(stop);
        for (int a = 0; a < arcs.count(); a++) {
            flow[a] = free[a] >= 0 ? cheapest.flow(free[a]) : fixed[a];
        }
        for (int p = 0; p < people; p++) {
            booked[p] = leftOut[p] < 0 || cheapest.flow(leftOut[p]) == 0;
        }
    }

    private static void check(boolean holds, int arc) {
        if (!holds) {
            throw new IllegalStateException("the first level's prices contradict its flow at arc " + arc);
        }
    }

    /** The first level: the network with residual capacities, booked by urgency levels with blocking flows. */
    private final class Residual {
        /** Residual capacity of arc {@code a}'s pair: 2a forward, 2a + 1 back (the flow). */
        final int[] residual;
        private final int[] target;
        private final int[] adjacencyStart;
        private final int[] adjacency;
        final boolean[] routed = new boolean[people];
        private final boolean[] full = new boolean[nodes];
        private final int[] level = new int[nodes];
        private final int[] seen = new int[nodes];
        private int search;
        private final int[] currentArc = new int[nodes];
        private final int[] queue = new int[nodes];
        private final int[] pathNode = new int[nodes + 1];
        private final int[] pathArc = new int[nodes + 1];

        Residual() {
            Arcs.Residual net = arcs.residual(nodes);
            residual = net.capacity();
            target = net.target();
            adjacencyStart = net.start();
            adjacency = net.adjacency();
        }

        /** Returns false if stopped before every level was done. */
        boolean bookByUrgency(long[] levelPrice, BooleanSupplier stop) {
            Integer[] order = new Integer[people];
            for (int p = 0; p < people; p++) {
                order[p] = p;
            }
            Arrays.sort(order, (x, y) -> urgency[x] != urgency[y] ? Long.compare(urgency[y], urgency[x]) : Integer.compare(x, y));
            int[] active = new int[people];
            for (int from = 0; from < people; ) {
                if (stop.getAsBoolean()) {
                    return false;
                }
                long u = urgency[order[from]];
                int to = from;
                int count = 0;
                while (to < people && urgency[order[to]] == u) {
                    active[count++] = order[to++];
                }
                while (count > 0) {
                    if (!layer(active, count)) {
                        // Nobody left at this level can get through: all they reach is full from now on.
                        for (int i = 0; i < nodes; i++) {
                            if (seen[i] == search && !full[i]) {
                                full[i] = true;
                                levelPrice[i] = u;
                            }
                        }
                        break;
                    }
                    int still = 0;
                    for (int i = 0; i < count; i++) {
                        if (augment(active[i])) {
                            routed[active[i]] = true;
                        } else {
                            active[still++] = active[i];
                        }
                    }
                    count = still;
                }
                from = to;
            }
            return true;
        }

        /** Breadth-first levels from the given people over residual arcs; true if the sink is reached. */
        private boolean layer(int[] active, int count) {
            search++;
            int size = 0;
            for (int i = 0; i < count; i++) {
                int s = personNode[active[i]];
                seen[s] = search;
                level[s] = 0;
                currentArc[s] = adjacencyStart[s];
                queue[size++] = s;
            }
            for (int at = 0; at < size; at++) {
                int u = queue[at];
                if (u == SINK) {
                    return true; // nothing further out can be on a shortest path
                }
                for (int k = adjacencyStart[u]; k < adjacencyStart[u + 1]; k++) {
                    int a = adjacency[k];
                    int v = target[a];
                    if (residual[a] > 0 && !full[v] && seen[v] != search) {
                        seen[v] = search;
                        level[v] = level[u] + 1;
                        currentArc[v] = adjacencyStart[v];
                        queue[size++] = v;
                    }
                }
            }
            return false;
        }

        /** One unit from a person to the sink along the levels (depth first, skipping dead ends); false if none. */
        private boolean augment(int person) {
            int depth = 0;
            pathNode[0] = personNode[person];
            while (depth >= 0) {
                int u = pathNode[depth];
                if (u == SINK) {
                    for (int i = 0; i < depth; i++) {
                        residual[pathArc[i]]--;
                        residual[pathArc[i] ^ 1]++;
                    }
                    return true;
                }
                boolean advanced = false;
                for (; currentArc[u] < adjacencyStart[u + 1]; currentArc[u]++) {
                    int a = adjacency[currentArc[u]];
                    int v = target[a];
                    if (residual[a] > 0 && seen[v] == search && level[v] == level[u] + 1) {
                        pathArc[depth] = a;
                        pathNode[++depth] = v;
                        advanced = true;
                        break;
                    }
                }
                if (!advanced) {
                    level[u] = -1; // a dead end for the rest of this phase
                    depth--;
                    if (depth >= 0) {
                        currentArc[pathNode[depth]]++;
                    }
                }
            }
            return false;
        }
    }
}
