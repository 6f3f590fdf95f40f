package waitlist.scenarios.snapshot;

import java.util.List;

import waitlist.scenarios.rules.MayOmit;
import waitlist.scenarios.rules.MaxItems;

/** A leisure centre or community venue that hosts group sessions. */
public record Venue(String id, @MayOmit String name, String alliance, @MayOmit @MaxItems(10) List<Facility> facilities) {

    public List<Facility> facilitiesOrEmpty() {
        return facilities == null ? List.of() : facilities;
    }
}
