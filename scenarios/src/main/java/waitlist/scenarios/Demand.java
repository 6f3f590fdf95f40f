package waitlist.scenarios;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import waitlist.scenarios.rules.MayOmit;
import waitlist.scenarios.rules.Positive;
import waitlist.scenarios.rules.Share;
import waitlist.scenarios.rules.AtMost;
import waitlist.scenarios.rules.MaxItems;

/**
 * Referrals arriving: a non-homogeneous Poisson process per alliance.
 *
 * <p>Referral volume can change on dates in two ways. {@code annualReferrals} may be a {@link Dated} value: from a
 * change's date the county has that many referrals a year (the level is restated; growth compounds from that date, and
 * step changes and seasonality apply on top). A {@link StepChange} instead scales whatever level is in force (×1.2 from a
 * date), for one alliance or all. Use a dated volume when the new level is known, a step change for a relative jump.
 *
 * @param annualReferrals  referrals a year county-wide at the horizon start (or, for a dated change, at its date)
 * @param allianceShares   share of referrals by alliance id; sums to 1
 * @param seasonality      12 monthly multipliers, January first; normalised so the year's volume
 *                         is unchanged (omit for none)
 * @param growthPerYear    compound growth, e.g. 0.05 for +5 % a year (omit for none; may be negative, above -1; at most 1, doubling a year)
 * @param stepChanges      multiplicative changes from a date on, county-wide or for one alliance
 */
public record Demand(
        @Positive @AtMost(100_000) Dated annualReferrals,
        @Share @MaxItems(50) Map<String, Double> allianceShares,
        @MayOmit @Positive @AtMost(12) @MaxItems(12) List<Double> seasonality,
        @MayOmit @AtMost(1) double growthPerYear,
        @MayOmit @MaxItems(200) List<StepChange> stepChanges) {

    /** A volume that never changes. */
    public Demand(double annualReferrals, Map<String, Double> allianceShares, List<Double> seasonality, double growthPerYear,
                  List<StepChange> stepChanges) {
        this(Dated.of(annualReferrals), allianceShares, seasonality, growthPerYear, stepChanges);
    }

    /**
     * Days of growth behind the level in force on {@code date}: counted from the latest dated change of
     * {@code annualReferrals} on or before it, else from the horizon start. Referrals a year on {@code date}, before
     * seasonality and step changes, are {@code annualReferrals().at(date) × (1 + growthPerYear)^(days / 365.25)}.
     */
    public long growthDays(LocalDate date, LocalDate horizonStart) {
        LocalDate since = annualReferrals.since(date);
        return java.time.temporal.ChronoUnit.DAYS.between(since == null ? horizonStart : since, date);
    }

    public List<StepChange> stepChangesOrEmpty() {
        return stepChanges == null ? List.of() : stepChanges;
    }
}
