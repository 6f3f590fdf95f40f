package waitlist.simulator.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import waitlist.simulator.ConservationViolation;

/** The conservation check itself fails loudly when a referral is moved from the wrong state or lost. */
class CensusTest {

    private static final Fate PLAIN = new Fate(0, false, 0, Double.POSITIVE_INFINITY, 0, true, 70, false, 0);

    private static Referral waiting(long number) {
        return new Referral(0, Referral.NEW, number, 0, 0, PLAIN, ReferralState.WAITING);
    }

    @Test
    void movingFromAStateTheReferralIsNotInFails() {
        Census census = new Census(1);
        Referral r = waiting(7);
        census.created(r);
        census.move(r, ReferralState.WAITING, ReferralState.BOOKED);
        assertThatThrownBy(() -> census.move(r, ReferralState.WAITING, ReferralState.BOOKED))
                .isInstanceOf(ConservationViolation.class).hasMessageContaining("referral 7 should be WAITING but is BOOKED");
    }

    @Test
    void aReferralChangedBehindTheCensusBackIsCaught() {
        Census census = new Census(1);
        Referral r = waiting(1);
        census.created(r);
        r.state = ReferralState.DISCHARGED; // not through move(): the tallies no longer match
        assertThatThrownBy(() -> census.verify(List.of(r))).isInstanceOf(ConservationViolation.class)
                .hasMessageContaining("tally 1 but 0 referrals");
    }

    @Test
    void finishedReferralsLeaveTheOpenListAndTheTalliesStillAddUp() {
        Census census = new Census(1);
        Referral a = waiting(1);
        Referral b = waiting(2);
        Referral c = waiting(3);
        census.created(a);
        census.created(b);
        census.created(c);
        census.move(a, ReferralState.WAITING, ReferralState.DROPPED_OUT);
        census.move(c, ReferralState.WAITING, ReferralState.BOOKED);
        assertThat(census.open()).containsExactlyInAnyOrder(b, c);
        census.verify(census.open());
        census.move(b, ReferralState.WAITING, ReferralState.REDIRECTED);
        assertThat(census.open()).containsExactly(c);
        census.verify(census.open());
        assertThatThrownBy(() -> census.verify(List.of())).isInstanceOf(ConservationViolation.class)
                .hasMessageContaining("state BOOKED: tally 1 but 0 referrals");
    }

    @Test
    void aLostReferralIsCaught() {
        Census census = new Census(1);
        Referral r = waiting(1);
        census.created(r);
        census.created(waiting(2));
        assertThatThrownBy(() -> census.verify(List.of(r))).isInstanceOf(ConservationViolation.class);
    }
}
