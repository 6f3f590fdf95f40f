package waitlist.simulator.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class OrderedBookingTest {

    private static final LocalDate DAY = LocalDate.of(2027, 1, 4);

    // id, referral day, priority (0 urgent), escalated
    private static final List<WaitingReferral> LIST = List.of(
            new WaitingReferral(1, "a", -30, 1, 30, false),
            new WaitingReferral(2, "a", -10, 0, 10, false),
            new WaitingReferral(3, "a", -40, 1, 40, true),
            new WaitingReferral(4, "a", -5, 0, 5, false),
            new WaitingReferral(5, "a", -20, 1, 20, false));

    private static List<Long> ids(List<WaitingReferral> chosen) {
        return chosen.stream().map(WaitingReferral::id).toList();
    }

    @Test
    void firstComeFirstServedBooksByReferralDate() {
        var chosen = OrderedBooking.firstComeFirstServed().choose(new BookingCycle(DAY, "a", LIST, 3, 0));
        assertThat(ids(chosen)).containsExactly(3L, 1L, 5L);
    }

    @Test
    void priorityFirstBooksUrgentAndEscalatedFirstThenByDate() {
        var chosen = OrderedBooking.priorityFirst().choose(new BookingCycle(DAY, "a", LIST, 4, 0));
        // escalated 3 counts as urgent and waited longest; then urgent 2 and 4; then routine 1
        assertThat(ids(chosen)).containsExactly(3L, 2L, 4L, 1L);
    }

    @Test
    void reservedSlotsGoToUrgentReferralsEvenUnderFirstComeFirstServed() {
        var chosen = OrderedBooking.firstComeFirstServed().choose(new BookingCycle(DAY, "a", LIST, 3, 1));
        assertThat(ids(chosen)).containsExactly(2L, 3L, 1L);
    }

    @Test
    void unusedReservedSlotsStayEmpty() {
        List<WaitingReferral> routineOnly = List.of(LIST.get(0), LIST.get(4));
        var chosen = OrderedBooking.firstComeFirstServed().choose(new BookingCycle(DAY, "a", routineOnly, 2, 1));
        assertThat(ids(chosen)).containsExactly(1L);
    }

    @Test
    void neverBooksMoreThanTheSlots() {
        assertThat(OrderedBooking.priorityFirst().choose(new BookingCycle(DAY, "a", LIST, 0, 0))).isEmpty();
        assertThat(OrderedBooking.priorityFirst().choose(new BookingCycle(DAY, "a", LIST, 10, 0))).hasSize(5);
    }
}
