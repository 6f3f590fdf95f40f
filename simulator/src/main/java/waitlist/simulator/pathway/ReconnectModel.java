package waitlist.simulator.pathway;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

import waitlist.scenarios.Alliance;
import waitlist.scenarios.AllianceState;
import waitlist.scenarios.Booking;
import waitlist.scenarios.Intervention;
import waitlist.scenarios.Pathway;
import waitlist.scenarios.Pooling;
import waitlist.scenarios.PriorityClass;
import waitlist.scenarios.Scenario;
import waitlist.simulator.ReplicationModel;
import waitlist.simulator.arrivals.Arrivals;
import waitlist.simulator.arrivals.DailyRates;
import waitlist.simulator.arrivals.PoissonArrivals;
import waitlist.simulator.booking.BookingCycle;
import waitlist.simulator.booking.BookingPolicy;
import waitlist.simulator.booking.WaitingReferral;
import waitlist.simulator.engine.Engine;
import waitlist.simulator.random.RandomStreams;
import waitlist.simulator.random.Samplers;
import waitlist.simulator.random.Source;
import waitlist.simulator.results.Periods;
import waitlist.simulator.results.Recorder;
import waitlist.simulator.results.ReplicationResult;

/**
 * The Reconnect pathway (BRIEF §4) on the event engine. Time is in days from the horizon start.
 *
 * <p>Continuous-time events: referral arrivals, end of triage, dropout from the list,
 * first-assessment appointments (with did-not-attend and rebooking), discharges, re-referrals.
 * Weekly, at the start of each week, the service plans its OT and coach time in this order:
 * <ol>
 *   <li>reviews due this week, longest overdue first (commitments to current clients);</li>
 *   <li>this week's one-to-one sessions;</li>
 *   <li>what OT time is left goes to first assessments: every booking cycle the {@link BookingPolicy}
 *       fills whole assessment slots from the list, spread evenly over the cycle; a part-slot left
 *       over carries to the next cycle, whole unused slots are idle time; with county pooling, spare
 *       slots in one alliance then serve the others' lists;</li>
 *   <li>free group places (coach time ÷ session length × group size) go to people waiting for
 *       one, first come first served.</li>
 * </ol>
 * Same-time order: the weekly census first, then the weekly plan, then everything else; within
 * that, the engine's FIFO rule.
 */
public final class ReconnectModel implements ReplicationModel {

    static final int CENSUS = 0;
    static final int PLAN = 1;
    static final int EVENT = 2;

