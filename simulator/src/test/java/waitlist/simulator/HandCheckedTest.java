package waitlist.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import waitlist.scenarios.BookingPolicy;
import waitlist.scenarios.Dated;
import waitlist.scenarios.FirstAssessment;
import waitlist.scenarios.Pathway;
import waitlist.scenarios.Scenario;
import waitlist.scenarios.Distribution;
import waitlist.scenarios.Pooling;
import waitlist.scenarios.ReportingPeriod;
import waitlist.scenarios.Stage;
import waitlist.simulator.arrivals.Arrivals;
import waitlist.simulator.booking.OrderedBooking;
import waitlist.simulator.network.NetworkModel;
import waitlist.simulator.pathway.ReconnectModel;
import waitlist.simulator.random.RandomStreams;
import waitlist.simulator.results.Metric;
import waitlist.simulator.results.ReplicationResult;
import waitlist.simulator.results.StageMetric;

/** (f) Small deterministic cases (fixed arrivals and durations) whose every number was worked out by hand. */
class HandCheckedTest {

    private static double value(ReplicationModel model, ReplicationResult r, int area, Metric m) {
        int areas = model.alliances().size() + 1;
        return r.periodValues()[(model.periods().wholeIndex() * areas + area) * Metric.values().length + m.ordinal()];
    }

    /** A stage metric over the whole horizon, county-wide. */
    static double stage(ReplicationModel model, ReplicationResult r, int stage, StageMetric m) {
        int areas = model.alliances().size() + 1;
        int stages = model.stageIds().size();
        return r.stageValues()[((model.periods().wholeIndex() * areas + areas - 1) * stages + stage) * StageMetric.values().length
                + m.ordinal()];
    }

    @Test
    void singleServerWithFixedArrivalsAndService() {
        // Arrivals at days 0, 1, 2, 3, 10; one server; 2.5 days each.
        // Starts: 0, 2.5, 5, 7.5, 10 → waits 0, 1.5, 3, 4.5, 0: mean 1.8, max 4.5;
        // within 3 days: 4 of 5. Person 4 (arrived day 3) breaches on day 6.
        var s = Fixtures.network(List.of(Map.entry("assessment", Stage.of(null, 1, new Distribution.Fixed(2.5)))), "assessment", 1, 4, 0, 3);
        var model = new NetworkModel(s, (a, rates, rng) -> Arrivals.fixed(0, 1, 2, 3, 10));
        ReplicationResult r = model.run(new RandomStreams(1, 0));
        assertThat(value(model, r, 1, Metric.REFERRALS)).isEqualTo(5);
        assertThat(value(model, r, 1, Metric.FIRST_ASSESSMENTS)).isEqualTo(5);
        assertThat(value(model, r, 1, Metric.WAIT_MEAN)).isCloseTo(1.8, offset(1e-12));
        assertThat(value(model, r, 1, Metric.WAIT_MAX)).isEqualTo(4.5);
        assertThat(value(model, r, 1, Metric.ATTAINMENT)).isEqualTo(0.8);
        assertThat(value(model, r, 1, Metric.BREACHES)).isEqualTo(1);
        // Time-average waiting over 28 days: areas 0 + 1.5 + 3 + 4.5 + 0 = 9 person-days → 9/28.
        assertThat(value(model, r, 1, Metric.WAITING_LIST_MEAN)).isCloseTo(9.0 / 28, offset(1e-12));
        assertThat(value(model, r, 1, Metric.DISCHARGES)).isEqualTo(5);
        // flow: waits + 2.5 days of service each → 1.8 + 2.5
        assertThat(value(model, r, 1, Metric.FLOW_MEAN)).isCloseTo(4.3, offset(1e-12));
        // the stage: busy 5 × 2.5 = 12.5 of 28 server-days; queue wait as above
        assertThat(stage(model, r, 0, StageMetric.UTILISATION)).isCloseTo(12.5 / 28, offset(1e-12));
        assertThat(stage(model, r, 0, StageMetric.QUEUE_WAIT_MEAN)).isCloseTo(1.8, offset(1e-12));
        assertThat(stage(model, r, 0, StageMetric.STARTED)).isEqualTo(5);
    }

