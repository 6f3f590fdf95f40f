package waitlist.simulator.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import waitlist.scenarios.FteChange;
import waitlist.scenarios.StaffGroup;

/** FTE changes dated before the horizon start still set the staffing at the start (a scenario moved later keeps its staff). */
class StaffingTest {

    @Test
    void theLatestChangeOnOrBeforeEachWeekApplies() {
        LocalDate start = LocalDate.of(2027, 3, 1);
        StaffGroup g = new StaffGroup(10, 1, 0, 0, List.of(
                new FteChange(LocalDate.of(2025, 1, 6), "a", 1.0),
                new FteChange(LocalDate.of(2026, 6, 1), "a", 2.0),
                new FteChange(start.plusWeeks(2), "a", 3.0),
                new FteChange(LocalDate.of(2024, 1, 1), "b", 0.5)));
        Staffing s = new Staffing(g, List.of("a", "b"), start, 4);
        // 10 productive hours per FTE = 600 minutes
        assertThat(s.minutes(0, 0)).isEqualTo(1200);
        assertThat(s.minutes(1, 0)).isEqualTo(1200);
        assertThat(s.minutes(2, 0)).isEqualTo(1800);
        assertThat(s.minutes(3, 1)).isEqualTo(300);
    }
}
