package waitlist.simulator.pathway;

import waitlist.simulator.ConservationViolation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Counts referrals by state, and fails loudly if anyone is lost, counted twice or moved from a
 * state they were not in. The sum over states always equals the number of referrals created.
 *
 * <p>It keeps the referrals not yet finished (discharged, dropped out, redirected), for the end of
 * the run and the check, and lets finished ones go: a run's memory then follows how many people
 * are in the service, not how many have ever been referred, however long the horizon.
 */
final class Census {

    /** States a referral never leaves. */
    private static final Set<ReferralState> FINISHED = EnumSet.of(ReferralState.DISCHARGED, ReferralState.DROPPED_OUT, ReferralState.REDIRECTED);

    private final int[][] counts;
    private long created;
    private final List<Referral> open = new ArrayList<>();

    Census(int alliances) {
        counts = new int[alliances][ReferralState.values().length];
    }

    void created(Referral r) {
        created++;
        counts[r.alliance][r.state.ordinal()]++;
        if (!FINISHED.contains(r.state)) {
            r.openIndex = open.size();
            open.add(r);
        }
    }

    void move(Referral r, ReferralState from, ReferralState to) {
        if (r.state != from) {
            throw new ConservationViolation("referral " + r.id + " should be " + from + " but is " + r.state);
        }
        counts[r.alliance][from.ordinal()]--;
        counts[r.alliance][to.ordinal()]++;
        r.state = to;
        if (FINISHED.contains(to)) {
            // the last takes the finished one's place: no order is promised
            Referral last = open.remove(open.size() - 1);
            if (last != r) {
                open.set(r.openIndex, last);
                last.openIndex = r.openIndex;
            }
            r.openIndex = -1;
        }
    }

    /** The referrals not yet finished, in no particular order. */
    List<Referral> open() {
        return Collections.unmodifiableList(open);
    }

    int count(int alliance, ReferralState s) {
        return counts[alliance][s.ordinal()];
    }

    /**
     * Checks that the tallies add up and agree with the referrals themselves: every state's tally with the unfinished
     * referrals given ({@link #open()}), which finished ones cannot be recounted from; and all tallies with the number
     * created.
     */
    void verify(List<Referral> unfinished) {
        long total = 0;
        long open = 0;
        int[][] recount = new int[counts.length][ReferralState.values().length];
        for (Referral r : unfinished) {
            recount[r.alliance][r.state.ordinal()]++;
        }
        for (int a = 0; a < counts.length; a++) {
            for (int s = 0; s < counts[a].length; s++) {
                boolean finished = FINISHED.contains(ReferralState.values()[s]);
                if (counts[a][s] < 0 || (finished ? recount[a][s] > 0 : counts[a][s] != recount[a][s])) {
                    throw new ConservationViolation("alliance " + a + " state " + ReferralState.values()[s]
                            + ": tally " + counts[a][s] + " but " + recount[a][s] + (finished ? " unfinished" : "") + " referrals");
                }
                total += counts[a][s];
                open += finished ? 0 : counts[a][s];
            }
        }
        if (total != created || unfinished.size() != open) {
            throw new ConservationViolation(created + " referrals created but " + total + " accounted for");
        }
    }
}
