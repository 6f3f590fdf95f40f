package waitlist.scenarios;

import java.util.List;

import waitlist.scenarios.rules.NonNegative;
import waitlist.scenarios.rules.Positive;
import waitlist.scenarios.rules.Share;
import waitlist.scenarios.rules.AtMost;
import waitlist.scenarios.rules.MaxItems;

/**
 * One role (OT or coach). Productive hours a week per FTE =
 * {@code hoursPerWeek × clinicalShare × (1 − absenceShare)}; the rest is non-clinical work
 * (e.g. supporting letters) and leave or sickness.
 *
 * @param fte staffing per alliance as dated changes: each entry sets the FTE of one alliance
 *            from its date on
 */
public record StaffGroup(
        @Positive @AtMost(168) double hoursPerWeek,
        @Share double clinicalShare,
        @Share double absenceShare,
        @NonNegative @AtMost(10_000_000) double costPerFte,
        @MaxItems(1_000) List<FteChange> fte) {

    /** The same role with other dated FTE entries. */
    public StaffGroup withFte(List<FteChange> entries) {
        return new StaffGroup(hoursPerWeek, clinicalShare, absenceShare, costPerFte, List.copyOf(entries));
    }

    public double productiveHoursPerFte() {
        return hoursPerWeek * clinicalShare * (1 - absenceShare);
    }
}
