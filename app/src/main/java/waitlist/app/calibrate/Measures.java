package waitlist.app.calibrate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import waitlist.app.UserError;
import waitlist.simulator.results.Metric;
import waitlist.simulator.results.WeekMetric;

/**
 * Which observed measures the fit matches and how much each weighs. A measure is a period metric by its key
 * ({@code waitP95Days}) or a weekly one prefixed {@code week:} ({@code week:waitingList}). By default every measure in
 * the observed file that the simulator also reports weighs 1; {@code --measure NAME[=WEIGHT]} (repeatable) chooses.
 * A measure's weight is shared over its rows, so 52 weekly rows count as much as five quarterly ones.
 */
final class Measures {

    private Measures() {
    }

    static String name(boolean week, String metric) {
        return week ? "week:" + metric : metric;
    }

    /** Whether the simulator reports this measure. */
    static boolean simulated(String measure) {
        if (measure.startsWith("week:")) {
            String key = measure.substring(5);
            for (WeekMetric m : WeekMetric.values()) {
                if (m.key().equals(key)) {
                    return true;
                }
            }
            return false;
        }
        return metric(measure) != null;
    }

    static Metric metric(String key) {
        for (Metric m : Metric.values()) {
            if (m.key().equals(key) && !m.probability()) {
                return m;
            }
        }
        return null;
    }

    static WeekMetric weekMetric(String key) {
        for (WeekMetric m : WeekMetric.values()) {
            if (m.key().equals(key)) {
                return m;
            }
        }
        return null;
    }

    /**
     * The smallest spread a measure's scale may have, in its unit: half a day for waits, half a percentage point for
     * shares, half a person for counts. Keeps a measure the simulator happens to reproduce without spread (a count at
     * its start) from dividing by zero.
     */
    static double floor(String measure) {
        String key = measure.startsWith("week:") ? measure.substring(5) : measure;
        if (key.endsWith("Days")) {
            return 0.5;
        }
        if (key.equals("attainment") || key.equals("assessedWithinTarget") || key.equals("urgentAttainment") || key.endsWith("Utilisation")) {
            return 0.005;
        }
        return 0.5;
    }

    /**
     * The weights: from {@code --measure} when given (each must be in the file and simulated), else 1 for every measure
     * the file and the simulator share. {@code ignored} collects the file's measures left out, for the report.
     */
    static Map<String, Double> choose(List<String> options, Set<String> inFile, List<String> ignored) {
        Map<String, Double> weights = new LinkedHashMap<>();
        if (options.isEmpty()) {
            for (String m : new TreeSet<>(inFile)) {
                if (simulated(m)) {
                    weights.put(m, 1.0);
                } else {
                    ignored.add(m);
                }
            }
            if (weights.isEmpty()) {
                throw new UserError("the observed file has no measure the simulator reports (it has " + String.join(", ", new TreeSet<>(inFile))
                        + "); see --measure");
            }
            return weights;
        }
        for (String option : options) {
            int eq = option.indexOf('=');
            String name = (eq < 0 ? option : option.substring(0, eq)).trim();
            double weight = 1;
            if (eq >= 0) {
                try {
                    weight = Double.parseDouble(option.substring(eq + 1).trim());
                } catch (NumberFormatException e) {
                    weight = Double.NaN;
                }
                if (!(weight > 0 && weight <= 1000)) {
                    throw new UserError("--measure " + option + ": the weight must be a number above 0 and at most 1000");
                }
            }
            if (!simulated(name)) {
                throw new UserError("--measure " + option + ": \"" + name + "\" is not a measure the simulator reports; use one of "
                        + String.join(", ", known()));
            }
            if (!inFile.contains(name)) {
                throw new UserError("--measure " + option + ": the observed file has no " + name + " rows; it has "
                        + String.join(", ", new TreeSet<>(inFile)));
            }
            if (weights.put(name, weight) != null) {
                throw new UserError("--measure " + option + ": " + name + " is named twice");
            }
        }
        for (String m : new TreeSet<>(inFile)) {
            if (!weights.containsKey(m)) {
                ignored.add(m);
            }
        }
        return weights;
    }

    private static List<String> known() {
        List<String> names = new ArrayList<>();
        for (WeekMetric m : WeekMetric.values()) {
            names.add("week:" + m.key());
        }
        for (Metric m : Metric.values()) {
            if (!m.probability()) {
                names.add(m.key());
            }
        }
        return names;
    }
}
