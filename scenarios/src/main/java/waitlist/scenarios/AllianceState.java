package waitlist.scenarios;

import java.util.List;

import waitlist.scenarios.rules.NonNegative;

/**
 * One alliance today: {@code waitingByWeeksWaited[k]} people have waited k to k+1 weeks since
 * referral (index 0 = less than a week), and {@code inService} people are in an intervention.
 */
public record AllianceState(String alliance, @NonNegative List<Integer> waitingByWeeksWaited, @NonNegative int inService) {
}