    private final Scenario scenario;
    private final Pathway pathway;
    private final List<String> alliances;
    private final Periods periods;
    private final BookingPolicy policy;
    private final double[][] dailyRates;
    private final Staffing ot;
    private final Staffing coach;
    private final int weeks;
    private final int horizonDays;
    private final int cycleWeeks;
    private final double slotMinutes;
    private final double[] priorityCumulative;
    private final ArrivalsFactory arrivalsFactory;

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
        this.pathway = scenario.pathway();
        this.policy = policy;
        this.arrivalsFactory = arrivalsFactory;
        this.alliances = scenario.alliances().stream().map(Alliance::id).toList();
        this.periods = new Periods(scenario.horizon(), scenario.target().reportingPeriod());
        this.weeks = scenario.horizon().weeks();
        this.horizonDays = weeks * 7;
        LocalDate start = scenario.horizon().start();
        this.dailyRates = new double[alliances.size()][];
        for (int a = 0; a < alliances.size(); a++) {
            dailyRates[a] = DailyRates.of(scenario.demand(), alliances.get(a), start, horizonDays);
        }
        this.ot = new Staffing(scenario.workforce().ot(), alliances, start, weeks);
        this.coach = new Staffing(scenario.workforce().coach(), alliances, start, weeks);
        Booking booking = scenario.bookingOrDefault();
        this.cycleWeeks = Math.max(1, (int) Math.round(booking.cycleDaysOrDefault() / 7.0));
        this.slotMinutes = pathway.firstAssessment().otMinutes();
        List<PriorityClass> classes = pathway.priorities();
        this.priorityCumulative = new double[classes.size()];
        double sum = 0;
        for (int i = 0; i < classes.size(); i++) {
            sum += classes.get(i).share();
            priorityCumulative[i] = sum;
        }
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
        Run run = new Run(streams);
        run.simulate();
        return run.recorder.finish(run.engine.eventsRun());
    }

    /** The mutable state of one replication. */
    private final class Run {
        final Engine engine = new Engine();
        final Recorder recorder = new Recorder(periods, alliances.size(), scenario.target().days(), scenario.target().attainment());
        final Census census = new Census(alliances.size());
        final List<Referral> all = new ArrayList<>();
        final List<List<Referral>> waiting = new ArrayList<>();
        final List<List<Referral>> caseload = new ArrayList<>();
        final List<ArrayDeque<Referral>> placeQueue = new ArrayList<>();
        final int[] groupPlacesUsed = new int[alliances.size()];
        final double[] assessmentBudget = new double[alliances.size()];
        final Arrivals[] arrivals = new Arrivals[alliances.size()];
        long nextId;

        final ContinuousSampler triageDelay;
        final UniformRandomProvider redirect;
        final UniformRandomProvider priority;
        final UniformRandomProvider initialPriority;
        final ContinuousSampler dropoutAfter;
        final UniformRandomProvider didNotAttend;
        final UniformRandomProvider mix;
        final ContinuousSampler lengthWeeks;
        final ContinuousSampler lengthBiasedWeeks;
        final UniformRandomProvider reReferral;
        final ContinuousSampler reReferralAfterWeeks;
        final UniformRandomProvider initial;

        Run(RandomStreams streams) {
            for (int a = 0; a < alliances.size(); a++) {
                waiting.add(new ArrayList<>());
                caseload.add(new ArrayList<>());
                placeQueue.add(new ArrayDeque<>());
                arrivals[a] = arrivalsFactory.arrivals(a, dailyRates[a], streams.stream(Source.ARRIVALS, a));
            }
            triageDelay = Samplers.of(pathway.triage().delayDays(), streams.stream(Source.TRIAGE, 0));
            redirect = streams.stream(Source.TRIAGE, 1);
            priority = streams.stream(Source.PRIORITY);
            // a separate stream, so a different initial list does not shift new referrals' priorities
            initialPriority = streams.stream(Source.PRIORITY, 1);
            double p = pathway.dropoutPerWeek();
            // A weekly hazard p is a constant daily rate -ln(1 - p)/7: the time to dropout is exponential.
            dropoutAfter = p <= 0 ? null : p >= 1 ? () -> 0 : ZigguratSampler.Exponential.of(streams.stream(Source.DROPOUT), 7 / -Math.log1p(-p));
            didNotAttend = streams.stream(Source.DID_NOT_ATTEND);
            mix = streams.stream(Source.INTERVENTION_MIX);
            lengthWeeks = Samplers.of(pathway.intervention().lengthWeeks(), streams.stream(Source.INTERVENTION_LENGTH, 0));
            lengthBiasedWeeks = Samplers.lengthBiased(pathway.intervention().lengthWeeks(), streams.stream(Source.INTERVENTION_LENGTH, 1));
            reReferral = streams.stream(Source.RE_REFERRAL, 0);
            reReferralAfterWeeks = pathway.reReferralAfterWeeks() == null ? null
                    : Samplers.of(pathway.reReferralAfterWeeks(), streams.stream(Source.RE_REFERRAL, 1));
            initial = streams.stream(Source.INITIAL_STATE);
        }

        void simulate() {
            startFromInitialState();
            for (int a = 0; a < alliances.size(); a++) {
                scheduleNextArrival(a, 0);
            }
            for (int w = 0; w < weeks; w++) {
                int week = w;
                engine.at(7.0 * w, PLAN, () -> planWeek(week));
                engine.at(7.0 * (w + 1), CENSUS, this::takeCensus);
            }
            engine.run(horizonDays);
            for (Referral r : all) {
                if (r.state == ReferralState.IN_TRIAGE || r.state == ReferralState.WAITING || r.state == ReferralState.BOOKED) {
                    recorder.leftUnassessed(r.referralDay, horizonDays, r.alliance);
                }
            }
            census.verify(all);
        }

        // ---- arrivals and the list ----

        void scheduleNextArrival(int a, double after) {
            double t = arrivals[a].nextAfter(after);
            if (t < horizonDays) {
                engine.at(t, EVENT, () -> {
                    refer(a);
                    scheduleNextArrival(a, t);
                });
            }
        }

        void refer(int a) {
            double now = engine.now();
            Referral r = new Referral(nextId++, a, now, drawPriority(), ReferralState.IN_TRIAGE);
            census.created(r);
            all.add(r);
            recorder.referral(now, a);
            recorder.waitingChanged(now, a, +1);
            engine.after(triageDelay.sample(), EVENT, () -> endTriage(r));
        }

        int drawPriority() {
            return drawPriority(priority);
        }

        int drawPriority(UniformRandomProvider rng) {
            double u = rng.nextDouble() * priorityCumulative[priorityCumulative.length - 1];
            for (int i = 0; i < priorityCumulative.length; i++) {
                if (u < priorityCumulative[i]) {
                    return i;
                }
            }
            return priorityCumulative.length - 1;
        }

        void endTriage(Referral r) {
            if (redirect.nextDouble() < pathway.triage().redirectedShare()) {
                census.move(r, ReferralState.IN_TRIAGE, ReferralState.REDIRECTED);
                recorder.redirected(engine.now(), r.alliance);
                recorder.waitingChanged(engine.now(), r.alliance, -1);
            } else {
                census.move(r, ReferralState.IN_TRIAGE, ReferralState.WAITING);
                demandFirstAssessment(r);
                joinList(r);
            }
        }

        /** The OT time someone new on the list will need, with the expected DNA rebookings: demand, whether met or not. */
        void demandFirstAssessment(Referral r) {
            double dna = pathway.firstAssessment().didNotAttendShare();
            recorder.otDemanded(engine.now(), r.alliance, dna < 1 ? slotMinutes / (1 - dna) : slotMinutes);
        }

        void joinList(Referral r) {
            waiting.get(r.alliance).add(r);
            if (dropoutAfter != null) {
                double at = engine.now() + dropoutAfter.sample();
                r.dropoutDay = at;
                if (at < horizonDays) {
                    engine.at(at, EVENT, () -> {
                        if (r.state == ReferralState.WAITING && r.dropoutDay == at) {
                            dropOut(r);
                        }
                    });
                }
            }
        }

        void dropOut(Referral r) {
            double now = engine.now();
            census.move(r, ReferralState.WAITING, ReferralState.DROPPED_OUT);
            waiting.get(r.alliance).remove(r);
            recorder.dropout(now, r.alliance);
            recorder.waitingChanged(now, r.alliance, -1);
            recorder.leftUnassessed(r.referralDay, now, r.alliance);
        }

        // ---- the weekly plan ----

        void planWeek(int week) {
            double now = engine.now();
            Intervention iv = pathway.intervention();
            double reviewMinutes = pathway.reviews().otMinutes();
            double reviewGapDays = pathway.reviews().intervalWeeks() * 7;
            for (int a = 0; a < alliances.size(); a++) {
                double available = ot.minutes(week, a);
                recorder.otAvailable(now, a, available);
                double left = available;
                List<Referral> due = new ArrayList<>();
                for (Referral r : caseload.get(a)) {
                    if (r.nextReviewDay < now + 7 && r.nextReviewDay < r.interventionEnd) {
                        due.add(r);
                        if (r.reviewDemandCounted != r.nextReviewDay) {
                            // an overdue review is demanded once, in the week it first fell due
                            r.reviewDemandCounted = r.nextReviewDay;
                            recorder.otDemanded(now, a, reviewMinutes);
                        }
                    }
                }
                due.sort(Comparator.comparingDouble((Referral r) -> r.nextReviewDay).thenComparingLong(r -> r.id));
                for (Referral r : due) {
                    if (left < reviewMinutes) {
                        break; // the rest stay overdue and come first next week
                    }
                    left -= reviewMinutes;
                    recorder.review(now, a, reviewMinutes);
                    r.nextReviewDay += reviewGapDays;
                }
                for (Referral r : caseload.get(a)) {
                    if (r.oneToOneWeeksLeft > 0) {
                        recorder.otDemanded(now, a, iv.oneToOne().sessionMinutes());
                        if (left >= iv.oneToOne().sessionMinutes()) {
                            left -= iv.oneToOne().sessionMinutes();
                            recorder.oneToOne(now, a, iv.oneToOne().sessionMinutes());
                        }
                        // a session missed for want of OT time is not made up: the weeks run on
                        if (--r.oneToOneWeeksLeft == 0 && r.needsGroupAfterOneToOne) {
                            placeQueue.get(a).add(r);
                        }
                    }
                }
                assessmentBudget[a] += left;
            }
            if (week % cycleWeeks == 0) {
                bookFirstAssessments(week);
            }
            for (int a = 0; a < alliances.size(); a++) {
                fillGroupPlaces(week, a);
            }
        }

        void bookFirstAssessments(int week) {
            double now = engine.now();
            LocalDate date = scenario.horizon().start().plusWeeks(week);
            double cycleDays = cycleWeeks * 7.0;
            double reserved = scenario.bookingOrDefault().urgentReservedShare();
            for (int a = 0; a < alliances.size(); a++) {
                int slots = (int) Math.floor(assessmentBudget[a] / slotMinutes);
                int urgentSlots = (int) Math.floor(slots * reserved);
                List<Referral> chosen = choose(date, alliances.get(a), waiting.get(a), slots, urgentSlots, now);
                for (int i = 0; i < chosen.size(); i++) {
                    assessmentBudget[a] -= slotMinutes;
                    book(chosen.get(i), a, now + (i + 0.5) * cycleDays / chosen.size());
                }
            }
            if (scenario.workforce().poolingOrDefault() == Pooling.COUNTY) {
                List<Referral> county = new ArrayList<>();
                int spare = 0;
                for (int a = 0; a < alliances.size(); a++) {
                    county.addAll(waiting.get(a));
                    spare += (int) Math.floor(assessmentBudget[a] / slotMinutes);
                }
                List<Referral> chosen = choose(date, "county", county, spare, 0, now);
                int donor = 0;
                for (int i = 0; i < chosen.size(); i++) {
                    while (assessmentBudget[donor] < slotMinutes) {
                        donor++;
                    }
                    assessmentBudget[donor] -= slotMinutes;
                    book(chosen.get(i), donor, now + (i + 0.5) * cycleDays / chosen.size());
                }
            }
            for (int a = 0; a < alliances.size(); a++) {
                assessmentBudget[a] %= slotMinutes; // the part-slot carries; whole unused slots were idle
            }
        }

        List<Referral> choose(LocalDate date, String alliance, List<Referral> list, int slots, int urgentSlots, double now) {
            if (slots <= 0 || list.isEmpty()) {
                return List.of();
            }
            Map<Long, Referral> byId = new HashMap<>();
            List<WaitingReferral> view = new ArrayList<>(list.size());
            Integer escalateAfter = pathway.escalation() == null ? null : pathway.escalation().afterDays();
            for (Referral r : list) {
                byId.put(r.id, r);
                double waited = now - r.referralDay;
                view.add(new WaitingReferral(r.id, alliances.get(r.alliance), r.referralDay, r.priority, waited,
                        escalateAfter != null && waited >= escalateAfter));
            }
            List<WaitingReferral> picked = policy.choose(new BookingCycle(date, alliance, List.copyOf(view), slots, urgentSlots));
            if (picked.size() > slots) {
                throw new IllegalStateException("booking policy booked " + picked.size() + " into " + slots + " slots");
            }
            List<Referral> chosen = new ArrayList<>(picked.size());
            Set<Long> seen = new HashSet<>();
            for (WaitingReferral w : picked) {
                Referral r = byId.get(w.id());
                if (r == null || !seen.add(w.id())) {
                    throw new IllegalStateException("booking policy chose " + w.id() + ", who is not waiting or was chosen twice");
                }
                chosen.add(r);
            }
            return chosen;
        }

        void book(Referral r, int otAlliance, double appointmentDay) {
            census.move(r, ReferralState.WAITING, ReferralState.BOOKED);
            waiting.get(r.alliance).remove(r);
            recorder.assessmentBooked(engine.now(), otAlliance, slotMinutes);
            if (appointmentDay < horizonDays) {
                engine.at(appointmentDay, EVENT, () -> attend(r));
            }
        }

        void attend(Referral r) {
            double now = engine.now();
            if (didNotAttend.nextDouble() < pathway.firstAssessment().didNotAttendShare()) {
                census.move(r, ReferralState.BOOKED, ReferralState.WAITING);
                joinList(r); // rebooked at the next cycle, keeping the original referral date
                return;
            }
            recorder.firstAssessment(now, r.alliance, now - r.referralDay);
            if (r.priority == 0 && priorityCumulative.length > 1) {
                recorder.urgentFirstAssessment(now, r.alliance, now - r.referralDay);
            }
            recorder.waitingChanged(now, r.alliance, -1);
            Intervention iv = pathway.intervention();
            r.lengthDays = lengthWeeks.sample() * 7;
            if (mix.nextDouble() < iv.groupShare()) {
                census.move(r, ReferralState.BOOKED, ReferralState.AWAITING_PLACE);
                r.placeWaitSince = now;
                placeQueue.get(r.alliance).add(r);
            } else {
                census.move(r, ReferralState.BOOKED, ReferralState.IN_INTERVENTION);
                r.oneToOneWeeksLeft = iv.oneToOne().weeks();
                r.needsGroupAfterOneToOne = iv.oneToOne().thenGroup();
                begin(r, Math.max(r.lengthDays, iv.oneToOne().weeks() * 7.0));
            }
        }

        void begin(Referral r, double lengthDays) {
            double now = engine.now();
            r.interventionEnd = now + lengthDays;
            r.nextReviewDay = now + pathway.reviews().intervalWeeks() * 7;
            caseload.get(r.alliance).add(r);
            if (r.interventionEnd < horizonDays) {
                engine.at(r.interventionEnd, EVENT, () -> discharge(r));
            }
        }

        void fillGroupPlaces(int week, int a) {
            double now = engine.now();
            Intervention iv = pathway.intervention();
            double coachMinutes = coach.minutes(week, a);
            double perSession = iv.sessionMinutes() + iv.setUpMinutes();
            int places = (int) Math.floor(coachMinutes / perSession) * iv.groupSize();
            ArrayDeque<Referral> queue = placeQueue.get(a);
            while (groupPlacesUsed[a] < places && !queue.isEmpty()) {
                Referral r = queue.poll();
                groupPlacesUsed[a]++;
                r.inGroup = true;
                if (r.state == ReferralState.AWAITING_PLACE) {
                    census.move(r, ReferralState.AWAITING_PLACE, ReferralState.IN_INTERVENTION);
                    recorder.placeStarted(now, a, now - r.placeWaitSince);
                    begin(r, r.lengthDays);
                }
            }
            int groups = (groupPlacesUsed[a] + iv.groupSize() - 1) / iv.groupSize();
            // everyone in a group or queued for one needs a place this week, whether or not there is a coach for it
            int needed = (groupPlacesUsed[a] + queue.size() + iv.groupSize() - 1) / iv.groupSize();
            recorder.coach(now, a, groups * perSession, coachMinutes, needed * perSession);
        }

        void discharge(Referral r) {
            double now = engine.now();
            census.move(r, ReferralState.IN_INTERVENTION, ReferralState.DISCHARGED);
            caseload.get(r.alliance).remove(r);
            if (r.inGroup) {
                groupPlacesUsed[r.alliance]--;
            } else if (r.needsGroupAfterOneToOne) {
                placeQueue.get(r.alliance).remove(r);
            }
            recorder.discharge(now, r.alliance, r.referralDay);
            if (pathway.reReferralShare() > 0 && reReferralAfterWeeks != null
                    && reReferral.nextDouble() < pathway.reReferralShare()) {
                double at = now + reReferralAfterWeeks.sample() * 7;
                if (at < horizonDays) {
                    int a = r.alliance;
                    engine.at(at, EVENT, () -> refer(a));
                }
            }
        }

        void takeCensus() {
            double now = engine.now();
            for (int a = 0; a < alliances.size(); a++) {
                int onList = census.count(a, ReferralState.IN_TRIAGE) + census.count(a, ReferralState.WAITING)
                        + census.count(a, ReferralState.BOOKED);
                recorder.census(now, a, onList, census.count(a, ReferralState.IN_INTERVENTION),
                        census.count(a, ReferralState.AWAITING_PLACE));
            }
        }

        // ---- initial state ----

        void startFromInitialState() {
            if (scenario.initialState() == null) {
                return;
            }
            for (AllianceState s : scenario.initialState().alliances()) {
                int a = alliances.indexOf(s.alliance());
                if (a < 0) {
                    throw new IllegalArgumentException("initial state names unknown alliance '" + s.alliance() + "'");
                }
                List<Integer> hist = s.waitingByWeeksWaited();
                for (int k = 0; k < hist.size(); k++) {
                    int n = hist.get(k);
                    for (int j = 0; j < n; j++) {
                        // spread evenly through the week band: deterministic, so hand checks are possible
                        double waited = 7 * (k + (j + 0.5) / n);
                        Referral r = new Referral(nextId++, a, -waited, drawPriority(initialPriority), ReferralState.WAITING);
                        census.created(r);
                        all.add(r);
                        recorder.waitingChanged(0, a, +1);
                        demandFirstAssessment(r);
                        joinList(r);
                    }
                }
                for (int i = 0; i < s.inService(); i++) {
                    Referral r = new Referral(nextId++, a, Double.NaN, 0, ReferralState.IN_INTERVENTION);
                    census.created(r);
                    all.add(r);
                    // someone met mid-intervention has a length-biased total length, of which a uniform share remains
                    double total = lengthBiasedWeeks.sample() * 7;
                    r.interventionEnd = initial.nextDouble() * total;
                    r.nextReviewDay = initial.nextDouble() * pathway.reviews().intervalWeeks() * 7;
                    r.inGroup = true;
                    groupPlacesUsed[a]++;
                    caseload.get(a).add(r);
                    if (r.interventionEnd < horizonDays) {
                        engine.at(r.interventionEnd, EVENT, () -> discharge(r));
                    }
                }
            }
        }
    }
}
