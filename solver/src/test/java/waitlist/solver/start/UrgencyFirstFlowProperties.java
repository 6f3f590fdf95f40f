package waitlist.solver.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * The two-level flow against every possible plan of small random networks: people, each linked to a
 * few slots at random soft costs; slots of capacity one on days with a daily maximum, or pooled
 * behind a shared group node as the starting plan builds them. Whoever is left out costs their
 * urgency first and a soft amount second. The flow must reach the least unbooked urgency and, at that
 * urgency, the least soft cost, with capacities kept; and the first level alone must not depend on the
 * order people were listed in.
 */
class UrgencyFirstFlowProperties {

    /** A random small network and what every plan of it costs. */
    private record Network(int people, long[] urgency, long[] leftOut, List<int[]> choices, List<long[]> costs,
                           int slots, int[] slotDay, int days, int dayMaximum) {

        static Network random(long seed) {
            return random(seed, 1);
        }

        /** Soft costs times {@code scale}: a run may set weights up to a trillion. */
        static Network random(long seed, long scale) {
            Random r = new Random(seed);
            int people = 1 + r.nextInt(7);
            int days = 1 + r.nextInt(3);
            int slots = 1 + r.nextInt(6);
            int[] slotDay = new int[slots];
            for (int s = 0; s < slots; s++) {
                slotDay[s] = r.nextInt(days);
            }
            long[] urgency = new long[people];
            long[] leftOut = new long[people];
            List<int[]> choices = new ArrayList<>();
            List<long[]> costs = new ArrayList<>();
            for (int p = 0; p < people; p++) {
                urgency[p] = 1 + r.nextInt(4); // few values: ties at the first level are the hard case
                leftOut[p] = (r.nextInt(3) == 0 ? 0 : r.nextInt(3000)) * scale;
                int k = r.nextInt(Math.min(slots, 4) + 1);
                List<Integer> pick = new ArrayList<>();
                for (int s = 0; s < slots; s++) {
                    pick.add(s);
                }
                java.util.Collections.shuffle(pick, r);
                int[] mine = new int[k];
                long[] price = new long[k];
                for (int i = 0; i < k; i++) {
                    mine[i] = pick.get(i);
                    price[i] = (r.nextInt(4) == 0 ? 0 : r.nextInt(2500)) * scale;
                }
                choices.add(mine);
                costs.add(price);
            }
            return new Network(people, urgency, leftOut, choices, costs, slots, slotDay, days, 1 + r.nextInt(2));
        }

        /** The least (unbooked urgency, soft cost) over every plan, by trying them all. */
        long[] best() {
            long[] best = {Long.MAX_VALUE, Long.MAX_VALUE};
            search(0, new int[people], best);
            return best;
        }

        private void search(int p, int[] choice, long[] best) {
            if (p == people) {
                int[] slotUse = new int[slots];
                int[] dayUse = new int[days];
                long medium = 0;
                long soft = 0;
                for (int q = 0; q < people; q++) {
                    if (choice[q] < 0) {
                        medium += urgency[q];
                        soft += leftOut[q];
                        continue;
                    }
                    int s = choices.get(q)[choice[q]];
                    if (++slotUse[s] > 1 || ++dayUse[slotDay[s]] > dayMaximum) {
                        return;
                    }
                    soft += costs.get(q)[choice[q]];
                }
                if (medium < best[0] || medium == best[0] && soft < best[1]) {
                    best[0] = medium;
                    best[1] = soft;
                }
                return;
            }
            for (int c = -1; c < choices.get(p).length; c++) {
                choice[p] = c;
                search(p + 1, choice, best);
            }
        }

        /**
         * Solves it with the flow, people added in the given order; returns (unbooked urgency, soft
         * cost) of its plan after checking the plan keeps every capacity.
         *
         * @param pooled route each person through a node per day (as the planner groups slots) where
         *               they have a choice of that day's slots all at one cost, else straight to slots
         */
        long[] solve(int[] order, boolean pooled) {
            UrgencyFirstFlow net = new UrgencyFirstFlow();
            int[] dayNode = new int[days];
            for (int d = 0; d < days; d++) {
                dayNode[d] = net.addNode();
                net.addArc(dayNode[d], UrgencyFirstFlow.SINK, dayMaximum, 0);
            }
            int[] slotNode = new int[slots];
            for (int s = 0; s < slots; s++) {
                slotNode[s] = net.addNode();
                net.addArc(slotNode[s], dayNode[slotDay[s]], 1, 0);
            }
            int[] person = new int[people];
            List<List<int[]>> arcsOf = new ArrayList<>();
            for (int p = 0; p < people; p++) {
                arcsOf.add(new ArrayList<>());
            }
            for (int p : order) {
                int node = net.addNode();
                person[p] = net.addPerson(node, urgency[p], leftOut[p]);
                int[] mine = choices.get(p);
                for (int i = 0; i < mine.length; i++) {
                    int target = slotNode[mine[i]];
                    if (pooled) {
                        // A private pool node per choice: the same plans, one arc deeper.
                        int pool = net.addNode();
                        int into = net.addArc(node, pool, 1, costs.get(p)[i]);
                        net.addArc(pool, target, 1, 0);
                        arcsOf.get(p).add(new int[] {into, i});
                    } else {
                        arcsOf.get(p).add(new int[] {net.addArc(node, target, 1, costs.get(p)[i]), i});
                    }
                }
            }
            net.solve(() -> false);
            int[] slotUse = new int[slots];
            int[] dayUse = new int[days];
            long medium = 0;
            long soft = 0;
            for (int p = 0; p < people; p++) {
                int used = 0;
                for (int[] arc : arcsOf.get(p)) {
                    if (net.flow(arc[0]) > 0) {
                        used++;
                        int s = choices.get(p)[arc[1]];
                        slotUse[s]++;
                        dayUse[slotDay[s]]++;
                        soft += costs.get(p)[arc[1]];
                    }
                }
                assertThat(used).as("bookings of person %d", p).isEqualTo(net.booked(person[p]) ? 1 : 0);
                if (used == 0) {
                    medium += urgency[p];
                    soft += leftOut[p];
                }
            }
            for (int s = 0; s < slots; s++) {
                assertThat(slotUse[s]).as("slot %d", s).isLessThanOrEqualTo(1);
            }
            for (int d = 0; d < days; d++) {
                assertThat(dayUse[d]).as("day %d", d).isLessThanOrEqualTo(dayMaximum);
            }
            return new long[] {medium, soft};
        }
    }

