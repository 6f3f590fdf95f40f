package waitlist.simulator.pathway;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

import waitlist.scenarios.AllianceState;
import waitlist.scenarios.AssessedPerson;
import waitlist.scenarios.InterventionMode;
import waitlist.scenarios.Intervention;
import waitlist.scenarios.Pathway;
import waitlist.scenarios.PersonInService;
import waitlist.scenarios.PriorityClass;
import waitlist.scenarios.Scenario;
import waitlist.scenarios.WaitingPerson;
import waitlist.scenarios.WaitingStatus;
import waitlist.simulator.random.RandomStreams;
import waitlist.simulator.random.Remaining;
import waitlist.simulator.random.Samplers;
import waitlist.simulator.random.Source;

/**
 * Turns a scenario's {@code initialState} into the people a run starts with: referrals on the
 * waiting list (in triage, waiting or booked), people assessed and waiting for a group place, and
 * people in an intervention. Days count from the horizon start (day 0), so someone referred three
 * weeks before it has referral day −21.
 *
 * <p>Counts form (the bundled scenarios): the people of week band k are spread evenly through it
 * (deterministic, so hand checks are possible) and given priority classes by their shares; each
 * person in service has a length-biased total length of which a uniform share remains, a uniform
 * phase in the review cycle, and a group place.
 *
 * <p>Person-by-person form (from {@code waitlist import}): referral dates and priority classes as
 * given. Someone in triage finishes it after the triage delay drawn given it has already lasted
 * since referral. Someone booked is seen in the first booking cycle (appointments spread evenly
 * over it, taking slots out of that cycle's OT time). Someone in service who started e days ago
 * gets a total length drawn from the length law given that it exceeds e ({@link Remaining}), and
 * reviews every review interval counted from their start; one-to-one clients within their
 * one-to-one weeks carry on with them, the rest hold a group place. Their mode, when not given, is
 * drawn by the pathway's group share.
 */
final class InitialState {

    /** What the run does with each person the initial state starts it with. */
    interface Placement {
        /** A new referral, counted in (census; the waiting-list tally when in triage or waiting). */
        Referral referral(int alliance, double referralDay, int priority, ReferralState state);

        /** On the list from day 0 (dropout clock starts). */
        void joinList(Referral r);

        /** Triage ends on {@code day}. */
        void endTriage(Referral r, double day);

        /** Booked from the first cycle's OT time, seen on {@code appointmentDay}. */
        void book(Referral r, double appointmentDay);

        /** In the queue for a group place (after those placed before). */
        void awaitPlace(Referral r);

        /** In an intervention: on the caseload, holding a group place if {@code inGroup}, discharged at {@code interventionEnd}. */
        void inService(Referral r);
    }

    private final Scenario scenario;
    private final Pathway pathway;
    private final List<String> alliances;
    private final double[] priorityCumulative;
    private final double cycleDays;
    private final Remaining remainingLength;
    private final Remaining remainingTriage;

    InitialState(Scenario scenario, List<String> alliances, double[] priorityCumulative, double cycleDays) {
        this.scenario = scenario;
        this.pathway = scenario.pathway();
        this.alliances = alliances;
        this.priorityCumulative = priorityCumulative;
        this.cycleDays = cycleDays;
        this.remainingLength = new Remaining(pathway.intervention().lengthWeeks());
        this.remainingTriage = new Remaining(pathway.triage().delayDays());
    }

    /** Places everyone, drawing from this replication's streams. */
    void place(RandomStreams streams, Placement to) {
        if (scenario.initialState() == null) {
            return;
        }
        Draws draws = new Draws(streams);
        for (AllianceState s : scenario.initialState().alliances()) {
            int a = alliances.indexOf(s.alliance());
            if (a < 0) {
                throw new IllegalArgumentException("initial state names unknown alliance '" + s.alliance() + "'");
            }
            countedWaiting(a, s.waitingByWeeksWaitedOrEmpty(), draws, to);
            countedInService(a, s.inService(), draws, to);
            waiting(a, s.waitingOrEmpty(), draws, to);
            awaitingPlace(a, s.awaitingPlaceOrEmpty(), draws, to);
            caseload(a, s.caseloadOrEmpty(), draws, to);
        }
    }

    /** The random streams of the initial state, one per use, so changing one part does not shift another. */
    private final class Draws {
        // the first three as before person-by-person lists existed, so the counts form draws the same numbers
        final UniformRandomProvider priority;
        final ContinuousSampler lengthBiasedWeeks;
        final UniformRandomProvider phase;
        final UniformRandomProvider remaining;
        final UniformRandomProvider mode;
        final ContinuousSampler placeLengthWeeks;
        final UniformRandomProvider triage;

        Draws(RandomStreams streams) {
            priority = streams.stream(Source.PRIORITY, 1);
            lengthBiasedWeeks = Samplers.lengthBiased(pathway.intervention().lengthWeeks(), streams.stream(Source.INTERVENTION_LENGTH, 1));
            phase = streams.stream(Source.INITIAL_STATE);
            remaining = streams.stream(Source.INITIAL_STATE, 1);
            mode = streams.stream(Source.INITIAL_STATE, 2);
            placeLengthWeeks = Samplers.of(pathway.intervention().lengthWeeks(), streams.stream(Source.INITIAL_STATE, 3));
            triage = streams.stream(Source.INITIAL_STATE, 4);
        }
    }

