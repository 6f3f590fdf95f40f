package waitlist.simulator.results;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import waitlist.scenarios.ReportingPeriod;
import waitlist.scenarios.Target;
import waitlist.simulator.stats.Estimate;

/**
 * The headline: for every reporting period and area, the chance P that the target holds (the share
 * of replications in which it held, with its Wilson interval), read against the confidence q as
 * likely to hold, at risk or likely to miss; the chance that every period holds; the weakest
 * alliance-period; and the cells whose class the replications could not settle.
 */
public final class TargetVerdict {

    /** A chance known to within this (Wilson half-width) counts as settled even if it sits on a class boundary. */
    public static final double SETTLED_HALF_WIDTH = 0.05;

    private TargetVerdict() {
    }

    /** The verdict for one area in one period. */
    public record AreaVerdict(String area, TargetStatus status, Estimate pHolds, Estimate attainment) {
    }

    /** One reporting period's verdicts, alliances in scenario order then the county. */
    public record PeriodVerdict(String period, LocalDate start, LocalDate end, List<AreaVerdict> areas) {
    }

    /** The chance that the target holds in every reported period, for one area. */
    public record AllPeriods(String area, Estimate pAllHold) {
    }

    /** The alliance and period with the lowest chance of holding. */
    public record Weakest(String area, String areaName, String period, TargetStatus status, Estimate pHolds, Estimate attainment) {
    }

    /** A period (or "all periods") and area whose class is still uncertain. */
    public record Unsettled(String area, String period, Estimate pHolds) {
    }

    /**
     * The whole verdict. {@code county*} count the county's calendar periods by class; periods in
     * which nobody reached their target day in any replication are left out.
     */
    public record Verdict(String text, double confidence, int periodsReported, int countyLikelyToHold, int countyAtRisk,
                          int countyLikelyToMiss, Estimate countyAllPeriods, Weakest weakest, List<Unsettled> unsettled,
                          List<PeriodVerdict> periods, List<AllPeriods> allPeriods) {

        /** How one area's verdict runs over the periods: when it first stops being likely to hold, and first becomes likely to miss. */
        public Course course(String area) {
            TargetStatus worst = null;
            String firstNotLikely = null;
            String firstMiss = null;
            for (PeriodVerdict p : periods) {
                for (AreaVerdict a : p.areas()) {
                    if (!a.area().equals(area)) {
                        continue;
                    }
                    if (worst == null || a.status().ordinal() > worst.ordinal()) {
                        worst = a.status();
                    }
                    if (a.status() != TargetStatus.LIKELY_TO_HOLD && firstNotLikely == null) {
                        firstNotLikely = p.period();
                    }
                    if (a.status() == TargetStatus.LIKELY_TO_MISS && firstMiss == null) {
                        firstMiss = p.period();
                    }
                }
            }
            return new Course(worst, firstNotLikely, firstMiss);
        }
    }

    /**
     * An area's verdict over time: its worst class (null if nobody was due), and the first period not likely to hold and the
     * first likely to miss (null if none).
     */
    public record Course(TargetStatus worst, String firstNotLikelyToHold, String firstLikelyToMiss) {

        /** "likely to hold in every quarter", "at risk from 2028/29 Q1", "at risk from 2028/29 Q1, likely to miss from 2029/30 Q1". */
        public String words(String unit) {
            if (worst == null) {
                return "nobody due";
            }
            return switch (worst) {
                case LIKELY_TO_HOLD -> "likely to hold in every " + unit;
                case AT_RISK -> "at risk from " + firstNotLikelyToHold;
                case LIKELY_TO_MISS -> firstNotLikelyToHold.equals(firstLikelyToMiss) ? "likely to miss from " + firstLikelyToMiss
                        : "at risk from " + firstNotLikelyToHold + ", likely to miss from " + firstLikelyToMiss;
            };
        }
    }

    /** Whether a chance's class is known: its interval clear of both boundaries, or narrow anyway. */
    public static boolean settled(Estimate p, double confidence) {
        boolean clearOfQ = p.low() >= confidence || p.high() < confidence;
        boolean clearOfHalf = p.low() >= 0.5 || p.high() < 0.5;
        return clearOfQ && clearOfHalf || p.halfWidth() <= SETTLED_HALF_WIDTH;
    }

    /** Every calendar period and area (and every area's all-periods chance) whose class is not yet settled. */
    public static List<Unsettled> unsettled(Summary summary, List<Period> periods, List<String> areaIds, double confidence) {
        List<Unsettled> out = new ArrayList<>();
        int whole = periods.size() - 1;
        for (int p = 0; p <= whole; p++) {
            Metric m = p == whole ? Metric.ALL_PERIODS_HOLD : Metric.TARGET_HOLDS;
            for (int a = 0; a < areaIds.size(); a++) {
                Estimate e = summary.estimate(p, a, m);
                if (e.n() > 0 && !settled(e, confidence)) {
                    out.add(new Unsettled(areaIds.get(a), p == whole ? "all periods" : periods.get(p).label(), e));
                }
            }
        }
        return out;
    }

    public static Verdict of(Target target, Summary summary, List<Period> periods, Map<String, String> areaNames) {
        return of(target, null, summary, periods, areaNames);
    }

