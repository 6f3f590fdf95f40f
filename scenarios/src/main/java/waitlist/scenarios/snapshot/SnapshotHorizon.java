package waitlist.scenarios.snapshot;

import java.time.LocalDate;

/** The first and last day (both included) that a snapshot's plan may book. */
public record SnapshotHorizon(LocalDate start, LocalDate end) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
