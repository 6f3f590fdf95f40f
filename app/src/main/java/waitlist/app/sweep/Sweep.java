package waitlist.app.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import waitlist.simulator.results.SimulationResult;
import waitlist.simulator.results.TargetVerdict;

/** The grid of a sweep and the reading of its results: points in order (the last input varies fastest), and the break-evens. */
final class Sweep {

    private Sweep() {
    }

    /** Every combination of the axes' values, the last axis varying fastest. */
    static List<Map<String, String>> grid(List<SweepAxis> axes) {
        List<Map<String, String>> points = new ArrayList<>();
        points.add(new LinkedHashMap<>());
        for (SweepAxis axis : axes) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> p : points) {
                for (String v : axis.values()) {
                    Map<String, String> q = new LinkedHashMap<>(p);
                    q.put(axis.pointer(), v);
                    next.add(q);
                }
            }
            points = next;
        }
        return points;
    }

    static SweepResult.Point point(Map<String, String> values, SimulationResult r) {
        TargetVerdict.Course course = r.verdict().course(r.countyKey());
        SimulationResult.PeriodResult whole = r.periods().get(r.periods().size() - 1);
        var county = whole.areas().get(r.countyKey());
        return new SweepResult.Point(Map.copyOf(values), r.replications(), r.countyKey(), course.worst(),
                course.firstNotLikelyToHold(), course.firstLikelyToMiss(), r.verdict(),
                county.get("attainment"), county.get("waitMeanDays"), county.get("waitP95Days"), r.cost());
    }

    /** Along the first axis, for each combination of the others: where the county's state in words changes. */
    static List<SweepResult.BreakEven> breakEvens(List<SweepAxis> axes, List<SweepResult.Point> points, String unit) {
        List<SweepResult.BreakEven> out = new ArrayList<>();
        if (axes.isEmpty()) {
            return out;
        }
        SweepAxis first = axes.get(0);
        int stride = points.size() / first.values().size();
        for (int offset = 0; offset < stride; offset++) {
            for (int i = 1; i < first.values().size(); i++) {
                SweepResult.Point a = points.get((i - 1) * stride + offset);
                SweepResult.Point b = points.get(i * stride + offset);
                String before = a.state(unit);
                String after = b.state(unit);
                if (Objects.equals(before, after)) {
                    continue;
                }
                Map<String, String> others = new LinkedHashMap<>(b.values());
                others.remove(first.pointer());
                String held = others.isEmpty() ? "" : " (with " + others.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .reduce((x, y) -> x + ", " + y).orElse("") + ")";
                String text = first.pointer() + " " + first.values().get(i - 1) + " -> " + first.values().get(i) + held + ": "
                        + before + " -> " + after;
                out.add(new SweepResult.BreakEven(first.pointer(), others, first.values().get(i - 1), first.values().get(i),
                        before, after, text));
            }
        }
        return out;
    }
}
