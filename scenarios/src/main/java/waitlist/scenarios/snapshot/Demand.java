package waitlist.scenarios.snapshot;

import java.util.List;

import waitlist.scenarios.rules.MayOmit;
import waitlist.scenarios.rules.MaxItems;

/** Who is waiting: new referrals for a first assessment, reviews due, and people ready to start an intervention. */
public record Demand(
        @MaxItems(20_000) List<Referral> referrals,
        @MayOmit @MaxItems(20_000) List<ReviewDue> reviews,
        @MayOmit @MaxItems(20_000) List<InterventionStart> interventionStarts) {

    public List<ReviewDue> reviewsOrEmpty() {
        return reviews == null ? List.of() : reviews;
    }

    public List<InterventionStart> interventionStartsOrEmpty() {
        return interventionStarts == null ? List.of() : interventionStarts;
    }
}
