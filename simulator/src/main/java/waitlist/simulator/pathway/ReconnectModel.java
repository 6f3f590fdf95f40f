package waitlist.simulator.pathway;

import java.time.LocalDate;
import java.util.List;

import org.apache.commons.rng.UniformRandomProvider;

import waitlist.scenarios.Alliance;
import waitlist.scenarios.FirstAssessment;
import waitlist.scenarios.Scenario;
import waitlist.simulator.ReplicationModel;
import waitlist.simulator.arrivals.Arrivals;
import waitlist.simulator.arrivals.DailyRates;
import waitlist.simulator.arrivals.PoissonArrivals;
import waitlist.simulator.booking.BookingPolicy;
import waitlist.simulator.random.RandomStreams;
import waitlist.simulator.results.Periods;
import waitlist.simulator.results.ReplicationResult;

/**
 * The Reconnect pathway on the event engine; time is in days from the horizon start. This class holds what every
 * replication shares (the scenario's calendar, staffing, daily referral rates, the laws of a referral's fate); each
 * replication is a {@link PathwayRun}.
 *
 * <p>Continuous-time events: referral arrivals, end of triage, dropout from the list ({@link WaitingList}),
 * first-assessment appointments (with the missed appointments a referral's {@link Fate} holds), discharges,
 * re-referrals. Weekly, at the start of each week, the service plans its time in this order: reviews and one-to-one
 * sessions ({@link WeeklyOtPlan}); what OT time is left goes to first assessments, booked every cycle by the
 * {@link BookingPolicy} ({@link AssessmentBooking}); free group places go to people waiting for one
 * ({@link GroupPlaces}). Same-time order: the weekly census first, then the weekly plan, then everything else; within
 * that, the engine's FIFO rule.
 */
public final class ReconnectModel implements ReplicationModel {

    static final int CENSUS = 0;
    static final int PLAN = 1;
    static final int EVENT = 2;

    private final Scenario scenario;
    private final List<String> alliances;
    private final Periods periods;
    private final BookingPolicy policy;
    private final double[][] dailyRates;
    private final Staffing ot;
    private final Staffing coach;
    private final int cycleWeeks;
    /** First-assessment OT minutes (the slot length) in force in each week of the horizon. */
    private final double[] slotMinutes;
    /** Log of the DNA share in force on each day of the horizon. */
    private final double[] logDidNotAttend;
    private final Fates fates;
    private final ArrivalsFactory arrivalsFactory;
    private final InitialState initialState;

    /** Makes the arrival process of one alliance; tests replace Poisson arrivals with fixed ones. */
    @FunctionalInterface
    public interface ArrivalsFactory {
        Arrivals arrivals(int alliance, double[] dailyRates, UniformRandomProvider rng);
    }

    public ReconnectModel(Scenario scenario, BookingPolicy policy) {
        this(scenario, policy, (a, rates, rng) -> new PoissonArrivals(rates, rng));
    }

    public ReconnectModel(Scenario scenario, BookingPolicy policy, ArrivalsFactory arrivalsFactory) {
        if (scenario.pathway() == null || scenario.workforce() == null) {
            throw new IllegalArgumentException("a pathway scenario needs both 'pathway' and 'workforce'");
        }
        this.scenario = scenario;
        this.policy = policy;
        this.arrivalsFactory = arrivalsFactory;
        this.alliances = scenario.alliances().stream().map(Alliance::id).toList();
        this.periods = new Periods(scenario.horizon(), scenario.target().reportingPeriod());
        int weeks = scenario.horizon().weeks();
        LocalDate start = scenario.horizon().start();
        this.dailyRates = new double[alliances.size()][];
        for (int a = 0; a < alliances.size(); a++) {
            dailyRates[a] = DailyRates.of(scenario.demand(), alliances.get(a), start, weeks * 7);
        }
        this.ot = new Staffing(scenario.workforce().ot(), alliances, start, weeks);
        this.coach = new Staffing(scenario.workforce().coach(), alliances, start, weeks);
        this.cycleWeeks = Math.max(1, (int) Math.round(scenario.bookingOrDefault().cycleDaysOrDefault() / 7.0));
        FirstAssessment fa = scenario.pathway().firstAssessment();
        this.slotMinutes = new double[Math.max(1, weeks)];
        for (int w = 0; w < slotMinutes.length; w++) {
            slotMinutes[w] = fa.otMinutes(start.plusWeeks(w));
        }
        this.logDidNotAttend = new double[Math.max(1, weeks * 7)];
        for (int d = 0; d < logDidNotAttend.length; d++) {
            logDidNotAttend[d] = Math.log(fa.didNotAttendShare(start.plusDays(d)));
        }
        this.fates = new Fates(scenario.pathway());
        this.initialState = new InitialState(scenario, alliances, cycleWeeks * 7.0);
    }

    @Override
    public Periods periods() {
        return periods;
    }

    @Override
    public List<String> alliances() {
        return alliances;
    }

    @Override
    public ReplicationResult run(RandomStreams streams) {
        return new PathwayRun(this, streams).run();
    }

    Scenario scenario() {
        return scenario;
    }

    BookingPolicy policy() {
        return policy;
    }

    Staffing ot() {
        return ot;
    }

    Staffing coach() {
        return coach;
    }

    int cycleWeeks() {
        return cycleWeeks;
    }

    double slotMinutesInWeek(int week) {
        return slotMinutes[Math.min(week, slotMinutes.length - 1)];
    }

    double slotMinutes(double day) {
        return slotMinutesInWeek((int) (day / 7));
    }

    /** Log of the DNA share in force on {@code day} (days from the horizon start). */
    double logDidNotAttend(double day) {
        return logDidNotAttend[Math.min((int) day, logDidNotAttend.length - 1)];
    }

    Fates fates() {
        return fates;
    }

    InitialState initialState() {
        return initialState;
    }

    Arrivals arrivals(int alliance, UniformRandomProvider rng) {
        return arrivalsFactory.arrivals(alliance, dailyRates[alliance], rng);
    }
}
