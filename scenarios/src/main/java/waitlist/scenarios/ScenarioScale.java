package waitlist.scenarios;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How big one simulated run of a scenario is: the referrals it expects over the horizon (annual
 * volume with seasonality, growth and step changes, as the simulator draws them) and the people it
 * starts with. Validation refuses a scenario above {@link #MAX_PEOPLE}; the command line uses the
 * same figures to estimate time and memory before a long run.
 */
public final class ScenarioScale {

    /** The most people (referrals expected over the horizon plus the initial list and caseload) one run may hold. */
    public static final int MAX_PEOPLE = 2_000_000;

    private ScenarioScale() {
    }

    /** Expected referrals over the whole horizon, county-wide (may be infinite for absurd inputs). */
    public static double expectedReferrals(Scenario s) {
        return weeklyReferrals(s).stream().mapToDouble(Double::doubleValue).sum();
    }

    /** Expected referrals in each week of the horizon, county-wide. */
    public static List<Double> weeklyReferrals(Scenario s) {
        Demand d = s.demand();
        double[] season = new double[12];
        java.util.Arrays.fill(season, 1);
        if (d.seasonality() != null && d.seasonality().size() == 12) {
            double mean = d.seasonality().stream().mapToDouble(Double::doubleValue).average().orElse(1);
            for (int m = 0; m < 12; m++) {
                season[m] = mean > 0 ? d.seasonality().get(m) / mean : 1;
            }
        }
        List<StepChange> steps = new ArrayList<>(d.stepChangesOrEmpty());
        steps.sort(Comparator.comparing(StepChange::date));
        LocalDate start = s.horizon().start();
        int days = s.horizon().weeks() * 7;
        double[] byDay = new double[days];
        for (var share : d.allianceShares().entrySet()) {
            double factor = 1;
            int next = 0;
            for (int day = 0; day < days; day++) {
                LocalDate date = start.plusDays(day);
                while (next < steps.size() && !date.isBefore(steps.get(next).date())) {
                    StepChange c = steps.get(next++);
                    if (c.alliance() == null || c.alliance().equals(share.getKey())) {
                        factor *= c.factor();
                    }
                }
                double perDay = d.annualReferrals().at(date) * share.getValue() / 365.25;
                byDay[day] += perDay * factor * season[date.getMonthValue() - 1]
                        * Math.pow(1 + d.growthPerYear(), d.growthDays(date, start) / 365.25);
            }
        }
        List<Double> weeks = new ArrayList<>();
        for (int w = 0; w < s.horizon().weeks(); w++) {
            double sum = 0;
            for (int day = w * 7; day < w * 7 + 7; day++) {
                sum += byDay[day];
            }
            weeks.add(sum);
        }
        return weeks;
    }

    /** People the run starts with: today's waiting list and caseload. */
    public static long initialPeople(Scenario s) {
        if (s.initialState() == null) {
            return 0;
        }
        long n = 0;
        for (AllianceState a : s.initialState().alliances()) {
            n += a.inService() + a.waitingOrEmpty().size() + a.awaitingPlaceOrEmpty().size() + a.caseloadOrEmpty().size();
            for (int w : a.waitingByWeeksWaitedOrEmpty()) {
                n += w;
            }
        }
        return n;
    }
}
