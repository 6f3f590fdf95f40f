package waitlist.scenarios;

import java.util.List;
import java.util.Map;

import waitlist.scenarios.rules.MayOmit;
import waitlist.scenarios.rules.Positive;
import waitlist.scenarios.rules.Share;

/**
 * Referrals arriving: a non-homogeneous Poisson process per alliance.
 *
 * @param annualReferrals  referrals a year county-wide at the horizon start
 * @param allianceShares   share of referrals by alliance id; sums to 1
 * @param seasonality      12 monthly multipliers, January first; normalised so the year's volume
 *                         is unchanged (omit for none)
 * @param growthPerYear    compound growth, e.g. 0.05 for +5 % a year (omit for none; may be negative, above -1)
 * @param stepChanges      multiplicative changes from a date on, county-wide or for one alliance
 */
public record Demand(
        @Positive double annualReferrals,
        @Share Map<String, Double> allianceShares,
        @MayOmit @Positive List<Double> seasonality,
        @MayOmit double growthPerYear,
        @MayOmit List<StepChange> stepChanges) {

    public List<StepChange> stepChangesOrEmpty() {
        return stepChanges == null ? List.of() : stepChanges;
    }
}
