package waitlist.simulator.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import waitlist.scenarios.Horizon;
import waitlist.scenarios.ReportingPeriod;

/** The target measure counts everyone whose target day fell in a period, seen or not; worked by hand. */
class RecorderTest {

    private static final int TARGET = 42;

    /** A 26-week horizon from a Monday, reported in quarters: 2027 Q1 is days 0-86, Q2 days 87-177, then the whole horizon. */
    private final Periods periods = new Periods(new Horizon(LocalDate.of(2027, 1, 4), 26, 0), ReportingPeriod.QUARTER);

    private double value(ReplicationResult r, int period, Metric m) {
        return r.periodValues()[(period * 2) * Metric.values().length + m.ordinal()];
    }

    @Test
    void attainmentIsTheShareOfThoseDueWhoWereSeenByTheirTargetDay() {
        Recorder recorder = new Recorder(periods, 1, TARGET, 0.95);
        recorder.firstAssessment(30, 0, 30);          // referred day 0, seen day 30: due day 42 (Q1), met
        recorder.firstAssessment(50, 0, 50);          // referred day 0, seen day 50: due day 42 (Q1), breach
        recorder.leftUnassessed(5, 20, 0);            // referred day 5, dropped out day 20, before day 47: never due
        recorder.leftUnassessed(10, 60, 0);           // referred day 10, dropped out day 60, after day 52: due (Q1), breach
        recorder.firstAssessment(100, 0, 40);         // referred day 60, seen day 100: due day 102 (Q2), met
        recorder.leftUnassessed(170, 26 * 7, 0);      // still waiting at the end, due day 212 is after the horizon: not counted
        ReplicationResult r = recorder.finish(0);

        assertThat(value(r, 0, Metric.TARGET_DUE)).isEqualTo(3);
        assertThat(value(r, 0, Metric.ATTAINMENT)).isEqualTo(1.0 / 3);
        assertThat(value(r, 0, Metric.BREACHES)).isEqualTo(2);
        assertThat(value(r, 0, Metric.TARGET_HOLDS)).isZero();
        // the second figure, of those seen in Q1: one of two within 42 days
        assertThat(value(r, 0, Metric.ASSESSED_WITHIN_TARGET)).isEqualTo(0.5);

        assertThat(value(r, 1, Metric.TARGET_DUE)).isEqualTo(1);
        assertThat(value(r, 1, Metric.ATTAINMENT)).isEqualTo(1);
        assertThat(value(r, 1, Metric.TARGET_HOLDS)).isEqualTo(1);
        assertThat(value(r, 1, Metric.ALL_PERIODS_HOLD)).as("only the whole horizon says whether every period held").isNaN();

        int whole = periods.wholeIndex();
        assertThat(value(r, whole, Metric.TARGET_DUE)).isEqualTo(4);
        assertThat(value(r, whole, Metric.ATTAINMENT)).isEqualTo(0.5);
        assertThat(value(r, whole, Metric.ALL_PERIODS_HOLD)).as("Q1 missed").isZero();
    }

    @Test
    void nineteenOfTwentyMeetsNinetyFivePercentDespiteBinaryFractions() {
        Recorder recorder = new Recorder(periods, 1, TARGET, 0.95);
        for (int i = 0; i < 19; i++) {
            recorder.firstAssessment(20 + i, 0, 20);
        }
        recorder.leftUnassessed(0, 60, 0);
        ReplicationResult r = recorder.finish(0);
        assertThat(value(r, 0, Metric.ATTAINMENT)).isEqualTo(0.95);
        assertThat(value(r, 0, Metric.TARGET_HOLDS)).isEqualTo(1);
        assertThat(value(r, periods.wholeIndex(), Metric.ALL_PERIODS_HOLD)).as("Q2 had nobody due, so cannot fail").isEqualTo(1);
    }

    @Test
    void aServiceThatSeesNobodyMisses() {
        Recorder recorder = new Recorder(periods, 1, TARGET, 0.95);
        for (int day = 0; day < 100; day += 10) {
            recorder.leftUnassessed(day, 26 * 7, 0);
        }
        ReplicationResult r = recorder.finish(0);
        assertThat(value(r, 0, Metric.ATTAINMENT)).isZero();
        assertThat(value(r, 0, Metric.TARGET_HOLDS)).isZero();
        assertThat(value(r, 0, Metric.FIRST_ASSESSMENTS)).isZero();
        assertThat(value(r, 0, Metric.ASSESSED_WITHIN_TARGET)).as("nobody seen: the second figure has nothing to measure").isNaN();
    }
}
