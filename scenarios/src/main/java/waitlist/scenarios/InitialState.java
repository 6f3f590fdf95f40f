package waitlist.scenarios;

import java.util.List;

/**
 * Where the service stands on the horizon's start date, per alliance, so a run starts from the
 * real list instead of empty.
 */
public record InitialState(List<AllianceState> alliances) {
}
