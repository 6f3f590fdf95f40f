package waitlist.scenarios;

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
 * @param annualReferrals  referrals a year county-wide at the horizon start
 * @param allianceShares   share of referrals by alliance id; sums to 1
 * @param seasonality      12 monthly multipliers, January first; normalised so the year's volume
 *                         is unchanged (omit for none)
 * @param growthPerYear    compound growth, e.g. 0.05 for +5 % a year (omit for none; may be negative, above -1; at most 1, doubling a year)
 * @param stepChanges      multiplicative changes from a date on, county-wide or for one alliance
 */
public record Demand(
        @Positive @AtMost(100_000) double annualReferrals,
        @Share @MaxItems(50) Map<String, Double> allianceShares,
        @MayOmit @Positive @AtMost(12) @MaxItems(12) List<Double> seasonality,
        @MayOmit @AtMost(1) double growthPerYear,
        @MayOmit @MaxItems(200) List<StepChange> stepChanges) {

    public List<StepChange> stepChangesOrEmpty() {
        return stepChanges == null ? List.of() : stepChanges;
    }
}
