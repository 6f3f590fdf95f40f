package waitlist.scenarios;

import java.util.List;

import waitlist.scenarios.rules.NonNegative;
import waitlist.scenarios.rules.AtMost;
import waitlist.scenarios.rules.MaxItems;

/**
 * One alliance today: {@code waitingByWeeksWaited[k]} people have waited k to k+1 weeks since
 * referral (index 0 = less than a week), and {@code inService} people are in an intervention.
 */
public record AllianceState(String alliance, @NonNegative @AtMost(100_000) @MaxItems(1040) List<Integer> waitingByWeeksWaited,
                             @NonNegative @AtMost(1_000_000) int inService) {
}
