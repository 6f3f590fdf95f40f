package waitlist.simulator.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import waitlist.scenarios.BookingPolicy;
import waitlist.scenarios.Distribution;
import waitlist.scenarios.FteChange;
import waitlist.scenarios.Pooling;
import waitlist.scenarios.ReportingPeriod;
import waitlist.scenarios.Scenario;
import waitlist.scenarios.StaffGroup;
import waitlist.scenarios.Workforce;
import waitlist.simulator.Fixtures;
import waitlist.simulator.Progress;
import waitlist.simulator.ReplicationModel;
import waitlist.simulator.Replications;
import waitlist.simulator.Simulator;
import waitlist.simulator.results.Metric;
import waitlist.simulator.results.Summary;

/** Pathway features checked by their effect: dated workforce changes, pooling, priority booking. */
class PathwayBehaviourTest {

    private static Fixtures.PathwayKnobs knobs(List<String> alliances, double otFte, Pooling pooling, BookingPolicy policy,
                                               double urgentShare, int weeks, ReportingPeriod period) {
        return new Fixtures.PathwayKnobs(alliances, 300, 0, 4, 0, urgentShare, 100, 20, 30, 0,
                1.0, 8, 60, 8, false, new Distribution.Fixed(30), 1000, 45, 0,
                otFte, 2, pooling, policy, 0, List.of(), 0, weeks, 0, 42, period);
    }

    private static Scenario withOt(Scenario s, List<FteChange> ot) {
        Workforce w = s.workforce();
        StaffGroup g = w.ot();
        Workforce changed = new Workforce(new StaffGroup(g.hoursPerWeek(), g.clinicalShare(), g.absenceShare(), g.costPerFte(), ot),
                w.coach(), w.poolingOrDefault());
        return new Scenario(s.name(), s.description(), s.horizon(), s.target(), s.alliances(), s.demand(), s.pathway(),
                s.network(), changed, s.booking(), s.initialState());
    }

    @Test
    void workforceChangesTakeEffectOnTheirDate() {
        // 1.0 FTE from the start, 0.5 FTE from week 13 (2027-04-05): Q1 has 13 weeks at 1.0 (one day of
        // the week starting 2027-03-29 falls in Q2, but the plan is made on its Monday, in Q1).
        Scenario s = withOt(Fixtures.pathway(knobs(List.of("a"), 1, Pooling.NONE, BookingPolicy.FIRST_COME_FIRST_SERVED, 0, 26,
                ReportingPeriod.QUARTER)), List.of(new FteChange(Fixtures.MONDAY, "a", 1.0),
                new FteChange(Fixtures.MONDAY.plusWeeks(13), "a", 0.5)));
        ReplicationModel model = Simulator.model(s, null);
        Summary summary = Simulator.summarise(model, 1, Replications.of(1), 1, Progress.NONE);
        double perFteHours = Fixtures.OT_MINUTES_PER_FTE / 60;
        assertThat(summary.estimate(0, 1, Metric.OT_AVAILABLE_HOURS).mean()).isCloseTo(13 * perFteHours, offset(1e-6));
        assertThat(summary.estimate(1, 1, Metric.OT_AVAILABLE_HOURS).mean()).isCloseTo(13 * 0.5 * perFteHours, offset(1e-6));
    }

    @Test
    void startsEmptyAndLeavesTheWarmUpOutOfEveryResult() {
        Scenario withList = Fixtures.pathway(knobs(List.of("a"), 1, Pooling.NONE, BookingPolicy.FIRST_COME_FIRST_SERVED, 0, 30,
                ReportingPeriod.QUARTER));
        Scenario s = new Scenario(withList.name(), withList.description(),
                new waitlist.scenarios.Horizon(Fixtures.MONDAY, 30, 4), withList.target(), withList.alliances(),
                withList.demand(), withList.pathway(), null, withList.workforce(), withList.booking(), null);
        ReplicationModel model = Simulator.model(s, null);
        assertThat(model.periods().all().get(0).start()).isEqualTo(Fixtures.MONDAY.plusWeeks(4));
        Summary summary = Simulator.summarise(model, 2, Replications.of(40), 2, Progress.NONE);
        // 300 referrals a year, counted over the 26 reported weeks only
        double expected = 300 / 365.25 * 26 * 7;
        var referrals = summary.estimate(model.periods().wholeIndex(), 1, Metric.REFERRALS);
        assertThat(expected).isBetween(referrals.low(), referrals.high());
        assertThat(summary.weekCount()).isEqualTo(26);
    }

    @Test
    void countyPoolingLetsAnAllianceWithoutOtTimeBeSeen() {
        for (Pooling pooling : Pooling.values()) {
            Scenario s = withOt(Fixtures.pathway(knobs(List.of("a", "b"), 1, pooling, BookingPolicy.FIRST_COME_FIRST_SERVED, 0, 26,
                    ReportingPeriod.YEAR)), List.of(new FteChange(Fixtures.MONDAY, "a", 2.0)));
            ReplicationModel model = Simulator.model(s, null);
            Summary summary = Simulator.summarise(model, 1, Replications.of(4), 1, Progress.NONE);
            double seenInB = summary.estimate(model.periods().wholeIndex(), 1, Metric.FIRST_ASSESSMENTS).mean();
            if (pooling == Pooling.NONE) {
                assertThat(seenInB).isZero();
            } else {
                assertThat(seenInB).isGreaterThan(50);
            }
        }
    }

    @Test
    void priorityFirstShortensUrgentWaitsUnderPressure() {
        // Overloaded on purpose so the order matters: urgent referrals are half; compare waits.
        List<Double> waits = new ArrayList<>();
        List<Double> urgentWaits = new ArrayList<>();
        for (BookingPolicy policy : List.of(BookingPolicy.FIRST_COME_FIRST_SERVED, BookingPolicy.PRIORITY_FIRST)) {
            Scenario s = Fixtures.pathway(knobs(List.of("a"), 0.45, Pooling.NONE, policy, 0.5, 52, ReportingPeriod.YEAR));
            ReplicationModel model = Simulator.model(s, null);
            Summary summary = Simulator.summarise(model, 1, Replications.of(10), 2, Progress.NONE);
            waits.add(summary.estimate(model.periods().wholeIndex(), 1, Metric.WAIT_P90).mean());
            urgentWaits.add(summary.estimate(model.periods().wholeIndex(), 1, Metric.URGENT_WAIT_MEAN).mean());
        }
        // Urgent people jump the queue: their mean wait falls to under half of what it was.
        assertThat(urgentWaits.get(1)).isLessThan(0.5 * urgentWaits.get(0));
        // Under priority-first the routine half waits much longer, so the 90th percentile grows.
        assertThat(waits.get(1)).isGreaterThan(waits.get(0));
    }
}
