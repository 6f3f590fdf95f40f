package waitlist.simulator.pathway;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.apache.commons.rng.UniformRandomProvider;

import waitlist.scenarios.Intervention;
import waitlist.scenarios.Pathway;
import waitlist.scenarios.Scenario;
import waitlist.simulator.arrivals.Arrivals;
import waitlist.simulator.engine.Engine;
import waitlist.simulator.random.RandomStreams;
import waitlist.simulator.random.Source;
import waitlist.simulator.results.Recorder;
import waitlist.simulator.results.ReplicationResult;

/**
 * One replication of the Reconnect pathway: a referral's life from arrival through triage, the list, first assessment
 * (with the appointments their fate says they miss), an intervention and discharge, and perhaps a re-referral; the weekly
 * census. The weekly OT plan, booking, the list and group places are each their own class; this one moves people between
 * them.
 */
final class PathwayRun {

    private final ReconnectModel model;
    private final Scenario scenario;
    private final Pathway pathway;
    private final RandomStreams streams;
    private final int alliances;
    private final int horizonDays;

    final Engine engine = new Engine();
    final Recorder recorder;
    private final Census census;
    private final List<List<Referral>> caseload = new ArrayList<>();
    private final Arrivals[] arrivals;
    private final long[] referred;
    private final WaitingList list;
    private final GroupPlaces places;
    private final WeeklyOtPlan otPlan;
    private final AssessmentBooking booking;

    PathwayRun(ReconnectModel model, RandomStreams streams) {
        this.model = model;
        this.scenario = model.scenario();
        this.pathway = scenario.pathway();
        this.streams = streams;
        this.alliances = model.alliances().size();
        this.horizonDays = model.periods().horizonDays();
        this.recorder = new Recorder(model.periods(), alliances, scenario.target().days(), scenario.target().attainment());
        this.census = new Census(alliances);
        this.arrivals = new Arrivals[alliances];
        this.referred = new long[alliances];
        for (int a = 0; a < alliances; a++) {
            caseload.add(new ArrayList<>());
            arrivals[a] = model.arrivals(a, streams.stream(Source.ARRIVALS, a));
        }
        this.list = new WaitingList(alliances, engine, recorder, census, horizonDays);
        this.places = new GroupPlaces(alliances, pathway.intervention(), model.coach(), recorder, census);
        this.otPlan = new WeeklyOtPlan(pathway, model.ot(), recorder, places);
        this.booking = new AssessmentBooking(scenario, model.alliances(), model.policy(), model::slotMinutesInWeek, model.cycleWeeks(),
                engine, recorder, census, list, this::attend, horizonDays);
    }

    ReplicationResult run() {
        startFromInitialState();
        for (int a = 0; a < alliances; a++) {
            scheduleNextArrival(a, 0);
        }
        // each week's plan schedules its census and the next week's plan, rather than the whole calendar up front: that
        // would make the event queue as long as the horizon has weeks, and every event pay for its depth (they run first
        // at their times by priority, so the order is the same either way)
        if (horizonDays >= 7) {
            engine.at(0, ReconnectModel.PLAN, () -> planWeek(0));
        }
        engine.run(horizonDays);
        // (each adds whole counts, so the order they are visited in changes no bit)
        for (Referral r : census.open()) {
            if (r.state == ReferralState.IN_TRIAGE || r.state == ReferralState.WAITING || r.state == ReferralState.BOOKED) {
                recorder.leftUnassessed(r.referralDay, horizonDays, r.alliance);
            }
        }
        census.verify(census.open());
        return recorder.finish(engine.eventsRun());
    }

    // ---- arrivals, triage and the list ----

    private void scheduleNextArrival(int a, double after) {
        double t = arrivals[a].nextAfter(after);
        if (t < horizonDays) {
            engine.at(t, ReconnectModel.EVENT, () -> {
                refer(a, Referral.NEW, referred[a]++, 0);
                scheduleNextArrival(a, t);
            });
        }
    }

    private Referral create(int a, int kind, long number, int generation, double referralDay, ReferralState state) {
        Fate fate = model.fates().draw(streams.fate(a, kind, number, generation));
        Referral r = new Referral(a, kind, number, generation, referralDay, fate, state);
        census.created(r);
        return r;
    }

    private void refer(int a, int kind, long number, int generation) {
        double now = engine.now();
        Referral r = create(a, kind, number, generation, now, ReferralState.IN_TRIAGE);
        recorder.referral(now, a);
        recorder.waitingChanged(now, a, +1);
        engine.after(r.fate.triageDays(), ReconnectModel.EVENT, () -> endTriage(r));
    }

    private void endTriage(Referral r) {
        if (r.fate.redirected()) {
            census.move(r, ReferralState.IN_TRIAGE, ReferralState.REDIRECTED);
            recorder.redirected(engine.now(), r.alliance);
            recorder.waitingChanged(engine.now(), r.alliance, -1);
        } else {
            census.move(r, ReferralState.IN_TRIAGE, ReferralState.WAITING);
            demandFirstAssessment(r);
            list.join(r);
        }
    }

