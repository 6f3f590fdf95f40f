package waitlist.simulator.pathway;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import waitlist.simulator.ConservationViolation;

/** The conservation check itself fails loudly when a referral is moved from the wrong state or lost. */
class CensusTest {

    @Test
    void movingFromAStateTheReferralIsNotInFails() {
        Census census = new Census(1);
        Referral r = new Referral(7, 0, 0, 0, ReferralState.WAITING);
        census.created(r);
        census.move(r, ReferralState.WAITING, ReferralState.BOOKED);
        assertThatThrownBy(() -> census.move(r, ReferralState.WAITING, ReferralState.BOOKED))
                .isInstanceOf(ConservationViolation.class).hasMessageContaining("referral 7 should be WAITING but is BOOKED");
    }

    @Test
    void aReferralChangedBehindTheCensusBackIsCaught() {
        Census census = new Census(1);
        Referral r = new Referral(1, 0, 0, 0, ReferralState.WAITING);
        census.created(r);
        r.state = ReferralState.DISCHARGED; // not through move(): the tallies no longer match
        assertThatThrownBy(() -> census.verify(List.of(r))).isInstanceOf(ConservationViolation.class)
                .hasMessageContaining("tally 1 but 0 referrals");
    }

    @Test
    void aLostReferralIsCaught() {
        Census census = new Census(1);
        Referral r = new Referral(1, 0, 0, 0, ReferralState.WAITING);
        census.created(r);
        census.created(new Referral(2, 0, 0, 0, ReferralState.WAITING));
        assertThatThrownBy(() -> census.verify(List.of(r))).isInstanceOf(ConservationViolation.class);
    }
}
