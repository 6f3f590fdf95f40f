package waitlist.scenarios.snapshot;

import java.util.List;

import waitlist.scenarios.rules.MayOmit;

/** Who is waiting: new referrals for a first assessment, reviews due, and people ready to start an intervention. */
public record Demand(
        List<Referral> referrals,
        @MayOmit List<ReviewDue> reviews,
        @MayOmit List<InterventionStart> interventionStarts) {

    public List<ReviewDue> reviewsOrEmpty() {
        return reviews == null ? List.of() : reviews;
    }

    public List<InterventionStart> interventionStartsOrEmpty() {
        return interventionStarts == null ? List.of() : interventionStarts;
    }
}