    @Property(tries = 400)
    void reachesTheLeastUnbookedUrgencyThenTheLeastSoftCost(@ForAll @LongRange(min = 1, max = 1_000_000_000) long seed) {
        Network n = Network.random(seed);
        int[] listed = new int[n.people()];
        int[] reversed = new int[n.people()];
        for (int p = 0; p < n.people(); p++) {
            listed[p] = p;
            reversed[p] = n.people() - 1 - p;
        }
        long[] best = n.best();
        assertThat(n.solve(listed, false)).as("straight to slots").containsExactly(best);
        assertThat(n.solve(reversed, false)).as("people listed the other way round").containsExactly(best);
        assertThat(n.solve(listed, true)).as("through pool nodes").containsExactly(best);
    }

    /**
     * With soft costs so large that cost scaling must round them (prices would overflow a long), the
     * first level is still exact and every capacity kept; the second is then optimal for the rounded
     * costs only.
     */
    @Property(tries = 100)
    void hugeWeightsKeepTheFirstLevelExact(@ForAll @LongRange(min = 1, max = 1_000_000_000) long seed) {
        Network n = Network.random(seed, 1_000_000_000_000L);
        int[] listed = new int[n.people()];
        for (int p = 0; p < n.people(); p++) {
            listed[p] = p;
        }
        assertThat(n.solve(listed, false)[0]).isEqualTo(n.best()[0]);
    }
}
