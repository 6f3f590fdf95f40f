package waitlist.simulator.booking;

import java.time.LocalDate;
import java.util.List;

/**
 * One booking decision: on {@code date}, for {@code alliance} (or "county" for pooled spare time),
 * {@code slots} first-assessment slots are free, of which {@code urgentSlots} are kept for urgent
 * referrals (priority 0) and go unused if there are not enough of them.
 */
public record BookingCycle(LocalDate date, String alliance, List<WaitingReferral> waiting, int slots, int urgentSlots) {
}
