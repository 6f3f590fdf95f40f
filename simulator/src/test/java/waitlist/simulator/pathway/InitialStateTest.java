package waitlist.simulator.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.junit.jupiter.api.Test;

import waitlist.scenarios.AllianceState;
import waitlist.scenarios.AssessedPerson;
import waitlist.scenarios.BookingPolicy;
import waitlist.scenarios.Distribution;
import waitlist.scenarios.InitialState;
import waitlist.scenarios.InterventionMode;
import waitlist.scenarios.PersonInService;
import waitlist.scenarios.Pooling;
import waitlist.scenarios.ReportingPeriod;
import waitlist.scenarios.Scenario;
import waitlist.scenarios.WaitingPerson;
import waitlist.scenarios.WaitingStatus;
import waitlist.simulator.Fixtures;
import waitlist.simulator.ReplicationModel;
import waitlist.simulator.arrivals.Arrivals;
import waitlist.simulator.booking.OrderedBooking;
import waitlist.simulator.random.RandomStreams;
import waitlist.simulator.results.Metric;
import waitlist.simulator.results.ReplicationResult;

/** Today's list person by person: hand-worked waits, bookings, reviews and discharges from known dates. */
class InitialStateTest {

    static final LocalDate START = Fixtures.MONDAY;

    /** One alliance "a", no new referrals, no DNA or dropout, 150-minute assessment slots, {@code slots} of them a week. */
    private static Fixtures.PathwayKnobs knobs(double slots, Distribution length, double reviewWeeks, double redirected,
                                               int oneToOneWeeks, int weeks) {
        return new Fixtures.PathwayKnobs(List.of("a"), 100, redirected, 4, 0, 0.1, 100, 20, 30, 0,
                0.85, 8, 60, oneToOneWeeks, true, length, reviewWeeks, 45, 0,
                slots * 150 / Fixtures.OT_MINUTES_PER_FTE, 50, Pooling.NONE, BookingPolicy.FIRST_COME_FIRST_SERVED, 0,
                List.of(), 0, weeks, 0, 42, ReportingPeriod.YEAR);
    }

    private static Scenario withState(Fixtures.PathwayKnobs k, List<WaitingPerson> waiting, List<AssessedPerson> awaiting,
                                      List<PersonInService> caseload) {
        Scenario s = Fixtures.pathway(k);
        return new Scenario(s.name(), s.description(), s.horizon(), s.target(), s.alliances(), s.demand(), s.pathway(),
                s.network(), s.workforce(), s.booking(),
                new InitialState(List.of(new AllianceState("a", null, 0, waiting, awaiting, caseload))));
    }

    private static ReplicationModel model(Scenario s) {
        return new ReconnectModel(s, OrderedBooking.firstComeFirstServed(), (a, rates, rng) -> Arrivals.fixed());
    }

    private static double whole(ReplicationModel model, ReplicationResult r, Metric m) {
        int areas = model.alliances().size() + 1;
        return r.periodValues()[(model.periods().wholeIndex() * areas) * Metric.values().length + m.ordinal()];
    }

    private static WaitingPerson waiting(int daysAgo, WaitingStatus status) {
        return new WaitingPerson(null, START.minusDays(daysAgo), "routine", status);
    }

    @Test
    void waitsRunFromEachPersonsReferralDateAndBookedPeopleTakeTheFirstSlots() {
        // Two slots a week. One person booked (referred 5 days ago) takes one of week 0's slots; the other goes to
        // the longest waiter (50 days), seen mid-week at day 3.5 as the only appointment; the booked one is seen at
        // day 3.5 too (their own cycle spread). Week 1: the 30- and 10-day waiters at days 7 + 7/4 and 7 + 21/4.
        // Waits: 5 + 3.5, 50 + 3.5, 30 + 8.75, 10 + 12.25.
        Scenario s = withState(knobs(2, new Distribution.Fixed(30), 1000, 0, 8, 4), List.of(
                waiting(50, null), waiting(30, WaitingStatus.WAITING), waiting(10, null), waiting(5, WaitingStatus.BOOKED)),
                null, null);
        ReplicationModel model = model(s);
        ReplicationResult r = model.run(new RandomStreams(1, 0));
        double[] waits = {8.5, 53.5, 38.75, 22.25};
        assertThat(whole(model, r, Metric.FIRST_ASSESSMENTS)).isEqualTo(4);
        assertThat(whole(model, r, Metric.WAIT_MEAN)).isCloseTo(java.util.Arrays.stream(waits).average().orElseThrow(), offset(1e-9));
        assertThat(whole(model, r, Metric.WAIT_MAX)).isCloseTo(53.5, offset(1e-9));
        // the 50-day waiter's target day fell 8 days before the horizon: they count in none of its periods,
        // so the three others, all seen within 42 days, make attainment 100 % and there is no breach
        assertThat(whole(model, r, Metric.ATTAINMENT)).isEqualTo(1.0);
        assertThat(whole(model, r, Metric.BREACHES)).isZero();
        // 4 slots booked (one of them before the start) = 600 minutes
        assertThat(whole(model, r, Metric.OT_ASSESSMENT_HOURS)).isCloseTo(10, offset(1e-9));
    }

    @Test
    void triageFinishesGivenHowLongItHasLasted() {
        // Fixed 4-day triage, everyone redirected: referred 1 day ago → redirected on day 3; 10 days ago → at once.
        Scenario s = withState(knobs(2, new Distribution.Fixed(30), 1000, 1.0, 8, 2), List.of(
                waiting(1, WaitingStatus.IN_TRIAGE), waiting(10, WaitingStatus.IN_TRIAGE)), null, null);
        ReplicationModel model = model(s);
        ReplicationResult r = model.run(new RandomStreams(1, 0));
        assertThat(whole(model, r, Metric.REDIRECTED)).isEqualTo(2);
        assertThat(whole(model, r, Metric.FIRST_ASSESSMENTS)).isZero();
        // on the list for 3 days and 0 days out of 14
        assertThat(whole(model, r, Metric.WAITING_LIST_MEAN)).isCloseTo(3.0 / 14, offset(1e-9));
    }

