package waitlist.simulator.pathway;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import waitlist.scenarios.Intervention;
import waitlist.scenarios.Pathway;
import waitlist.simulator.results.Recorder;

/**
 * Each week, per alliance, OT time goes first to the commitments to current clients: reviews due (longest overdue first;
 * those that do not fit stay overdue and come first next week), then this week's one-to-one sessions (a session missed for
 * want of time is not made up). What is left is for first assessments.
 */
final class WeeklyOtPlan {

    /**
     * Due day, then id. Written out: the weekly sort of everyone due was a fifth of a baseline replication's time through
     * the chained key-extractor comparators.
     */
    private static final Comparator<Referral> LONGEST_OVERDUE_FIRST = (a, b) -> {
        int byDay = Double.compare(a.nextReviewDay, b.nextReviewDay);
        return byDay != 0 ? byDay : Long.compare(a.id, b.id);
    };

    private final Pathway pathway;
    private final Staffing ot;
    private final Recorder recorder;
    private final GroupPlaces places;

    WeeklyOtPlan(Pathway pathway, Staffing ot, Recorder recorder, GroupPlaces places) {
        this.pathway = pathway;
        this.ot = ot;
        this.recorder = recorder;
        this.places = places;
    }

    /** Plans one alliance's week; returns the OT minutes left for first assessments. */
    double plan(int week, int alliance, double now, List<Referral> caseload) {
        double available = ot.minutes(week, alliance);
        recorder.otAvailable(now, alliance, available);
        double left = reviews(alliance, now, caseload, available);
        return oneToOne(alliance, now, caseload, left);
    }

    private double reviews(int alliance, double now, List<Referral> caseload, double left) {
        double reviewMinutes = pathway.reviews().otMinutes();
        double reviewGapDays = pathway.reviews().intervalWeeks() * 7;
        List<Referral> due = new ArrayList<>();
        for (Referral r : caseload) {
            if (r.nextReviewDay < now + 7 && r.nextReviewDay < r.interventionEnd) {
                due.add(r);
                if (r.reviewDemandCounted != r.nextReviewDay) {
                    // an overdue review is demanded once, in the week it first fell due
                    r.reviewDemandCounted = r.nextReviewDay;
                    recorder.otDemanded(now, alliance, reviewMinutes);
                }
            }
        }
        if (!allFit(due.size(), left, reviewMinutes)) {
            due.sort(LONGEST_OVERDUE_FIRST); // who goes first matters only when some must wait
        }
        for (Referral r : due) {
            if (left < reviewMinutes) {
                break;
            }
            left -= reviewMinutes;
            recorder.review(now, alliance, reviewMinutes);
            r.nextReviewDay += reviewGapDays;
        }
        return left;
    }

    /**
     * Whether the loop below reviews all {@code count} people: the same subtractions it makes. If so, their order changes
     * nothing: each review adds the same minutes, and each person's next review day is their own.
     */
    private static boolean allFit(int count, double left, double reviewMinutes) {
        for (int i = 0; i < count; i++) {
            if (left < reviewMinutes) {
                return false;
            }
            left -= reviewMinutes;
        }
        return true;
    }

    private double oneToOne(int alliance, double now, List<Referral> caseload, double left) {
        Intervention iv = pathway.intervention();
        double session = iv.oneToOne().sessionMinutes();
        for (Referral r : caseload) {
            if (r.oneToOneWeeksLeft > 0) {
                recorder.otDemanded(now, alliance, session);
                if (left >= session) {
                    left -= session;
                    recorder.oneToOne(now, alliance, session);
                }
                if (--r.oneToOneWeeksLeft == 0 && r.needsGroupAfterOneToOne) {
                    places.queue(r);
                }
            }
        }
        return left;
    }
}
