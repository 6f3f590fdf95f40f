package waitlist.scenarios;

import java.util.List;
import waitlist.scenarios.rules.MaxItems;

/**
 * Where the service stands on the horizon's start date, per alliance, so a run starts from the
 * real list instead of empty.
 */
public record InitialState(@MaxItems(50) List<AllianceState> alliances) {
}
