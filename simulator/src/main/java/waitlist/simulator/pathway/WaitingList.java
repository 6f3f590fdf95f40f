package waitlist.simulator.pathway;

import java.util.ArrayList;
import java.util.List;

import waitlist.simulator.engine.Engine;
import waitlist.simulator.results.Recorder;

/**
 * Who is waiting for a first assessment in each alliance, in the order they joined, and their dropping out: someone leaves
 * the list once they have spent their fate's patience on it (time booked does not count, so a missed appointment puts them
 * back with the patience they had left).
 */
final class WaitingList {

    private final List<List<Referral>> lists = new ArrayList<>();
    private final Engine engine;
    private final Recorder recorder;
    private final Census census;
    private final int horizonDays;

    WaitingList(int alliances, Engine engine, Recorder recorder, Census census, int horizonDays) {
        for (int a = 0; a < alliances; a++) {
            lists.add(new ArrayList<>());
        }
        this.engine = engine;
        this.recorder = recorder;
        this.census = census;
        this.horizonDays = horizonDays;
    }

    List<Referral> of(int alliance) {
        return lists.get(alliance);
    }

    /** Puts someone already in state WAITING on their alliance's list. */
    void join(Referral r) {
        double now = engine.now();
        lists.get(r.alliance).add(r);
        r.onListSince = now;
        double at = now + r.patienceLeft;
        if (at < horizonDays) {
            engine.at(at, ReconnectModel.EVENT, () -> {
                if (r.state == ReferralState.WAITING && r.onListSince == now) {
                    dropOut(r);
                }
            });
        }
    }

    /** Takes someone off the list to be booked; what patience they spent waiting is gone. */
    void leave(Referral r) {
        lists.get(r.alliance).remove(r);
        r.patienceLeft -= engine.now() - r.onListSince;
    }

    private void dropOut(Referral r) {
        double now = engine.now();
        census.move(r, ReferralState.WAITING, ReferralState.DROPPED_OUT);
        lists.get(r.alliance).remove(r);
        recorder.dropout(now, r.alliance);
        recorder.waitingChanged(now, r.alliance, -1);
        recorder.leftUnassessed(r.referralDay, now, r.alliance);
    }
}
