package waitlist.simulator.pathway;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

import waitlist.scenarios.AllianceState;
import waitlist.scenarios.AssessedPerson;
import waitlist.scenarios.Intervention;
import waitlist.scenarios.InterventionMode;
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
 * Turns a scenario's {@code initialState} into the people a run starts with: referrals on the waiting list (in triage,
 * waiting or booked), people assessed and waiting for a group place, and people in an intervention. Days count from the
 * horizon start (day 0), so someone referred three weeks before it has referral day −21. Everyone gets a {@link Fate}
 * from their own stream like any referral; what the scenario knows about them (priority, group or one-to-one, how long
 * they have been in triage or in service) overrides the drawn values.
 *
 * <p>Counts form (the bundled scenarios): the people of week band k are spread evenly through it (deterministic, so hand
 * checks are possible); each person in service has a length-biased total length of which a uniform share remains, a
 * uniform phase in the review cycle, and a group place.
 *
 * <p>Person-by-person form (from {@code waitlist import}): referral dates and priority classes as given (a class not
 * given is their fate's). Someone in triage finishes it after a triage time drawn given it has already lasted since
 * referral ({@link Remaining}). Someone booked is seen in the first booking cycle (appointments spread evenly over it,
 * taking slots out of that cycle's OT time). Someone in service who started e days ago gets a total length drawn from the
 * length law given that it exceeds e, and reviews every review interval counted from their start; one-to-one clients
 * within their one-to-one weeks carry on with them, the rest hold a group place. Their mode, when not given, is their
 * fate's (drawn by the pathway's group share). The extra uniforms these need come from the person's own stream, after
 * the fate's.
 */
final class InitialState {

    /** What the run does with each person the initial state starts it with. */
    interface Placement {
        /**
         * A new person with a fate from their own stream ({@code rng}), adjusted by {@code known}, counted in (census; the
         * waiting-list tally when in triage or waiting).
         */
        Referral referral(int alliance, int kind, long number, double referralDay, ReferralState state, UniformRandomProvider rng,
                          UnaryOperator<Fate> known);

        /** On the list from day 0. */
        void joinList(Referral r);

        /** Triage ends on {@code day}. */
        void endTriage(Referral r, double day);

        /** Booked from the first cycle's OT time, seen on {@code appointmentDay}. */
        void book(Referral r, double appointmentDay);

        /** In the queue for a group place (after those queued before). */
        void awaitPlace(Referral r);

        /** In an intervention: on the caseload, in a group place if {@code inGroup}, discharged at {@code interventionEnd}. */
        void inService(Referral r);
    }

    private final Scenario scenario;
    private final Pathway pathway;
    private final List<String> alliances;
    private final double cycleDays;
    private final Remaining remainingLength;
    private final Remaining remainingTriage;

    InitialState(Scenario scenario, List<String> alliances, double cycleDays) {
        this.scenario = scenario;
        this.pathway = scenario.pathway();
        this.alliances = alliances;
        this.cycleDays = cycleDays;
        this.remainingLength = new Remaining(pathway.intervention().lengthWeeks());
        this.remainingTriage = new Remaining(pathway.triage().delayDays());
    }

    /** Places everyone, drawing from this replication's streams. */
    void place(RandomStreams streams, Placement to) {
        if (scenario.initialState() == null) {
            return;
        }
        // shared by the counts form's people in service, in alliance order, as before the person-by-person form existed
        ContinuousSampler lengthBiasedWeeks = Samplers.lengthBiased(pathway.intervention().lengthWeeks(),
                streams.stream(Source.INTERVENTION_LENGTH, 1));
        UniformRandomProvider phase = streams.stream(Source.INITIAL_STATE);
        for (AllianceState s : scenario.initialState().alliances()) {
            int a = alliances.indexOf(s.alliance());
            if (a < 0) {
                throw new IllegalArgumentException("initial state names unknown alliance '" + s.alliance() + "'");
            }
            People people = new People(a, streams, to);
            people.countedWaiting(s.waitingByWeeksWaitedOrEmpty());
            people.countedInService(s.inService(), lengthBiasedWeeks, phase);
            people.waiting(s.waitingOrEmpty());
            people.awaitingPlace(s.awaitingPlaceOrEmpty());
            people.caseload(s.caseloadOrEmpty());
        }
    }

    /** One alliance's people, numbered by kind so each has a stream of their own. */
    private final class People {
        final int alliance;
        final RandomStreams streams;
        final Placement to;
        long waitingNumber;
        long inServiceNumber;
        long awaitingNumber;

        People(int alliance, RandomStreams streams, Placement to) {
            this.alliance = alliance;
            this.streams = streams;
            this.to = to;
        }

        Referral person(int kind, long number, double referralDay, ReferralState state, UnaryOperator<Fate> known, UniformRandomProvider rng) {
            return to.referral(alliance, kind, number, referralDay, state, rng, known);
        }

        UniformRandomProvider stream(int kind, long number) {
            return streams.fate(alliance, kind, number, 0);
        }

        void countedWaiting(List<Integer> bands) {
            for (int k = 0; k < bands.size(); k++) {
                int n = bands.get(k);
                for (int j = 0; j < n; j++) {
                    // spread evenly through the week band: deterministic, so hand checks are possible
                    double waited = 7 * (k + (j + 0.5) / n);
                    long number = waitingNumber++;
                    Referral r = person(Referral.WAITING_AT_START, number, -waited, ReferralState.WAITING, f -> f,
                            stream(Referral.WAITING_AT_START, number));
                    to.joinList(r);
                }
            }
        }

        void countedInService(int count, ContinuousSampler lengthBiasedWeeks, UniformRandomProvider phase) {
            for (int i = 0; i < count; i++) {
                long number = inServiceNumber++;
                Referral r = person(Referral.IN_SERVICE_AT_START, number, Double.NaN, ReferralState.IN_INTERVENTION, f -> f,
                        stream(Referral.IN_SERVICE_AT_START, number));
                // someone met mid-intervention has a length-biased total length, of which a uniform share remains
                double total = lengthBiasedWeeks.sample() * 7;
                r.interventionEnd = phase.nextDouble() * total;
                r.nextReviewDay = phase.nextDouble() * pathway.reviews().intervalWeeks() * 7;
                r.inGroup = true;
                to.inService(r);
            }
        }

        void waiting(List<WaitingPerson> waiting) {
            List<Referral> booked = new ArrayList<>();
            for (WaitingPerson p : waiting) {
                long number = waitingNumber++;
                UniformRandomProvider rng = stream(Referral.WAITING_AT_START, number);
                double referralDay = day(p.referred());
                WaitingStatus status = p.statusOrDefault();
                UnaryOperator<Fate> known = p.priority() == null ? f -> f : f -> withPriority(f, priorityIndex(p.priority()));
                Referral r = person(Referral.WAITING_AT_START, number, referralDay,
                        status == WaitingStatus.IN_TRIAGE ? ReferralState.IN_TRIAGE : ReferralState.WAITING, known, rng);
                switch (status) {
                    case IN_TRIAGE -> to.endTriage(r, remainingTriage.sample(-referralDay, rng));
                    case WAITING -> to.joinList(r);
                    case BOOKED -> booked.add(r);
                }
            }
            for (int i = 0; i < booked.size(); i++) {
                to.book(booked.get(i), (i + 0.5) * cycleDays / booked.size());
            }
        }

        void awaitingPlace(List<AssessedPerson> assessed) {
            for (AssessedPerson p : assessed) {
                long number = awaitingNumber++;
                // waiting for a group place: whatever their fate drew, they are in the group stream now
                Referral r = person(Referral.AWAITING_PLACE_AT_START, number, Double.NaN, ReferralState.AWAITING_PLACE,
                        f -> withGroup(f, true), stream(Referral.AWAITING_PLACE_AT_START, number));
                r.placeWaitSince = day(p.assessed());
                to.awaitPlace(r);
            }
        }

        void caseload(List<PersonInService> caseload) {
            Intervention iv = pathway.intervention();
            double oneToOneDays = iv.oneToOne().weeks() * 7.0;
            double reviewGapDays = pathway.reviews().intervalWeeks() * 7;
            for (PersonInService p : caseload) {
                long number = inServiceNumber++;
                UniformRandomProvider rng = stream(Referral.IN_SERVICE_AT_START, number);
                double elapsed = -day(p.started());
                UnaryOperator<Fate> known = p.mode() == null ? f -> f : f -> withGroup(f, p.mode() == InterventionMode.GROUP);
                Referral r = person(Referral.IN_SERVICE_AT_START, number, Double.NaN, ReferralState.IN_INTERVENTION, known, rng);
                double totalDays;
                if (r.fate.group()) {
                    totalDays = elapsed + 7 * remainingLength.sample(elapsed / 7, rng);
                    r.inGroup = true;
                } else {
                    // the model's one-to-one intervention lasts max(length, one-to-one weeks): past those weeks, condition
                    // the length on having lasted this long; within them, any length qualifies
                    double conditionOn = elapsed < oneToOneDays ? 0 : elapsed;
                    totalDays = Math.max(oneToOneDays, conditionOn + 7 * remainingLength.sample(conditionOn / 7, rng));
                    int weeksLeft = iv.oneToOne().weeks() - (int) Math.floor(elapsed / 7);
                    r.needsGroupAfterOneToOne = iv.oneToOne().thenGroup();
                    if (weeksLeft > 0) {
                        r.oneToOneWeeksLeft = weeksLeft;
                    } else {
                        r.inGroup = iv.oneToOne().thenGroup();
                    }
                }
                r.interventionEnd = totalDays - elapsed;
                // reviews fall every interval from the start: the next one on or after day 0
                double reviewsDone = Math.max(1, Math.ceil(elapsed / reviewGapDays));
                r.nextReviewDay = reviewsDone * reviewGapDays - elapsed;
                to.inService(r);
            }
        }
    }

    private static Fate withPriority(Fate f, int priority) {
        return new Fate(f.triageDays(), f.redirected(), priority, f.patienceDays(), f.missDraw(), f.group(), f.lengthDays(),
                f.reReferred(), f.reReferralAfterDays());
    }

    private static Fate withGroup(Fate f, boolean group) {
        return new Fate(f.triageDays(), f.redirected(), f.priority(), f.patienceDays(), f.missDraw(), group, f.lengthDays(),
                f.reReferred(), f.reReferralAfterDays());
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
