package waitlist.solver.start;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

import waitlist.scenarios.snapshot.PartOfDay;

/**
 * Arcs from people to the capacity they may use (OT slots, group sessions), pooled where that is
 * exact. People who share a key (what decides which capacity they may use: alliance and needs, or
 * alliance, activity and facilities) usually may use all of that key's capacity except on days they
 * cannot come; such a person gets one arc per day and part of the day, to a pool node with an arc to
 * each unit of capacity in it, instead of an arc to each unit: some forty arcs a person at 10,000
 * referrals instead of thousands. Pooling is exact when what a booking costs the person is the same
 * all over a day and part of the day, and what it costs otherwise (travel) is the same for everyone
 * with the key. Anyone else gets an arc straight to each of their candidates.
 *
 * @param <C> a unit of capacity
 */
final class Pools<C> {

    private static final int PARTS = PartOfDay.values().length;

    private final UrgencyFirstFlow net;
    private final List<C> capacity;
    private final int[] capacityNode;
    private final Map<C, Integer> index = new HashMap<>();
    private final Map<Integer, Integer> capacityAt = new HashMap<>();
    private final ToIntFunction<C> dayOf;
    private final Function<C, PartOfDay> partOf;
    private final ToIntFunction<C> places;
    private final int days;
    private final Map<String, BitSet> keyCapacity = new LinkedHashMap<>();
    private final Map<String, int[]> perDay = new HashMap<>();
    private final Map<String, int[]> poolNodes = new HashMap<>();
    /** Per pool node: its first arc to capacity and how many. */
    private final Map<Integer, int[]> poolArcs = new HashMap<>();
    private int[] bucketSeen = new int[0];
    private int visit;

    /**
     * @param capacity     every unit of capacity, each already a node of {@code net} ({@code capacityNode})
     * @param dayOf        the unit's day, counted from the horizon's start
     * @param places       how many people one unit takes (a slot one, a session its free places)
     */
    Pools(UrgencyFirstFlow net, List<C> capacity, int[] capacityNode, ToIntFunction<C> dayOf, Function<C, PartOfDay> partOf,
          ToIntFunction<C> places) {
        this.net = net;
        this.capacity = capacity;
        this.capacityNode = capacityNode;
        this.dayOf = dayOf;
        this.partOf = partOf;
        this.places = places;
        int last = 0;
        for (int i = 0; i < capacity.size(); i++) {
            index.putIfAbsent(capacity.get(i), i);
            capacityAt.put(capacityNode[i], i);
            last = Math.max(last, dayOf.applyAsInt(capacity.get(i)));
        }
        this.days = last + 1;
    }

    /** First pass, for everyone: a key's capacity is the union of its people's candidates. */
    void collect(String key, List<C> candidates) {
        BitSet union = keyCapacity.computeIfAbsent(key, k -> new BitSet(capacity.size()));
        for (C c : candidates) {
            union.set(index.get(c));
        }
    }

    /**
     * Second pass: the arcs of one person (a node of its own). {@code personCost} is what a booking
     * costs this person; {@code keyCost} what it costs anyone with the key (travel). {@code excluded}
     * are the days (from the horizon's start) on which none of their candidates may fall.
     */
    void connect(int person, String key, List<C> candidates, Set<Integer> excluded, ToLongFunction<C> personCost,
                 ToLongFunction<C> keyCost) {
        if (covers(key, candidates, excluded)) {
            int[] pools = poolNodes.computeIfAbsent(key, k -> new int[days * PARTS]);
            if (bucketSeen.length < days * PARTS) {
                bucketSeen = new int[days * PARTS];
            }
            visit++;
            for (C c : candidates) {
                int bucket = dayOf.applyAsInt(c) * PARTS + partOf.apply(c).ordinal();
                if (bucketSeen[bucket] == visit) {
                    continue;
                }
                bucketSeen[bucket] = visit;
                if (pools[bucket] == 0) {
                    pools[bucket] = newPool(key, c, keyCost);
                }
                net.addArc(person, pools[bucket], 1, personCost.applyAsLong(c));
            }
        } else {
            for (C c : candidates) {
                net.addArc(person, capacityNode[index.get(c)], 1, personCost.applyAsLong(c) + keyCost.applyAsLong(c));
            }
        }
    }

    /** An arc straight to one unit, beside the pooled ones (e.g. a review with the OT who assessed the client). */
    void connectDirectly(int person, C unit, long cost) {
        net.addArc(person, capacityNode[index.get(unit)], 1, cost);
    }

    /**
     * Their candidates are exactly the key's capacity away from the excluded days (they are among it,
     * since it is the union of candidates, so counting suffices).
     */
    private boolean covers(String key, List<C> candidates, Set<Integer> excluded) {
        int[] count = perDay.computeIfAbsent(key, k -> {
            int[] c = new int[days];
            keyCapacity.get(k).stream().forEach(i -> c[dayOf.applyAsInt(capacity.get(i))]++);
            return c;
        });
        int expected = 0;
        for (int d = 0; d < days; d++) {
            expected += excluded.contains(d) ? 0 : count[d];
        }
        if (expected != candidates.size()) {
            return false;
        }
        if (!excluded.isEmpty()) {
            for (C c : candidates) {
                if (excluded.contains(dayOf.applyAsInt(c))) {
                    return false;
                }
            }
        }
        return true;
    }

    private int newPool(String key, C like, ToLongFunction<C> keyCost) {
        int pool = net.addNode();
        int first = net.arcCount();
        int day = dayOf.applyAsInt(like);
        PartOfDay part = partOf.apply(like);
        keyCapacity.get(key).stream()
                .filter(i -> dayOf.applyAsInt(capacity.get(i)) == day && partOf.apply(capacity.get(i)) == part)
                .forEach(i -> net.addArc(pool, capacityNode[i], places.applyAsInt(capacity.get(i)), keyCost.applyAsLong(capacity.get(i))));
        poolArcs.put(pool, new int[] {first, net.arcCount() - first});
        return pool;
    }

    /**
     * What the solved flow gave each person, by person (in the order given): the unit they went to,
     * directly or through a pool, whose units are shared among the people routed into it (same day,
     * part of the day and key: any pairing costs the same), people by {@code order}, units in
     * capacity order.
     *
     * @param arcs per person: their first arc and how many
     */
    <P> Map<P, C> assignments(List<P> people, Map<P, int[]> arcs, Comparator<P> order) {
        Map<P, C> given = new LinkedHashMap<>();
        Map<Integer, List<P>> intoPool = new LinkedHashMap<>();
        for (P p : people) {
            int[] range = arcs.get(p);
            for (int a = range[0]; a < range[0] + range[1]; a++) {
                if (net.flow(a) > 0) {
                    int t = net.head(a);
                    if (poolArcs.containsKey(t)) {
                        intoPool.computeIfAbsent(t, x -> new ArrayList<>()).add(p);
                    } else {
                        given.put(p, capacity.get(capacityAt.get(t)));
                    }
                }
            }
        }
        intoPool.forEach((pool, routed) -> {
            int[] range = poolArcs.get(pool);
            List<C> used = new ArrayList<>();
            for (int a = range[0]; a < range[0] + range[1]; a++) {
                for (int k = 0; k < net.flow(a); k++) {
                    used.add(capacity.get(capacityAt.get(net.head(a))));
                }
            }
            routed.sort(order);
            for (int i = 0; i < routed.size(); i++) {
                given.put(routed.get(i), used.get(i));
            }
        });
        return given;
    }
}
