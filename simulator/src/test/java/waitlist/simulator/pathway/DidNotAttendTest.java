package waitlist.simulator.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * The DNA rule: one draw per referral at creation, judged at each appointment against the share in force that day. With
 * one share throughout it is the geometric law of misses; a higher share on any appointment never means fewer misses.
 */
class DidNotAttendTest {

    private static Referral withDraw(double missDraw) {
        Fate fate = new Fate(0, false, 0, Double.POSITIVE_INFINITY, missDraw, true, 70, false, 0);
        return new Referral(0, Referral.NEW, 1, 0, 0, fate, ReferralState.WAITING);
    }

    /** Appointments missed before one is attended, the share of the k-th being {@code shares[min(k, last)]}. */
    private static int misses(double missDraw, double... shares) {
        Referral r = withDraw(missDraw);
        int k = 0;
        while (k < 10_000 && r.missesAppointment(Math.log(shares[Math.min(k, shares.length - 1)]))) {
            k++;
        }
        return k;
    }

    @Test
    void oneShareThroughoutGivesTheGeometricCountOfMisses() {
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(5);
        double d = 0.3;
        int[] atLeast = new int[4];
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            double u = rng.nextDouble();
            int m = misses(Math.log1p(-u), d);
            // the count inverting P(at least k) = d^k, as the fate drew it before shares could change on dates
            assertThat(m).isEqualTo((int) Math.floor(Math.log1p(-u) / Math.log(d)));
            for (int k = 0; k < atLeast.length; k++) {
                atLeast[k] += m >= k ? 1 : 0;
            }
        }
        for (int k = 0; k < atLeast.length; k++) {
            double p = Math.pow(d, k);
            assertThat((double) atLeast[k] / n).isCloseTo(p, org.assertj.core.data.Offset.offset(4 * Math.sqrt(p * (1 - p) / n) + 1e-9));
        }
    }

    @Test
    void eachAppointmentIsJudgedByTheShareOfItsDay() {
        // draw log(0.25): misses while the running product of shares is at least 0.25
        double draw = Math.log(0.25);
        assertThat(misses(draw, 0.0)).isZero();
        assertThat(misses(draw, 1.0, 0.0)).isEqualTo(1);              // certain miss, then certain attendance
        assertThat(misses(draw, 0.5)).isEqualTo(2);                   // 0.5, 0.25 ≥ 0.25; 0.125 < 0.25
        assertThat(misses(draw, 0.5, 0.1)).isEqualTo(1);              // the share drops before the second appointment
        assertThat(misses(draw, 0.2, 0.9)).isZero();                  // 0.2 < 0.25 at once
    }

    @Test
    void aHigherShareOnAnyAppointmentNeverMeansFewerMisses() {
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(9);
        for (int i = 0; i < 10_000; i++) {
            double draw = Math.log1p(-rng.nextDouble());
            double a = rng.nextDouble() * 0.5;
            double b = rng.nextDouble() * 0.5;
            double bump = rng.nextDouble() * 0.4;
            assertThat(misses(draw, a + bump, b)).isGreaterThanOrEqualTo(misses(draw, a, b));
            assertThat(misses(draw, a, b + bump)).isGreaterThanOrEqualTo(misses(draw, a, b));
        }
    }
}
