package waitlist.simulator.arrivals;

import java.time.LocalDate;
import java.util.List;

import waitlist.scenarios.Demand;
import waitlist.scenarios.StepChange;

/**
 * Expected referrals a day for one alliance on each day of the horizon: annual volume × alliance
 * share × monthly seasonality (normalised to a mean of 1) × compound growth × step changes. The annual volume may
 * change on dates: from a change on, that level applies and growth compounds from the change's date.
 * The rate is held constant within a day, which makes the Poisson process exact to sample by
 * inversion ({@link PoissonArrivals}).
 */
public final class DailyRates {

    private DailyRates() {
    }

    public static double[] of(Demand demand, String alliance, LocalDate start, int days) {
        double share = demand.allianceShares().getOrDefault(alliance, 0.0);
        double[] season = new double[12];
        java.util.Arrays.fill(season, 1);
        if (demand.seasonality() != null) {
            double mean = demand.seasonality().stream().mapToDouble(Double::doubleValue).average().orElse(1);
            for (int m = 0; m < 12; m++) {
                season[m] = demand.seasonality().get(m) / mean;
            }
        }
        List<StepChange> steps = demand.stepChangesOrEmpty();
        double[] rates = new double[days];
        for (int d = 0; d < days; d++) {
            LocalDate date = start.plusDays(d);
            double perDay = demand.annualReferrals().at(date) * share / 365.25;
            double rate = perDay * season[date.getMonthValue() - 1]
                    * Math.pow(1 + demand.growthPerYear(), demand.growthDays(date, start) / 365.25);
            for (StepChange s : steps) {
                if (!date.isBefore(s.date()) && (s.alliance() == null || s.alliance().equals(alliance))) {
                    rate *= s.factor();
                }
            }
            rates[d] = rate;
        }
        return rates;
    }
}