    @Test
    void reviewsFallEveryIntervalFromEachPersonsStart() {
        // Reviews every 12 weeks (84 days). Ten people started 80 days ago: reviews on days 4 and 88. Ten started
        // 3 days ago: day 81. Horizon 13 weeks (days 0-90): 30 reviews. Length fixed at 1000 weeks: nobody leaves.
        List<PersonInService> caseload = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            caseload.add(new PersonInService(null, null, START.minusDays(80), InterventionMode.GROUP));
            caseload.add(new PersonInService(null, null, START.minusDays(3), InterventionMode.GROUP));
        }
        Scenario s = withState(knobs(20, new Distribution.Fixed(1000), 12, 0, 8, 13), null, null, caseload);
        ReplicationModel model = model(s);
        ReplicationResult r = model.run(new RandomStreams(1, 0));
        assertThat(whole(model, r, Metric.REVIEWS)).isEqualTo(30);
        assertThat(whole(model, r, Metric.DISCHARGES)).isZero();
        assertThat(whole(model, r, Metric.CASELOAD)).isEqualTo(20);
    }

    @Test
    void aFixedLengthEndsWhatIsLeftOfIt() {
        // 20-week interventions: started 70 days ago → 70 days left, discharged within the 13 weeks;
        // started 200 days ago → already past its length, discharged at once; started 7 days ago → 133 days left, stays.
        List<PersonInService> caseload = List.of(
                new PersonInService("p1", null, START.minusDays(70), InterventionMode.GROUP),
                new PersonInService("p2", null, START.minusDays(200), InterventionMode.GROUP),
                new PersonInService("p3", null, START.minusDays(7), InterventionMode.GROUP));
        Scenario s = withState(knobs(2, new Distribution.Fixed(20), 1000, 0, 8, 13), null, null, caseload);
        ReplicationModel model = model(s);
        ReplicationResult r = model.run(new RandomStreams(1, 0));
        assertThat(whole(model, r, Metric.DISCHARGES)).isEqualTo(2);
        assertThat(whole(model, r, Metric.CASELOAD)).isEqualTo(1);
    }

    @Test
    void oneToOneClientsCarryOnWithTheirRemainingSessions() {
        // 8 weeks of one-to-one; started 14 days ago → 6 sessions of 60 minutes left, then a group place.
        List<PersonInService> caseload = List.of(new PersonInService(null, null, START.minusDays(14), InterventionMode.ONE_TO_ONE));
        Scenario s = withState(knobs(2, new Distribution.Fixed(1000), 1000, 0, 8, 13), null, null, caseload);
        ReplicationModel model = model(s);
        ReplicationResult r = model.run(new RandomStreams(1, 0));
        assertThat(whole(model, r, Metric.OT_ONE_TO_ONE_HOURS)).isCloseTo(6, offset(1e-9));
        assertThat(whole(model, r, Metric.AWAITING_PLACE)).isZero();
    }

    @Test
    void peopleAwaitingAPlaceAreCountedFromTheirAssessmentDate() {
        // Coach time for plenty of places: both start in week 0, after waiting 10 and 4 days since assessment.
        List<AssessedPerson> awaiting = List.of(new AssessedPerson("x", null, START.minusDays(10)),
                new AssessedPerson("y", START.minusDays(40), START.minusDays(4)));
        Scenario s = withState(knobs(2, new Distribution.Fixed(1000), 1000, 0, 8, 4), null, awaiting, null);
        ReplicationModel model = model(s);
        ReplicationResult r = model.run(new RandomStreams(1, 0));
        assertThat(whole(model, r, Metric.PLACE_WAIT_MEAN)).isCloseTo(7, offset(1e-9));
        assertThat(whole(model, r, Metric.CASELOAD)).isEqualTo(2);
    }

    @Test
    void dischargesFromALongCaseloadFollowTheConditionalLengthLaw() {
        // 4,000 people who started 100 weeks ago, lengths lognormal (mean 75, sd 40 weeks). Over the next 52 weeks
        // the share discharged is P(X < 152 | X > 100). Drawing whole new lengths instead would discharge far more
        // (P(X < 52) ≈ 0.27 of them in a year, besides those whose fresh length is under their 100 weeks).
        int n = 4000;
        List<PersonInService> caseload = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            caseload.add(new PersonInService(null, null, START.minusWeeks(100), InterventionMode.GROUP));
        }
        Scenario s = withState(knobs(2, new Distribution.Lognormal(75, 40), 1000, 0, 8, 52), null, null, caseload);
        double sigma2 = Math.log1p(40.0 * 40 / (75 * 75));
        LogNormalDistribution law = LogNormalDistribution.of(Math.log(75) - sigma2 / 2, Math.sqrt(sigma2));
        double p = (law.cumulativeProbability(152) - law.cumulativeProbability(100)) / law.survivalProbability(100);
        ReplicationModel model = model(s);
        ReplicationResult r = model.run(new RandomStreams(7, 0));
        double sd = Math.sqrt(n * p * (1 - p));
        assertThat(p).isBetween(0.5, 0.9);
        assertThat(whole(model, r, Metric.DISCHARGES)).isCloseTo(n * p, offset(4 * sd));
    }
}