    /**
     * As {@link #of(Target, Summary, List, Map)}, for a stage network whose clock stops when {@code clockStage}
     * starts: the headline names that stage (e.g. "One-week target to start reablement"), since the file's target
     * is not the familiar first-assessment one. Null for the pathway model.
     */
    public static Verdict of(Target target, String clockStage, Summary summary, List<Period> periods, Map<String, String> areaNames) {
        List<String> areaIds = List.copyOf(areaNames.keySet());
        double q = target.confidenceOrDefault();
        int county = areaIds.size() - 1;
        int whole = periods.size() - 1;
        List<PeriodVerdict> periodVerdicts = new ArrayList<>();
        int[] countyCounts = new int[TargetStatus.values().length];
        Weakest weakest = null;
        for (int p = 0; p < whole; p++) {
            List<AreaVerdict> areas = new ArrayList<>();
            for (int a = 0; a <= county; a++) {
                Estimate holds = summary.estimate(p, a, Metric.TARGET_HOLDS);
                if (holds.n() == 0) {
                    continue; // nobody reached their target day here in any replication
                }
                Estimate attainment = summary.estimate(p, a, Metric.ATTAINMENT);
                TargetStatus status = TargetStatus.of(holds.mean(), q);
                areas.add(new AreaVerdict(areaIds.get(a), status, holds, attainment));
                if (a == county) {
                    countyCounts[status.ordinal()]++;
                } else if (weakest == null || weaker(holds, attainment, weakest)) {
                    weakest = new Weakest(areaIds.get(a), areaNames.get(areaIds.get(a)), periods.get(p).label(), status, holds, attainment);
                }
            }
            if (!areas.isEmpty()) {
                Period period = periods.get(p);
                periodVerdicts.add(new PeriodVerdict(period.label(), period.start(), period.end(), List.copyOf(areas)));
            }
        }
        List<AllPeriods> all = new ArrayList<>();
        for (int a = 0; a <= county; a++) {
            Estimate e = summary.estimate(whole, a, Metric.ALL_PERIODS_HOLD);
            if (e.n() > 0) {
                all.add(new AllPeriods(areaIds.get(a), e));
            }
        }
        Estimate countyAll = summary.estimate(whole, county, Metric.ALL_PERIODS_HOLD);
        int reported = countyCounts[0] + countyCounts[1] + countyCounts[2];
        String text = headline(target, clockStage, periodVerdicts, countyCounts, reported, countyAll.n() > 0 ? countyAll : null, weakest,
                areaIds.size() > 2);
        return new Verdict(text, q, reported, countyCounts[0], countyCounts[1], countyCounts[2],
                countyAll.n() > 0 ? countyAll : null, weakest, unsettled(summary, periods, areaIds, q),
                List.copyOf(periodVerdicts), List.copyOf(all));
    }

    private static boolean weaker(Estimate holds, Estimate attainment, Weakest than) {
        if (holds.mean() != than.pHolds().mean()) {
            return holds.mean() < than.pHolds().mean();
        }
        return attainment.mean() < than.attainment().mean();
    }

    private static String headline(Target target, String clockStage, List<PeriodVerdict> periods, int[] countyCounts, int reported, Estimate countyAll,
                                   Weakest weakest, boolean severalAlliances) {
        String unit = unit(target.reportingPeriod());
        StringBuilder text = new StringBuilder();
        text.append(capitalise(SimulationResult.targetName(target.days()))).append(" target")
                .append(clockStage == null ? "" : " to start " + clockStage).append(" (")
                .append(percent(target.attainment())).append(" within ").append(target.days()).append(" days)");
        if (reported == 0) {
            return text.append(": nobody reached their target day in any reported ").append(unit).append(", so there is nothing to judge")
                    .toString();
        }
        text.append(": ");
        List<String> parts = new ArrayList<>();
        for (TargetStatus s : TargetStatus.values()) {
            int n = countyCounts[s.ordinal()];
            if (n == reported) {
                parts.add(s.words() + (reported == 1 ? " in the one " + unit : " in all " + reported + " " + plural(unit)));
            } else if (n > 0) {
                parts.add(s.words() + " in " + n + (parts.isEmpty() ? " of " + reported + " " + plural(unit, reported) : ""));
            }
        }
        text.append(String.join(", ", parts));
        if (countyAll != null && reported > 1) {
            text.append("; chance that ").append(reported == 2 ? "both" : "all " + number(reported)).append(" hold ")
                    .append(percentWithInterval(countyAll));
        }
        if (weakest != null && severalAlliances) {
            text.append("; weakest: ").append(weakest.areaName()).append(' ').append(weakest.period()).append(", ")
                    .append(String.format(Locale.ROOT, "%.0f%%", 100 * weakest.pHolds().mean())).append(" chance");
        }
        return text.toString();
    }

    /** "41% (36-46%)". */
    public static String percentWithInterval(Estimate e) {
        return String.format(Locale.ROOT, "%.0f%% (%.0f\u2013%.0f%%)", 100 * e.mean(), 100 * e.low(), 100 * e.high());
    }

    static String percent(double share) {
        String s = String.format(Locale.ROOT, "%.1f", 100 * share);
        return (s.endsWith(".0") ? s.substring(0, s.length() - 2) : s) + "%";
    }

    public static String unit(ReportingPeriod kind) {
        return switch (kind) {
            case WEEK -> "week";
            case MONTH -> "month";
            case QUARTER, FINANCIAL_QUARTER -> "quarter";
            case YEAR, FINANCIAL_YEAR -> "year";
        };
    }

    static String plural(String unit) {
        return unit + "s";
    }

    static String plural(String unit, int n) {
        return n == 1 ? unit : unit + "s";
    }

    private static final String[] NUMBERS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve"};

    static String number(int n) {
        return n < NUMBERS.length ? NUMBERS[n] : Integer.toString(n);
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
