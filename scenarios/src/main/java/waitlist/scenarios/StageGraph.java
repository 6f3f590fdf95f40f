package waitlist.scenarios;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The order of a {@link Network}'s stages for the people of one alliance (its {@code after} lists,
 * with that alliance's overrides), as indices in the file's stage order. The checker uses it to find
 * cycles and to tell whether one stage is downstream of another; the simulator uses the same
 * successor lists to move people on. References to undefined stages are left out (the checker
 * reports them by name).
 */
public final class StageGraph {

    private final List<String> ids;
    private final Map<String, Integer> index = new HashMap<>();
    private final int[][] successors;
    private final int[] predecessorCount;

    private StageGraph(Network network, String alliance) {
        this.ids = network.stageIds();
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        List<List<Integer>> next = new ArrayList<>();
        ids.forEach(id -> next.add(new ArrayList<>()));
        predecessorCount = new int[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            for (String before : network.stages().get(ids.get(i)).afterFor(alliance)) {
                Integer j = index.get(before);
                if (j != null) {
                    next.get(j).add(i);
                    predecessorCount[i]++;
                }
            }
        }
        successors = new int[ids.size()][];
        for (int i = 0; i < ids.size(); i++) {
            successors[i] = next.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** The order for people of {@code alliance} (null: the stages' own {@code after} lists). */
    public static StageGraph of(Network network, String alliance) {
        return new StageGraph(network, alliance);
    }

    public int size() {
        return ids.size();
    }

    /** The index of a stage id in the file's order, or -1. */
    public int index(String id) {
        return index.getOrDefault(id, -1);
    }

    public String id(int stage) {
        return ids.get(stage);
    }

    /** Stages that list {@code stage} in their {@code after}. */
    public int[] successors(int stage) {
        return successors[stage];
    }

    /** How many stages {@code stage} waits for. */
    public int predecessorCount(int stage) {
        return predecessorCount[stage];
    }

    /** For each stage, whether it comes after {@code stage}, directly or through others (not {@code stage} itself unless on a cycle). */
    public boolean[] downstream(int stage) {
        boolean[] seen = new boolean[ids.size()];
        ArrayDeque<Integer> todo = new ArrayDeque<>();
        todo.add(stage);
        while (!todo.isEmpty()) {
            for (int next : successors[todo.poll()]) {
                if (!seen[next]) {
                    seen[next] = true;
                    todo.add(next);
                }
            }
        }
        return seen;
    }

    /** A cycle of stage ids, first repeated at the end (e.g. a, c, b, a), or empty if there is none. */
    public List<String> cycle() {
        int[] colour = new int[ids.size()];
        for (int s = 0; s < ids.size(); s++) {
            List<Integer> path = new ArrayList<>();
            if (visit(s, colour, path)) {
                return path.stream().map(ids::get).toList();
            }
        }
        return List.of();
    }

    /** Depth-first search with colours, following "comes after" edges backwards so the cycle reads in "after" order. */
    private boolean visit(int s, int[] colour, List<Integer> path) {
        if (colour[s] == 2) {
            return false;
        }
        path.add(s);
        if (colour[s] == 1) {
            path.subList(0, path.indexOf(s)).clear();
            return true;
        }
        colour[s] = 1;
        for (int before = 0; before < ids.size(); before++) {
            if (contains(successors[before], s) && visit(before, colour, path)) {
                return true;
            }
        }
        colour[s] = 2;
        path.removeLast();
        return false;
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }
}
