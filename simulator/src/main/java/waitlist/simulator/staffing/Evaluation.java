package waitlist.simulator.staffing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import waitlist.simulator.results.Metric;
import waitlist.simulator.results.Period;
import waitlist.simulator.results.Summary;
import waitlist.simulator.stats.Estimate;

/**
 * How a staffing plan fares against the goal in one run: per alliance whether it needs more OT (a period from the start date
 * on not likely to hold, or OT utilisation at or above 100 %) or more coaching (coach utilisation at or above 100 %, or a
 * mean wait for a place above the limit), and the county's lowest chance of holding.
 */
final class Evaluation {

    final boolean[] needsOt;
    final boolean[] needsCoach;
    final double[] lowestChance;
    final double countyLowestChance;
    final String countyWeakestPeriod;
    final List<String> shortfalls = new ArrayList<>();

    Evaluation(Summary summary, List<Period> periods, List<String> allianceNames, StaffingGoal goal, int firstJudgedPeriod) {
        int alliances = allianceNames.size();
        needsOt = new boolean[alliances];
        needsCoach = new boolean[alliances];
        lowestChance = new double[alliances];
        double countyLowest = 1;
        String countyWeakest = null;
        int whole = periods.size() - 1;
        for (int a = 0; a <= alliances; a++) {
            double lowest = 1;
            for (int p = firstJudgedPeriod; p < whole; p++) {
                Estimate holds = summary.estimate(p, a, Metric.TARGET_HOLDS);
                if (holds.n() == 0) {
                    continue;
                }
                if (holds.mean() < goal.confidence()) {
                    String name = a == alliances ? "County" : allianceNames.get(a);
                    shortfalls.add(String.format(Locale.ROOT, "%s %s %.0f%%", name, periods.get(p).label(), 100 * holds.mean()));
                    if (a < alliances) {
                        needsOt[a] = true;
                    }
                }
                if (holds.mean() < lowest) {
                    lowest = holds.mean();
                    if (a == alliances) {
                        countyWeakest = periods.get(p).label();
                    }
                }
                if (a < alliances) {
                    Estimate placeWait = summary.estimate(p, a, Metric.PLACE_WAIT_MEAN);
                    if (placeWait.n() > 0 && placeWait.mean() > goal.maxPlaceWaitDays()) {
                        needsCoach[a] = true;
                        shortfalls.add(String.format(Locale.ROOT, "%s %s place wait %.0f d", allianceNames.get(a), periods.get(p).label(),
                                placeWait.mean()));
                    }
                }
            }
            if (a < alliances) {
                lowestChance[a] = lowest;
                if (mean(summary, whole, a, Metric.OT_UTILISATION) >= 1) {
                    needsOt[a] = true;
                    shortfalls.add(allianceNames.get(a) + " OT fully used");
                }
                if (mean(summary, whole, a, Metric.COACH_UTILISATION) >= 1) {
                    needsCoach[a] = true;
                    shortfalls.add(allianceNames.get(a) + " coaches fully used");
                }
            } else {
                countyLowest = lowest;
            }
        }
        this.countyLowestChance = countyLowest;
        this.countyWeakestPeriod = countyWeakest;
    }

    private static double mean(Summary s, int period, int area, Metric m) {
        Estimate e = s.estimate(period, area, m);
        return e.n() == 0 ? 0 : e.mean();
    }

    boolean meetsGoal() {
        return shortfalls.isEmpty();
    }

    boolean anyAllianceShort() {
        for (int a = 0; a < needsOt.length; a++) {
            if (needsOt[a] || needsCoach[a]) {
                return true;
            }
        }
        return false;
    }

    /** "meets the goal; county's lowest chance 93% (2028 Q1)" or the shortfalls. */
    String describe() {
        String county = String.format(Locale.ROOT, "county's lowest chance %.0f%%%s", 100 * countyLowestChance,
                countyWeakestPeriod == null ? "" : " (" + countyWeakestPeriod + ")");
        if (meetsGoal()) {
            return "meets the goal; " + county;
        }
        List<String> shown = shortfalls.size() <= 4 ? shortfalls : shortfalls.subList(0, 4);
        return "short: " + String.join(", ", shown) + (shortfalls.size() > 4 ? " and " + (shortfalls.size() - 4) + " more" : "") + "; "
                + county;
    }
}