    /**
     * The OT time someone new on the list will need, with the expected DNA rebookings, at today's slot length and DNA
     * share: demand, whether met or not.
     */
    private void demandFirstAssessment(Referral r) {
        double now = engine.now();
        double dna = Math.exp(model.logDidNotAttend(now));
        double slot = model.slotMinutes(now);
        recorder.otDemanded(now, r.alliance, dna < 1 ? slot / (1 - dna) : slot);
    }

    // ---- the week ----

    private void planWeek(int week) {
        double now = engine.now();
        engine.at(now + 7, ReconnectModel.CENSUS, this::takeCensus);
        if (week + 1 < horizonDays / 7) {
            engine.at(now + 7, ReconnectModel.PLAN, () -> planWeek(week + 1));
        }
        for (int a = 0; a < alliances; a++) {
            recorder.staffCost(now, a, model.ot().cost(week, a), model.coach().cost(week, a));
            booking.addTime(a, otPlan.plan(week, a, now, caseload.get(a)));
        }
        if (booking.cycleStarts(week)) {
            booking.bookCycle(week);
        }
        for (int a = 0; a < alliances; a++) {
            places.fill(week, a, now, this::beginInGroup);
        }
    }

    private void takeCensus() {
        double now = engine.now();
        for (int a = 0; a < alliances; a++) {
            int onList = census.count(a, ReferralState.IN_TRIAGE) + census.count(a, ReferralState.WAITING)
                    + census.count(a, ReferralState.BOOKED);
            recorder.census(now, a, onList, census.count(a, ReferralState.IN_INTERVENTION), census.count(a, ReferralState.AWAITING_PLACE));
        }
    }

    // ---- first assessment, intervention, discharge ----

    private void attend(Referral r) {
        double now = engine.now();
        if (r.missesAppointment(model.logDidNotAttend(now))) {
            census.move(r, ReferralState.BOOKED, ReferralState.WAITING);
            list.join(r); // rebooked at the next cycle, keeping the original referral date
            return;
        }
        recorder.firstAssessment(now, r.alliance, now - r.referralDay);
        if (r.priority() == 0 && model.fates().priorityClasses() > 1) {
            recorder.urgentFirstAssessment(now, r.alliance, now - r.referralDay);
        }
        recorder.waitingChanged(now, r.alliance, -1);
        Intervention iv = pathway.intervention();
        if (r.fate.group()) {
            census.move(r, ReferralState.BOOKED, ReferralState.AWAITING_PLACE);
            r.placeWaitSince = now;
            places.queue(r);
        } else {
            census.move(r, ReferralState.BOOKED, ReferralState.IN_INTERVENTION);
            r.oneToOneWeeksLeft = iv.oneToOne().weeks();
            r.needsGroupAfterOneToOne = iv.oneToOne().thenGroup();
            begin(r, Math.max(r.fate.lengthDays(), iv.oneToOne().weeks() * 7.0));
        }
    }

    private void beginInGroup(Referral r) {
        begin(r, r.fate.lengthDays());
    }

    private void begin(Referral r, double lengthDays) {
        double now = engine.now();
        r.interventionEnd = now + lengthDays;
        r.nextReviewDay = now + pathway.reviews().intervalWeeks() * 7;
        caseload.get(r.alliance).add(r);
        if (r.interventionEnd < horizonDays) {
            engine.at(r.interventionEnd, ReconnectModel.EVENT, () -> discharge(r));
        }
    }

    private void discharge(Referral r) {
        double now = engine.now();
        census.move(r, ReferralState.IN_INTERVENTION, ReferralState.DISCHARGED);
        caseload.get(r.alliance).remove(r);
        places.leave(r);
        recorder.discharge(now, r.alliance, r.referralDay);
        if (r.fate.reReferred()) {
            double at = now + r.fate.reReferralAfterDays();
            if (at < horizonDays) {
                engine.at(at, ReconnectModel.EVENT, () -> refer(r.alliance, r.kind, r.number, r.generation + 1));
            }
        }
    }

    // ---- initial state ----

    private void startFromInitialState() {
        model.initialState().place(streams, new InitialState.Placement() {
            @Override
            public Referral referral(int a, int kind, long number, double referralDay, ReferralState state, UniformRandomProvider rng,
                                     UnaryOperator<Fate> known) {
                Referral r = new Referral(a, kind, number, 0, referralDay, known.apply(model.fates().draw(rng)), state);
                census.created(r);
                if (state == ReferralState.IN_TRIAGE || state == ReferralState.WAITING) {
                    recorder.waitingChanged(0, a, +1);
                }
                return r;
            }

            @Override
            public void joinList(Referral r) {
                demandFirstAssessment(r);
                list.join(r);
            }

            @Override
            public void endTriage(Referral r, double day) {
                engine.at(day, ReconnectModel.EVENT, () -> PathwayRun.this.endTriage(r));
            }

            @Override
            public void book(Referral r, double appointmentDay) {
                demandFirstAssessment(r);
                booking.bookAtStart(r, appointmentDay);
            }

            @Override
            public void awaitPlace(Referral r) {
                places.queue(r);
            }

            @Override
            public void inService(Referral r) {
                if (r.inGroup) {
                    places.seat(r);
                }
                caseload.get(r.alliance).add(r);
                if (r.interventionEnd < horizonDays) {
                    engine.at(r.interventionEnd, ReconnectModel.EVENT, () -> discharge(r));
                }
            }
        });
    }
}
