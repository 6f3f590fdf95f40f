package waitlist.app.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import waitlist.scenarios.ReportingPeriod;

/** The observed series of the tiny extract, against values worked out by hand. */
class ObservedSeriesTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 3, 2);

    private static double value(List<ObservedSeries.Row> rows, String granularity, String start, String area, String metric) {
        return rows.stream().filter(r -> r.granularity().equals(granularity) && r.start().toString().equals(start)
                        && r.area().equals(area) && r.metric().equals(metric))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + granularity + " " + start + " " + area + " " + metric))
                .value();
    }

    @Test
    void theWaitingListAtTheEndOfEachWeek() {
        // Weeks end on the as-of date, counted back to the first referral (5 Jan): eight weeks.
        // On the list at the start of each week-end day (referred before it; not yet assessed or gone):
        // 12 Jan A1 A2; 19 Jan A1 (seen that day) A2 A3; 26 Jan A2 A3 A4 A5; 2 Feb the same (A6 referred that day);
        // 9 Feb A2 A3 A4 A8 (A5, A6 gone); 16 Feb A3 A4 A7; 23 Feb the same; 2 Mar A4 A7 (A3 seen 27 Feb).
        List<ObservedSeries.Row> rows = ObservedSeries.of(TinyExtract.rows(), LocalDate.of(2026, 1, 5), AS_OF, TinyExtract.ALLIANCES,
                ReportingPeriod.MONTH, 42);
        String[] starts = {"2026-01-05", "2026-01-12", "2026-01-19", "2026-01-26", "2026-02-02", "2026-02-09", "2026-02-16", "2026-02-23"};
        double[] list = {2, 3, 4, 4, 4, 3, 3, 2};
        double[] seen = {0, 0, 1, 0, 0, 2, 0, 1};
        for (int w = 0; w < starts.length; w++) {
            assertThat(value(rows, "week", starts[w], "county", "waitingList")).as("week of %s", starts[w]).isEqualTo(list[w]);
            assertThat(value(rows, "week", starts[w], "county", "firstAssessments")).as("week of %s", starts[w]).isEqualTo(seen[w]);
        }
        assertThat(value(rows, "week", "2026-02-16", "west", "waitingList")).isEqualTo(2); // A3, A4 on 23 Feb
        assertThat(rows.stream().filter(r -> r.granularity().equals("week")).map(ObservedSeries.Row::start).distinct()).hasSize(8);
    }

    @Test
    void waitsToFirstAssessmentPerMonth() {
        // January: A1 seen after 14 days. February: A8 after 4, A2 after 35, A3 after 46 days.
        // Median 35; 95th percentile as PERCENTILE.INC: 35 + 0.9 × (46 − 35) = 44.9; two of three within 42 days.
        List<ObservedSeries.Row> rows = ObservedSeries.of(TinyExtract.rows(), LocalDate.of(2026, 1, 5), AS_OF, TinyExtract.ALLIANCES,
                ReportingPeriod.MONTH, 42);
        assertThat(value(rows, "period", "2026-01-05", "county", "referrals")).isEqualTo(5);
        assertThat(value(rows, "period", "2026-01-05", "county", "waitMedianDays")).isEqualTo(14);
        assertThat(value(rows, "period", "2026-02-01", "county", "referrals")).isEqualTo(3);
        assertThat(value(rows, "period", "2026-02-01", "county", "firstAssessments")).isEqualTo(3);
        assertThat(value(rows, "period", "2026-02-01", "county", "waitMeanDays")).isCloseTo(85.0 / 3, offset(1e-12));
        assertThat(value(rows, "period", "2026-02-01", "county", "waitMedianDays")).isEqualTo(35);
        assertThat(value(rows, "period", "2026-02-01", "county", "waitP95Days")).isCloseTo(44.9, offset(1e-12));
        assertThat(value(rows, "period", "2026-02-01", "county", "waitMaxDays")).isEqualTo(46);
        assertThat(value(rows, "period", "2026-02-01", "county", "assessedWithinTarget")).isCloseTo(2.0 / 3, offset(1e-12));
        // West alone: 4 and 46 days → median 25, 95th percentile 4 + 0.95 × 42 = 43.9
        assertThat(value(rows, "period", "2026-02-01", "west", "waitMedianDays")).isEqualTo(25);
        assertThat(value(rows, "period", "2026-02-01", "west", "waitP95Days")).isCloseTo(43.9, offset(1e-12));
        // nobody in South East: nothing to measure
        assertThat(value(rows, "period", "2026-02-01", "south-east", "waitMedianDays")).isNaN();
        // the target counts need a full 42 days of history before the period: not given here
        assertThat(rows).noneMatch(r -> r.metric().equals("attainment"));
        // the 1-day stub of March is not a period on its own
        assertThat(rows).noneMatch(r -> r.start().toString().equals("2026-03-01"));
    }

    @Test
    void attainmentCountsPeopleByTheirTargetDay() {
        // From 3 Nov 2025 the history is long enough for January and February. Target days in February:
        // A1 16 Feb (seen after 14 days: met), A2 17 Feb (35: met), A3 23 Feb (46: missed) → 2 of 3.
        // January has nobody due.
        List<ObservedSeries.Row> rows = ObservedSeries.of(TinyExtract.rows(), LocalDate.of(2025, 11, 3), AS_OF, TinyExtract.ALLIANCES,
                ReportingPeriod.MONTH, 42);
        assertThat(value(rows, "period", "2026-02-01", "county", "targetDue")).isEqualTo(3);
        assertThat(value(rows, "period", "2026-02-01", "county", "attainment")).isCloseTo(2.0 / 3, offset(1e-12));
        assertThat(value(rows, "period", "2026-01-01", "county", "targetDue")).isZero();
        assertThat(value(rows, "period", "2026-01-01", "county", "attainment")).isNaN();
        assertThat(rows).noneMatch(r -> r.metric().equals("attainment") && r.start().isBefore(LocalDate.of(2025, 12, 15)));
    }

    @Test
    void csvInTheSimulatorsShape() {
        List<ObservedSeries.Row> rows = ObservedSeries.of(TinyExtract.rows(), LocalDate.of(2026, 1, 5), AS_OF, TinyExtract.ALLIANCES,
                ReportingPeriod.QUARTER, 42);
        String csv = ObservedSeries.csv(rows);
        assertThat(csv).startsWith("granularity,period,start,end,area,metric,statistic,value\n"
                + "week,week of 2026-01-05,2026-01-05,2026-01-12,south-east,waitingList,observed,0\n");
        // the quarter: waits 4, 14, 35, 46 → 35 + 0.85 × 11
        assertThat(csv).contains("\nperiod,2026 Q1,2026-01-05,2026-03-02,county,waitP95Days,observed,44.35\n");
        assertThat(csv).contains("\nperiod,2026 Q1,2026-01-05,2026-03-02,south-east,waitMedianDays,observed,\n");
    }
}
