package waitlist.scenarios;

import java.util.List;
import waitlist.scenarios.rules.MaxItems;

/**
 * Where the service stands on the horizon's start date, per alliance, so a run starts from the
 * real list instead of empty. Each alliance gives its waiting list and caseload either as counts
 * (week bands and a number in service) or person by person (referral and start dates), e.g. as
 * written by {@code waitlist import} from a referral extract.
 */
public record InitialState(@MaxItems(50) List<AllianceState> alliances) {
}
