package waitlist.app.importer;

import java.time.LocalDate;
import java.util.List;

/**
 * Demand fitted from an extract's referral dates, each value with its 95 % interval. Rates are
 * referrals a year at the as-of date (the horizon start), at a month whose multiplier is 1;
 * growth is compound a year, county-wide; seasonality is 12 monthly multipliers (January first)
 * with mean 1, county-wide. Growth and seasonality may instead be taken from the base scenario
 * ({@code fitted} false), when the history is too short to fit them.
 *
 * @param from                first day of the history used
 * @param to                  the as-of date: the history runs up to the day before
 * @param referrals           referrals in the history, per alliance (scenario order)
 * @param annual              referrals a year per alliance
 * @param county              referrals a year, county-wide
 * @param shares              share of the county's referrals per alliance
 * @param growth              growth a year
 * @param seasonality         monthly multipliers (null when the base has none and none was fitted)
 * @param growthDiffersP      p-value of the likelihood-ratio test of one growth per alliance against one county-wide (NaN if not done)
 * @param seasonalityP        p-value of the likelihood-ratio test of monthly seasonality against none (NaN if not done)
 * @param dispersion          Pearson χ² per degree of freedom of the daily counts (about 1 for a Poisson process)
 */
record FittedDemand(
        LocalDate from,
        LocalDate to,
        List<String> alliances,
        List<Integer> referrals,
        List<Interval> annual,
        Interval county,
        List<Interval> shares,
        Interval growth,
        boolean growthFitted,
        List<Interval> seasonality,
        boolean seasonalityFitted,
        double growthDiffersP,
        double seasonalityP,
        double dispersion) {

    /** A value and its 95 % interval. */
    record Interval(double value, double low, double high) {
        static Interval exact(double value) {
            return new Interval(value, value, value);
        }
    }

    long days() {
        return java.time.temporal.ChronoUnit.DAYS.between(from, to);
    }

    int totalReferrals() {
        return referrals.stream().mapToInt(Integer::intValue).sum();
    }
}
