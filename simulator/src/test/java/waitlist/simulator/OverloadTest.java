package waitlist.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import waitlist.scenarios.Distribution;
import waitlist.scenarios.Pooling;
import waitlist.scenarios.ReportingPeriod;
import waitlist.simulator.results.Metric;
import waitlist.simulator.results.Summary;
import waitlist.simulator.stats.Estimate;

/**
 * (c) With utilisation above 1 the list grows, on average, by (arrival rate − service capacity)
 * per day: a reflected random walk with positive drift loses its reflection after a short while.
 */
class OverloadTest {

    @Test
    void mmcListGrowsAtArrivalRateMinusCapacity() {
        double lambda = 2.4;
        int servers = 2;
        double mu = 1.0;
        int weeks = 150;
        var s = Fixtures.mmc(lambda, servers, 1 / mu, weeks, 0, 7);
        ReplicationModel model = Simulator.model(s, null);
        Summary summary = Simulator.summarise(model, 3, Replications.of(40), 2, Progress.NONE);
        Estimate end = summary.estimate(model.periods().wholeIndex(), 1, Metric.WAITING_LIST);
        double days = weeks * 7;
        double growth = lambda - servers * mu; // 0.4 a day
        // E[Q(T)] = (λ − cμ)T + O(1); the O(1) term (time the servers idled early on) is a few people.
        assertThat(end.halfWidth() / days).isLessThan(0.02);
        assertThat(growth).isBetween(end.low() / days - 0.005, end.high() / days + 0.005);
    }

    @Test
    void pathwayListGrowsAtReferralsMinusWeeklySlots() {
        // 780 referrals a year = 15 a week, none redirected, no dropout, no DNA, no reviews in range,
        // all to groups (no one-to-one OT time): 2.5 slots of OT time a week → on average 2.5 assessments.
        double slots = 2.5;
        var knobs = new Fixtures.PathwayKnobs(List.of("a"), 780, 0, 4, 0, 0, 100, 20, 30, 0,
                1.0, 8, 60, 8, false, new Distribution.Fixed(30), 1000, 45, 0,
                slots * 150 / Fixtures.OT_MINUTES_PER_FTE, 2, Pooling.NONE,
                waitlist.scenarios.BookingPolicy.FIRST_COME_FIRST_SERVED, 0, List.of(), 0, 104, 0, 42, ReportingPeriod.YEAR);
        var s = Fixtures.pathway(knobs);
        ReplicationModel model = Simulator.model(s, null);
        Summary summary = Simulator.summarise(model, 11, Replications.of(30), 2, Progress.NONE);
        int whole = model.periods().wholeIndex();
        Estimate end = summary.estimate(whole, 1, Metric.WAITING_LIST);
        Estimate assessed = summary.estimate(whole, 1, Metric.FIRST_ASSESSMENTS);
        double weeks = 104;
        assertThat(assessed.mean() / weeks).isCloseTo(slots, org.assertj.core.data.Offset.offset(0.02));
        double growthPerWeek = 780 / 365.25 * 7 - slots;
        assertThat(growthPerWeek).isBetween(end.low() / weeks - 0.05, end.high() / weeks + 0.05);
    }
}