    private void countedWaiting(int a, List<Integer> bands, Draws draws, Placement to) {
        for (int k = 0; k < bands.size(); k++) {
            int n = bands.get(k);
            for (int j = 0; j < n; j++) {
                double waited = 7 * (k + (j + 0.5) / n);
                Referral r = to.referral(a, -waited, ReconnectModel.drawPriority(priorityCumulative, draws.priority), ReferralState.WAITING);
                to.joinList(r);
            }
        }
    }

    private void countedInService(int a, int count, Draws draws, Placement to) {
        for (int i = 0; i < count; i++) {
            Referral r = to.referral(a, Double.NaN, 0, ReferralState.IN_INTERVENTION);
            // someone met mid-intervention has a length-biased total length, of which a uniform share remains
            double total = draws.lengthBiasedWeeks.sample() * 7;
            r.interventionEnd = draws.phase.nextDouble() * total;
            r.nextReviewDay = draws.phase.nextDouble() * pathway.reviews().intervalWeeks() * 7;
            r.inGroup = true;
            to.inService(r);
        }
    }

    private void waiting(int a, List<WaitingPerson> people, Draws draws, Placement to) {
        List<Referral> booked = new ArrayList<>();
        for (WaitingPerson p : people) {
            double referralDay = day(p.referred());
            int priority = p.priority() == null
                    ? ReconnectModel.drawPriority(priorityCumulative, draws.priority)
                    : priorityIndex(p.priority());
            WaitingStatus status = p.statusOrDefault();
            Referral r = to.referral(a, referralDay, priority,
                    status == WaitingStatus.IN_TRIAGE ? ReferralState.IN_TRIAGE : ReferralState.WAITING);
            switch (status) {
                case IN_TRIAGE -> to.endTriage(r, remainingTriage.sample(-referralDay, draws.triage));
                case WAITING -> to.joinList(r);
                case BOOKED -> booked.add(r);
            }
        }
        for (int i = 0; i < booked.size(); i++) {
            to.book(booked.get(i), (i + 0.5) * cycleDays / booked.size());
        }
    }

    private void awaitingPlace(int a, List<AssessedPerson> people, Draws draws, Placement to) {
        for (AssessedPerson p : people) {
            Referral r = to.referral(a, Double.NaN, 0, ReferralState.AWAITING_PLACE);
            r.placeWaitSince = day(p.assessed());
            r.lengthDays = draws.placeLengthWeeks.sample() * 7;
            to.awaitPlace(r);
        }
    }

    private void caseload(int a, List<PersonInService> people, Draws draws, Placement to) {
        Intervention iv = pathway.intervention();
        double oneToOneDays = iv.oneToOne().weeks() * 7.0;
        double reviewGapDays = pathway.reviews().intervalWeeks() * 7;
        for (PersonInService p : people) {
            double elapsed = -day(p.started());
            InterventionMode mode = p.mode() != null ? p.mode()
                    : draws.mode.nextDouble() < iv.groupShare() ? InterventionMode.GROUP : InterventionMode.ONE_TO_ONE;
            Referral r = to.referral(a, Double.NaN, 0, ReferralState.IN_INTERVENTION);
            double totalDays;
            if (mode == InterventionMode.GROUP) {
                totalDays = elapsed + 7 * remainingLength.sample(elapsed / 7, draws.remaining);
                r.inGroup = true;
            } else {
                // the model's one-to-one intervention lasts max(length, one-to-one weeks): past those weeks,
                // condition the length on having lasted this long; within them, any length qualifies
                double conditionOn = elapsed < oneToOneDays ? 0 : elapsed;
                totalDays = Math.max(oneToOneDays, conditionOn + 7 * remainingLength.sample(conditionOn / 7, draws.remaining));
                int weeksLeft = iv.oneToOne().weeks() - (int) Math.floor(elapsed / 7);
                r.needsGroupAfterOneToOne = iv.oneToOne().thenGroup();
                if (weeksLeft > 0) {
                    r.oneToOneWeeksLeft = weeksLeft;
                } else {
                    r.inGroup = iv.oneToOne().thenGroup();
                }
            }
            r.lengthDays = totalDays;
            r.interventionEnd = totalDays - elapsed;
            // reviews fall every interval from the start: the next one on or after day 0
            double reviewsDone = Math.max(1, Math.ceil(elapsed / reviewGapDays));
            r.nextReviewDay = reviewsDone * reviewGapDays - elapsed;
            to.inService(r);
        }
    }

    private int priorityIndex(String name) {
        List<PriorityClass> classes = pathway.priorities();
        for (int i = 0; i < classes.size(); i++) {
            if (classes.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("initial state names unknown priority class '" + name + "'");
    }

    /** Days from the horizon start (negative before it). */
    private double day(LocalDate date) {
        return ChronoUnit.DAYS.between(scenario.horizon().start(), date);
    }
}
