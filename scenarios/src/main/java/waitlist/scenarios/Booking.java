package waitlist.scenarios;

import waitlist.scenarios.rules.MayOmit;
import waitlist.scenarios.rules.Positive;
import waitlist.scenarios.rules.Share;
import waitlist.scenarios.rules.AtMost;

/**
 * How waiting referrals are booked into OT time: every {@code cycleDays} (7 = weekly), by
 * {@code policy}, optionally keeping {@code urgentReservedShare} of first-assessment time for
 * urgent referrals.
 */
public record Booking(BookingPolicy policy, @MayOmit @Positive @AtMost(364) Integer cycleDays, @MayOmit @Share double urgentReservedShare) {

    public static final Booking DEFAULT = new Booking(BookingPolicy.FIRST_COME_FIRST_SERVED, 7, 0);

    public int cycleDaysOrDefault() {
        return cycleDays == null ? 7 : cycleDays;
    }
}
