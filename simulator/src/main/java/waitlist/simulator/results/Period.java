package waitlist.simulator.results;

import java.time.LocalDate;

/**
 * A reporting period: days [startDay, endDay) counted from the horizon start, with its dates and a
 * label a manager reads ("2027 Q4"). The last period of every run is the whole reported horizon.
 */
public record Period(String label, LocalDate start, LocalDate end, int startDay, int endDay, boolean whole) {

    public int days() {
        return endDay - startDay;
    }
}