    @Test
    void forkJoinWaitsForTheSlowerBranch() {
        // A (2 days) and B (5 days, one server) in parallel, then C when both are done; clock stops at C.
        // Person 1 (day 0): A 0-2, B 0-5 → C at 5: wait 5. Person 2 (day 1): A 1-3, B 5-10 → C at 10: wait 9.
        var s = Fixtures.network(List.of(
                Map.entry("A", Stage.of(null, 5, new Distribution.Fixed(2))),
                Map.entry("B", Stage.of(null, 1, new Distribution.Fixed(5))),
                Map.entry("C", Stage.of(List.of("A", "B"), 5, new Distribution.Fixed(1)))), "C", 1, 4, 0, 7);
        var model = new NetworkModel(s, (a, rates, rng) -> Arrivals.fixed(0, 1));
        ReplicationResult r = model.run(new RandomStreams(1, 0));
        assertThat(value(model, r, 1, Metric.WAIT_MEAN)).isEqualTo(7);
        assertThat(value(model, r, 1, Metric.WAIT_MAX)).isEqualTo(9);
        assertThat(value(model, r, 1, Metric.ATTAINMENT)).isEqualTo(0.5);
        assertThat(value(model, r, 1, Metric.BREACHES)).isEqualTo(1);
        assertThat(value(model, r, 1, Metric.DISCHARGES)).isEqualTo(2);
        // discharged when C ends: days 6 and 11, referred 0 and 1 → flow 6 and 10
        assertThat(value(model, r, 1, Metric.FLOW_MEAN)).isEqualTo(8);
        // queue waits: A none; B 0 and 4 (ready day 1, starts 5); C none → B's mean is 2
        assertThat(stage(model, r, 1, StageMetric.QUEUE_WAIT_MEAN)).isEqualTo(2);
        assertThat(stage(model, r, 0, StageMetric.QUEUE_WAIT_MEAN)).isZero();
        // B busy 10 of 28 days with one server
        assertThat(stage(model, r, 1, StageMetric.UTILISATION)).isCloseTo(10.0 / 28, offset(1e-12));
    }

    @Test
    void someoneStillInAStageBeforeTheClockStopsBreachesAtTheEnd() {
        // Referred on day 0, 10 days in stage A before B (where the clock stops); horizon 7 days,
        // target 3: at the end they are still waiting, 7 > 3 days, so one breach and nobody assessed.
        var s = Fixtures.network(List.of(
                Map.entry("A", Stage.of(null, 1, new Distribution.Fixed(10))),
                Map.entry("B", Stage.of(List.of("A"), 1, new Distribution.Fixed(1)))), "B", 1, 1, 0, 3);
        var model = new NetworkModel(s, (a, rates, rng) -> Arrivals.fixed(0));
        ReplicationResult r = model.run(new RandomStreams(1, 0));
        assertThat(value(model, r, 1, Metric.FIRST_ASSESSMENTS)).isZero();
        assertThat(value(model, r, 1, Metric.BREACHES)).isEqualTo(1);
        // due on day 3 and not seen: the target counts them, so a service that sees nobody misses
        assertThat(value(model, r, 1, Metric.TARGET_DUE)).isEqualTo(1);
        assertThat(value(model, r, 1, Metric.ATTAINMENT)).isZero();
        assertThat(value(model, r, 1, Metric.TARGET_HOLDS)).isZero();
        assertThat(value(model, r, 1, Metric.WAITING_LIST)).isEqualTo(1);
    }

