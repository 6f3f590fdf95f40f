package waitlist.simulator.booking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Books in a fixed order: first the urgent referrals for the reserved slots (longest waiting
 * first), then everyone else in the policy's order for the remaining slots. Reserved slots nobody
 * urgent needs stay empty; that is the price of keeping them.
 */
public class OrderedBooking implements BookingPolicy {

    private static final Comparator<WaitingReferral> BY_REFERRAL =
            Comparator.comparingDouble(WaitingReferral::referralDay).thenComparingLong(WaitingReferral::id);

    private final Comparator<WaitingReferral> order;

    protected OrderedBooking(Comparator<WaitingReferral> order) {
        this.order = order;
    }

    /** By referral date, as a booking team does by hand. */
    public static BookingPolicy firstComeFirstServed() {
        return new OrderedBooking(BY_REFERRAL);
    }

    /** Most urgent class first (escalated people count as most urgent), then by referral date. */
    public static BookingPolicy priorityFirst() {
        return new OrderedBooking(Comparator.comparingInt(WaitingReferral::effectivePriority).thenComparing(BY_REFERRAL));
    }

    @Override
    public List<WaitingReferral> choose(BookingCycle cycle) {
        List<WaitingReferral> chosen = new ArrayList<>(Math.min(cycle.slots(), cycle.waiting().size()));
        if (cycle.slots() <= 0 || cycle.waiting().isEmpty()) {
            return chosen;
        }
        List<WaitingReferral> sorted = new ArrayList<>(cycle.waiting());
        sorted.sort(order);
        boolean[] taken = new boolean[sorted.size()];
        if (cycle.urgentSlots() > 0) {
            List<Integer> urgent = new ArrayList<>();
            for (int i = 0; i < sorted.size(); i++) {
                if (sorted.get(i).priority() == 0) {
                    urgent.add(i);
                }
            }
            urgent.sort(Comparator.comparing(i -> sorted.get(i), BY_REFERRAL));
            for (int k = 0; k < urgent.size() && chosen.size() < cycle.urgentSlots(); k++) {
                taken[urgent.get(k)] = true;
                chosen.add(sorted.get(urgent.get(k)));
            }
        }
        int open = cycle.slots() - cycle.urgentSlots();
        for (int i = 0; i < sorted.size() && open > 0; i++) {
            if (!taken[i]) {
                chosen.add(sorted.get(i));
                open--;
            }
        }
        return chosen;
    }
}
