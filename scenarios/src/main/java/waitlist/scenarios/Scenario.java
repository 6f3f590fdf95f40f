package waitlist.scenarios;

import java.util.List;

import waitlist.scenarios.rules.MayOmit;
import waitlist.scenarios.rules.MaxItems;

/**
 * Everything the simulator needs to answer "does the six-week target hold?" for one service.
 * A scenario describes either the Reconnect-style {@link Pathway} (weekly booking of OT and coach
 * capacity) or a generic {@link Network} of stages (series or fork/join, e.g. the Connect programme
 * or the M/M/c special case); exactly one of the two is given.
 *
 * <p>In a file, a scenario may name another with {@code "extends": "other.json"} and override a
 * few values; the reader merges the two before binding, so this record is always complete.
 */
public record Scenario(
        String name,
        String description,
        Horizon horizon,
        Target target,
        @MaxItems(50) List<Alliance> alliances,
        Demand demand,
        @MayOmit Pathway pathway,
        @MayOmit Network network,
        @MayOmit Workforce workforce,
        @MayOmit Booking booking,
        @MayOmit InitialState initialState) {

    /** The alliance with this id, or null. */
    public Alliance alliance(String id) {
        return alliances.stream().filter(a -> a.id().equals(id)).findFirst().orElse(null);
    }

    public Scenario withWorkforce(Workforce w) {
        return new Scenario(name, description, horizon, target, alliances, demand, pathway, network, w, booking, initialState);
    }

    public Scenario withTarget(Target t) {
        return new Scenario(name, description, horizon, t, alliances, demand, pathway, network, workforce, booking, initialState);
    }

    /** The booking rules, defaulting to weekly first-come first-served when the file gives none. */
    public Booking bookingOrDefault() {
        return booking != null ? booking : Booking.DEFAULT;
    }
}