    @Test
    void weeklyBookingOfAnInitialListWithPartSlotCarry() {
        // Five people waiting one to two weeks, spread evenly: waited 7 × (1 + (j + 0.5)/5) days
        // = 7.7, 9.1, 10.5, 11.9, 13.3. No new referrals, no DNA, no dropout.
        // OT time: 2.5 slots of 150 minutes a week. Week 0: 2 slots, 75 min carried; week 1: 450 min = 3 slots.
        // First come first served, appointments spread evenly over the week:
        //   week 0: 13.3 → day 1.75, 11.9 → day 5.25
        //   week 1: 10.5 → 7 + 7/6, 9.1 → 10.5, 7.7 → 7 + 35/6
        // Waits: 15.05, 17.15, 10.5 + 49/6, 19.6, 7.7 + 77/6; target 20 days → 4 of 5 within, one breach.
        var knobs = new Fixtures.PathwayKnobs(List.of("a"), 100, 0, 4, 0, 0, 100, 20, 30, 0,
                1.0, 8, 60, 8, false, new Distribution.Fixed(30), 1000, 45, 0,
                2.5 * 150 / Fixtures.OT_MINUTES_PER_FTE, 2, Pooling.NONE, BookingPolicy.FIRST_COME_FIRST_SERVED, 0,
                List.of(0, 5), 0, 6, 0, 20, ReportingPeriod.YEAR);
        var model = new ReconnectModel(Fixtures.pathway(knobs), OrderedBooking.firstComeFirstServed(),
                (a, rates, rng) -> Arrivals.fixed());
        ReplicationResult r = model.run(new RandomStreams(1, 0));
        double[] waits = {15.05, 17.15, 10.5 + 49.0 / 6, 19.6, 7.7 + 77.0 / 6};
        double mean = java.util.Arrays.stream(waits).average().orElseThrow();
        assertThat(value(model, r, 1, Metric.FIRST_ASSESSMENTS)).isEqualTo(5);
        assertThat(value(model, r, 1, Metric.WAIT_MEAN)).isCloseTo(mean, offset(1e-9));
        assertThat(value(model, r, 1, Metric.WAIT_MAX)).isCloseTo(7.7 + 77.0 / 6, offset(1e-9));
        assertThat(value(model, r, 1, Metric.ATTAINMENT)).isEqualTo(0.8);
        assertThat(value(model, r, 1, Metric.BREACHES)).isEqualTo(1);
        // OT booked: 5 × 150 min = 12.5 h; available 6 weeks × 375 min = 37.5 h.
        assertThat(value(model, r, 1, Metric.OT_ASSESSMENT_HOURS)).isCloseTo(12.5, offset(1e-9));
        assertThat(value(model, r, 1, Metric.OT_AVAILABLE_HOURS)).isCloseTo(37.5, offset(1e-9));
        assertThat(value(model, r, 1, Metric.OT_UTILISATION)).isCloseTo(1.0 / 3, offset(1e-9));
        // demanded: the five on the list at 150 minutes each (no DNA, nobody in service, no new referrals)
        assertThat(value(model, r, 1, Metric.OT_HOURS_DEMANDED)).isCloseTo(12.5, offset(1e-9));
    }

    /** The five people of the case above, with the given first assessment, OT time a week in minutes and target. */
    private static ReconnectModel fiveWaiting(FirstAssessment firstAssessment, double otMinutesAWeek, int targetDays) {
        var knobs = new Fixtures.PathwayKnobs(List.of("a"), 100, 0, 4, 0, 0, 100, 20, 30, 0,
                1.0, 8, 60, 8, false, new Distribution.Fixed(30), 1000, 45, 0,
                otMinutesAWeek / Fixtures.OT_MINUTES_PER_FTE, 2, Pooling.NONE, BookingPolicy.FIRST_COME_FIRST_SERVED, 0,
                List.of(0, 5), 0, 6, 0, targetDays, ReportingPeriod.YEAR);
        Scenario s = Fixtures.pathway(knobs);
        Pathway p = s.pathway();
        Pathway dated = new Pathway(p.triage(), p.dropoutPerWeek(), p.priorities(), p.escalation(), firstAssessment,
                p.intervention(), p.reviews(), p.reReferralShare(), p.reReferralAfterWeeks());
        Scenario withDated = new Scenario(s.name(), s.description(), s.horizon(), s.target(), s.alliances(), s.demand(), dated,
                s.network(), s.workforce(), s.booking(), s.initialState());
        return new ReconnectModel(withDated, OrderedBooking.firstComeFirstServed(), (a, rates, rng) -> Arrivals.fixed());
    }

    private static Dated from(double value, int day, double then) {
        return new Dated(value, List.of(new Dated.Change(Fixtures.MONDAY.plusDays(day), then)));
    }

