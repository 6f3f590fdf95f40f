package waitlist.scenarios.snapshot;

import java.time.LocalDate;
import java.util.List;

import waitlist.scenarios.rules.MayOmit;
import waitlist.scenarios.rules.MaxItems;

/**
 * Someone waiting for a first assessment; the six-week clock runs from {@code referred}.
 * The id doubles as the client's id.
 *
 * @param needs       skills the assessing OT must have
 * @param facilities  facilities they will need at a venue later, for their intervention. Recorded, not
 *                    planned with: first assessments take no venue in this model. To constrain a group
 *                    place, write the need on the person's {@code interventionStarts} entry.
 * @param unavailable days they cannot be seen
 * @param prefers     part of the day they would rather be seen
 */
public record Referral(
        String id,
        LocalDate referred,
        String alliance,
        Priority priority,
        @MayOmit @MaxItems(10) List<Skill> needs,
        @MayOmit @MaxItems(10) List<Facility> facilities,
        @MayOmit @MaxItems(3660) List<LocalDate> unavailable,
        @MayOmit PartOfDay prefers) {

    public List<Skill> needsOrEmpty() {
        return needs == null ? List.of() : needs;
    }

    public List<Facility> facilitiesOrEmpty() {
        return facilities == null ? List.of() : facilities;
    }

    public List<LocalDate> unavailableOrEmpty() {
        return unavailable == null ? List.of() : unavailable;
    }
}
