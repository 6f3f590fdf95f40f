package waitlist.solver.domain;

import java.time.LocalDate;
import java.util.Set;

import waitlist.scenarios.snapshot.PartOfDay;
import waitlist.scenarios.snapshot.Priority;

/** What every booking need shares, so weights and explanations treat them alike. */
public interface Demand {

    /** How many days' extra waiting an urgent priority is worth. */
    int URGENT_EXTRA_DAYS = 21;

    String getId();

    String getClient();

    String getAlliance();

    Priority getPriority();

    Set<LocalDate> getUnavailable();

    PartOfDay getPrefers();

    /**
     * How much it matters that this is booked, and booked early: one unit per day already waited,
     * plus a week so the newest still count, plus three weeks for urgent people. Additive rather
     * than a multiple, so an urgent newcomer does not push out someone about to breach.
     */
    default long urgency(LocalDate horizonStart) {
        return urgency(waitingSince(), getPriority(), horizonStart);
    }

    static long urgency(LocalDate waitingSince, Priority priority, LocalDate horizonStart) {
        long waited = Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(waitingSince, horizonStart));
        return 7 + waited + (priority == Priority.URGENT ? URGENT_EXTRA_DAYS : 0);
    }

    /** The date from which this has been waiting (referral, review due or ready to start). */
    LocalDate waitingSince();
}