    @Test
    void aShorterWriteUpFromADateMakesShorterSlotsFromThatWeeksCycle() {
        // The five as above; 300 OT minutes a week. Slots are 70 + 0 + 80 = 150 minutes, and from day 7 the write-up
        // takes 30, so 100-minute slots.
        //   week 0: 2 slots of 150: 13.3 → day 1.75, 11.9 → day 5.25
        //   week 1: 3 slots of 100: 10.5 → 7 + 7/6, 9.1 → 10.5, 7.7 → 7 + 35/6
        // (without the change week 1 has 2 slots and 7.7 waits to week 2.) Target 20 days: 4 of 5 within.
        var model = fiveWaiting(new FirstAssessment(Dated.of(70), Dated.of(0), from(80, 7, 30), Dated.of(0)), 300, 20);
        ReplicationResult r = model.run(new RandomStreams(1, 0));
        double[] waits = {15.05, 17.15, 10.5 + 49.0 / 6, 19.6, 7.7 + 77.0 / 6};
        assertThat(value(model, r, 1, Metric.FIRST_ASSESSMENTS)).isEqualTo(5);
        assertThat(value(model, r, 1, Metric.WAIT_MEAN)).isCloseTo(java.util.Arrays.stream(waits).average().orElseThrow(), offset(1e-9));
        assertThat(value(model, r, 1, Metric.WAIT_MAX)).isCloseTo(7.7 + 77.0 / 6, offset(1e-9));
        assertThat(value(model, r, 1, Metric.ATTAINMENT)).isEqualTo(0.8);
        // booked: 2 × 150 + 3 × 100 minutes = 10 h
        assertThat(value(model, r, 1, Metric.OT_ASSESSMENT_HOURS)).isCloseTo(10, offset(1e-9));

        var unchanged = fiveWaiting(new FirstAssessment(70, 0, 80, 0), 300, 20);
        ReplicationResult u = unchanged.run(new RandomStreams(1, 0));
        // week 1: 10.5 → 8.75, 9.1 → 12.25; week 2: 7.7 → 17.5
        assertThat(value(unchanged, u, 1, Metric.WAIT_MAX)).isCloseTo(25.2, offset(1e-9));
        assertThat(value(unchanged, u, 1, Metric.OT_ASSESSMENT_HOURS)).isCloseTo(12.5, offset(1e-9));
    }

    @Test
    void theDnaShareOfAnAppointmentsDayDecidesIt() {
        // The five as above with 2.5 slots of 150 minutes a week; DNA share 0, then 1 for the week from day 7, then 0.
        //   week 0: 2 slots: 13.3 → 1.75, 11.9 → 5.25, attended (wait 15.05, 17.15); 75 min carried
        //   week 1: 3 slots: 10.5, 9.1, 7.7 booked and all missed (share 1): back on the list
        //   week 2: 2 slots: 10.5 → 15.75, 9.1 → 19.25 (waits 26.25, 28.35); 75 min carried
        //   week 3: 3 slots, one wanted: 7.7 → 24.5 (wait 32.2)
        Dated dna = new Dated(0, List.of(new Dated.Change(Fixtures.MONDAY.plusDays(7), 1), new Dated.Change(Fixtures.MONDAY.plusDays(14), 0)));
        var model = fiveWaiting(new FirstAssessment(Dated.of(100), Dated.of(20), Dated.of(30), dna), 2.5 * 150, 42);
        ReplicationResult r = model.run(new RandomStreams(1, 0));
        assertThat(value(model, r, 1, Metric.FIRST_ASSESSMENTS)).isEqualTo(5);
        assertThat(value(model, r, 1, Metric.WAIT_MEAN)).isCloseTo(119.0 / 5, offset(1e-9));
        assertThat(value(model, r, 1, Metric.WAIT_MAX)).isCloseTo(32.2, offset(1e-9));
        // eight slots booked, three of them missed: 20 h
        assertThat(value(model, r, 1, Metric.OT_ASSESSMENT_HOURS)).isCloseTo(20, offset(1e-9));
    }
}
