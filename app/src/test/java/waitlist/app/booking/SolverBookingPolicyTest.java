package waitlist.app.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import waitlist.simulator.booking.BookingCycle;
import waitlist.simulator.booking.OrderedBooking;
import waitlist.simulator.booking.WaitingReferral;

/** The simulator's booking contract, kept by the planner-backed policy; and what the planner prefers. */
class SolverBookingPolicyTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);
    private final SolverBookingPolicy policy = new SolverBookingPolicy();

    private static WaitingReferral waiting(long id, int priority, double daysWaited) {
        return new WaitingReferral(id, "mid", 56 - daysWaited, priority, daysWaited, false);
    }

    private static BookingCycle randomCycle(Random random) {
        int size = random.nextInt(25);
        List<WaitingReferral> list = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            list.add(waiting(1000 + random.nextInt(100_000) * 7L + i, random.nextInt(10) == 0 ? 0 : random.nextInt(1, 3),
                    random.nextInt(80) + random.nextDouble()));
        }
        int slots = random.nextInt(8);
        int urgentSlots = slots == 0 ? 0 : random.nextInt(slots + 1);
        return new BookingCycle(MONDAY.plusWeeks(random.nextInt(52)), random.nextBoolean() ? "mid" : "west",
                List.copyOf(list), slots, urgentSlots);
    }

    @Test
    void keepsTheContractOverManyRandomCycles() {
        Random random = new Random(11);
        for (int n = 0; n < 150; n++) {
            BookingCycle cycle = randomCycle(random);
            List<WaitingReferral> chosen = policy.choose(cycle);

            assertThat(chosen.size()).as("cycle %s", cycle).isLessThanOrEqualTo(cycle.slots());
            assertThat(chosen.stream().filter(w -> w.priority() != 0).count()).as("cycle %s", cycle)
                    .isLessThanOrEqualTo(cycle.slots() - cycle.urgentSlots());
            assertThat(new HashSet<>(chosen)).as("distinct").hasSameSizeAs(chosen);
            assertThat(cycle.waiting()).containsAll(chosen);
            // Never leaves a usable slot empty: as many as first-come first-served books.
            assertThat(chosen).as("cycle %s", cycle).hasSameSizeAs(OrderedBooking.firstComeFirstServed().choose(cycle));
        }
    }

    @Test
    void withContentionBooksTheUrgentAndTheLongestWaitersNotSimplyTheFirstReferred() {
        // Two slots, five waiting. The planner's worth of booking someone is 7 + days waited, + 21 if
        // urgent, + each day past six weeks by the end of the week: almostBreaching 7+40+5 = 52,
        // urgent 7+3+21 = 31, longWaiter 7+20 = 27, recent 12, newest 8. Booking as much of that as
        // possible takes almostBreaching and urgent; first-come first-served takes the two referred first.
        WaitingReferral almostBreaching = waiting(1, 1, 40);
        WaitingReferral longWaiter = waiting(2, 1, 20);
        WaitingReferral urgent = waiting(3, 0, 3);
        WaitingReferral recent = waiting(4, 1, 5);
        WaitingReferral newest = waiting(5, 1, 1);
        BookingCycle cycle = new BookingCycle(MONDAY, "mid", List.of(newest, recent, urgent, longWaiter, almostBreaching), 2, 0);

        // In slot order: the one about to breach first (each day later costs the most for them).
        assertThat(policy.choose(cycle)).containsExactly(almostBreaching, urgent);
        assertThat(OrderedBooking.firstComeFirstServed().choose(cycle)).containsExactly(almostBreaching, longWaiter);

        // Three slots, two kept for urgent referrals: only one routine referral can go in, the longest waiter.
        BookingCycle reserved = new BookingCycle(MONDAY, "mid", cycle.waiting(), 3, 2);
        assertThat(policy.choose(reserved)).containsExactlyInAnyOrder(urgent, almostBreaching);
    }

    @Test
    void sameCycleSameAnswer() {
        Random random = new Random(5);
        for (int n = 0; n < 20; n++) {
            BookingCycle cycle = randomCycle(random);
            assertThat(new SolverBookingPolicy().choose(cycle)).isEqualTo(policy.choose(cycle));
        }
    }

    @Test
    void whenEveryoneFitsEveryoneIsBookedMostUrgentFirst() {
        WaitingReferral routine = waiting(1, 1, 10);
        WaitingReferral urgent = waiting(2, 0, 2);
        BookingCycle cycle = new BookingCycle(MONDAY, "mid", List.of(routine, urgent), 5, 1);
        assertThat(policy.choose(cycle)).containsExactly(urgent, routine);
    }
}
