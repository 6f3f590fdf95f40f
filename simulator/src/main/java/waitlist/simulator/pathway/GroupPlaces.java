package waitlist.simulator.pathway;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import waitlist.scenarios.Intervention;
import waitlist.simulator.results.Recorder;

/**
 * Coach-led group places per alliance: each week the coach time available runs whole sessions of the group size; people
 * waiting for a place (after a first assessment, or after their one-to-one weeks) take free places first come first served.
 * The queue for a place is the pathway's second, hidden queue.
 */
final class GroupPlaces {

    private final List<ArrayDeque<Referral>> queues = new ArrayList<>();
    private final int[] used;
    private final Intervention intervention;
    private final Staffing coach;
    private final Recorder recorder;
    private final Census census;

    GroupPlaces(int alliances, Intervention intervention, Staffing coach, Recorder recorder, Census census) {
        for (int a = 0; a < alliances; a++) {
            queues.add(new ArrayDeque<>());
        }
        this.used = new int[alliances];
        this.intervention = intervention;
        this.coach = coach;
        this.recorder = recorder;
        this.census = census;
    }

    /** Queues someone for a place: newly assessed (state AWAITING_PLACE) or moving on from one-to-one sessions. */
    void queue(Referral r) {
        queues.get(r.alliance).add(r);
    }

    /** Someone already in a group when the run starts. */
    void seat(Referral r) {
        r.inGroup = true;
        used[r.alliance]++;
    }

    /** A discharge frees their place, or takes them out of the queue. */
    void leave(Referral r) {
        if (r.inGroup) {
            used[r.alliance]--;
        } else {
            queues.get(r.alliance).remove(r);
        }
    }

    /** This week's places for one alliance; {@code start} begins the intervention of someone newly placed. */
    void fill(int week, int alliance, double now, Consumer<Referral> start) {
        double coachMinutes = coach.minutes(week, alliance);
        double perSession = intervention.sessionMinutes() + intervention.setUpMinutes();
        int groupSize = intervention.groupSize();
        int places = (int) Math.floor(coachMinutes / perSession) * groupSize;
        ArrayDeque<Referral> queue = queues.get(alliance);
        while (used[alliance] < places && !queue.isEmpty()) {
            Referral r = queue.poll();
            used[alliance]++;
            r.inGroup = true;
            if (r.state == ReferralState.AWAITING_PLACE) {
                census.move(r, ReferralState.AWAITING_PLACE, ReferralState.IN_INTERVENTION);
                recorder.placeStarted(now, alliance, now - r.placeWaitSince);
                start.accept(r);
            }
        }
        int groups = (used[alliance] + groupSize - 1) / groupSize;
        // everyone in a group or queued for one needs a place this week, whether or not there is a coach for it
        int needed = (used[alliance] + queue.size() + groupSize - 1) / groupSize;
        recorder.coach(now, alliance, groups * perSession, coachMinutes, needed * perSession);
    }
}
