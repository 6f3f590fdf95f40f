package waitlist.simulator.pathway;

import waitlist.simulator.ConservationViolation;

import java.util.List;

/**
 * Counts referrals by state, and fails loudly if anyone is lost, counted twice or moved from a
 * state they were not in. The sum over states always equals the number of referrals created.
 */
final class Census {

    private final int[][] counts;
    private long created;

    Census(int alliances) {
        counts = new int[alliances][ReferralState.values().length];
    }

    void created(Referral r) {
        created++;
        counts[r.alliance][r.state.ordinal()]++;
    }

    void move(Referral r, ReferralState from, ReferralState to) {
        if (r.state != from) {
            throw new ConservationViolation("referral " + r.id + " should be " + from + " but is " + r.state);
        }
        counts[r.alliance][from.ordinal()]--;
        counts[r.alliance][to.ordinal()]++;
        r.state = to;
    }

    int count(int alliance, ReferralState s) {
        return counts[alliance][s.ordinal()];
    }

    /** Checks that the tallies add up and agree with the referrals themselves. */
    void verify(List<Referral> all) {
        long total = 0;
        int[][] recount = new int[counts.length][ReferralState.values().length];
        for (Referral r : all) {
            recount[r.alliance][r.state.ordinal()]++;
        }
        for (int a = 0; a < counts.length; a++) {
            for (int s = 0; s < counts[a].length; s++) {
                if (counts[a][s] < 0 || counts[a][s] != recount[a][s]) {
                    throw new ConservationViolation("alliance " + a + " state " + ReferralState.values()[s]
                            + ": tally " + counts[a][s] + " but " + recount[a][s] + " referrals");
                }
                total += counts[a][s];
            }
        }
        if (total != created || all.size() != created) {
            throw new ConservationViolation(created + " referrals created but " + total + " accounted for");
        }
    }
}
