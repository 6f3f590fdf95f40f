package waitlist.simulator.network;

import java.util.ArrayList;
import java.util.List;

import java.util.function.DoubleUnaryOperator;

import org.apache.commons.rng.UniformRandomProvider;

import waitlist.scenarios.Alliance;
import waitlist.scenarios.Network;
import waitlist.scenarios.Scenario;
import waitlist.scenarios.Stage;
import waitlist.scenarios.StageGraph;
import waitlist.simulator.ConservationViolation;
import waitlist.simulator.ReplicationModel;
import waitlist.simulator.arrivals.Arrivals;
import waitlist.simulator.arrivals.DailyRates;
import waitlist.simulator.arrivals.PoissonArrivals;
import waitlist.simulator.engine.Engine;
import waitlist.simulator.random.QuantileTable;
import waitlist.simulator.random.RandomStreams;
import waitlist.simulator.random.Source;
import waitlist.simulator.results.Periods;
import waitlist.simulator.results.Recorder;
import waitlist.simulator.results.ReplicationResult;
import waitlist.simulator.results.StageRecorder;

/**
 * A generic network of stages on the event engine (the Connect programme, or the M/M/c queue as
 * its one-stage special case). Referrals arrive per alliance as in the pathway model. A stage
 * starts for a person once all stages in its {@code after} list (for the person's alliance) are
 * done, so stages with the same predecessors run in parallel (fork) and a stage after several waits
 * for all of them (join). Each stage has places, in one county-wide pool, one pool per alliance, or
 * no limit; each pool serves its queue first come first served the moment a place is free.
 *
 * <p>Blocking: a stage with {@code holdsUntil} keeps the person's place after its own work is done
 * until they start the named later stage (or until that stage is skipped), so a reablement place
 * stays taken while onward care is arranged. Routing: after a stage with {@code exitShare}, that
 * share of people leave, skipping every stage downstream of it.
 *
 * <p>A person's random fate is drawn when they are referred, from a stream of their own keyed by
 * who they are (alliance and number among its referrals): two uniforms per stage, always in stage
 * order, one inverted into the stage's service time and one deciding whether they leave after it.
 * Two scenarios that differ only in how stages are ordered, held or staffed therefore give the same
 * person the same durations and route, and a changed duration law moves each person's time
 * monotonically from the same uniform: their differences are the design's, not the dice's.
 *
 * <p>Reported: "first assessment" is the start of the clock-stopping stage; the waiting list is
 * everyone whose clock still runs; the caseload is everyone past it but not yet through every
 * stage; per-stage figures go to a {@link StageRecorder}.
 */
public final class NetworkModel implements ReplicationModel {

    private static final int EVENT = 0;
    private static final int CENSUS = -1;
    /** How a person came into a network, for their fate stream: every one is a new referral. */
    private static final int REFERRED = 0;

    /** A stage's progress for one person. */
    private static final byte PENDING = 0;
    private static final byte QUEUED = 1;
    private static final byte WORKING = 2;
    private static final byte HELD = 3;
    private static final byte DONE = 4;
    private static final byte SKIPPED = 5;

    private final Scenario scenario;
    private final List<String> alliances;
    private final Periods periods;
    private final List<String> stageIds;
    private final List<Stage> stages;
    /** [alliance][stage]: who follows a stage, how many stages it waits for, and everything downstream of it. */
    private final int[][][] successors;
    private final int[][] predecessorCount;
    private final int[][][] downstream;
    /** [stage]: the stage it holds its place until (-1: none); the stages that hold until it. */
    private final int[] holdsUntil;
    private final int[][] holders;
    private final double[] exitShare;
    /** [stage]: a uniform to the stage's service days (inverse distribution function). */
    private final DoubleUnaryOperator[] serviceDays;
    /** [stage][alliance]: the pool of places a person uses (-1: no limit). */
    private final int[][] poolOf;
    private final int[] poolPlaces;
    /** [stage][area]: places for reporting occupancy; NaN where not defined. */
    private final double[][] placesByArea;
    private final int clockStop;
    private final double[][] dailyRates;
    private final int horizonDays;
    private final ArrivalsFactory arrivalsFactory;

    /** Makes the arrival process of one alliance; tests replace Poisson arrivals with fixed ones. */
    @FunctionalInterface
    public interface ArrivalsFactory {
        Arrivals arrivals(int alliance, double[] dailyRates, UniformRandomProvider rng);
    }

    public NetworkModel(Scenario scenario) {
        this(scenario, (a, rates, rng) -> new PoissonArrivals(rates, rng));
    }

    /** Expects a scenario that passed {@code ScenarioCheck}; throws IllegalArgumentException on the faults that would break a run. */
    public NetworkModel(Scenario scenario, ArrivalsFactory arrivalsFactory) {
        Network network = scenario.network();
        if (network == null || network.stages() == null || network.stages().isEmpty()) {
            throw new IllegalArgumentException("a network scenario needs at least one stage");
        }
        this.scenario = scenario;
        this.arrivalsFactory = arrivalsFactory;
        this.alliances = scenario.alliances().stream().map(Alliance::id).toList();
        this.periods = new Periods(scenario.horizon(), scenario.target().reportingPeriod());
        this.horizonDays = scenario.horizon().weeks() * 7;
        this.stageIds = network.stageIds();
        this.stages = stageIds.stream().map(network.stages()::get).toList();
        int n = stages.size();
        successors = new int[alliances.size()][][];
        predecessorCount = new int[alliances.size()][];
        downstream = new int[alliances.size()][n][];
        for (int a = 0; a < alliances.size(); a++) {
            StageGraph graph = StageGraph.of(network, alliances.get(a));
            if (!graph.cycle().isEmpty()) {
                throw new IllegalArgumentException("the stages' 'after' lists form a cycle: " + String.join(" -> ", graph.cycle()));
            }
            successors[a] = new int[n][];
            predecessorCount[a] = new int[n];
            for (int s = 0; s < n; s++) {
                for (String before : stages.get(s).afterFor(alliances.get(a))) {
                    if (graph.index(before) < 0) {
                        throw new IllegalArgumentException("stage '" + stageIds.get(s) + "' comes after unknown stage '" + before + "'");
                    }
                }
                successors[a][s] = graph.successors(s);
                predecessorCount[a][s] = graph.predecessorCount(s);
                downstream[a][s] = indices(graph.downstream(s));
            }
        }
        holdsUntil = new int[n];
        exitShare = new double[n];
        serviceDays = new DoubleUnaryOperator[n];
        List<List<Integer>> holding = new ArrayList<>();
        stages.forEach(s -> holding.add(new ArrayList<>()));
        for (int s = 0; s < n; s++) {
            Stage stage = stages.get(s);
            holdsUntil[s] = stage.holdsUntil() == null ? -1 : stageIds.indexOf(stage.holdsUntil());
            if (stage.holdsUntil() != null && holdsUntil[s] < 0) {
                throw new IllegalArgumentException("stage '" + stageIds.get(s) + "' holds until unknown stage '" + stage.holdsUntil() + "'");
            }
            if (holdsUntil[s] >= 0) {
                holding.get(holdsUntil[s]).add(s);
            }
            exitShare[s] = stage.exitShare();
            serviceDays[s] = QuantileTable.inverse(stage.serviceDays());
        }
        holders = new int[n][];
        for (int s = 0; s < n; s++) {
            holders[s] = holding.get(s).stream().mapToInt(Integer::intValue).toArray();
        }
        poolOf = new int[n][alliances.size()];
        placesByArea = new double[n][alliances.size() + 1];
        List<Integer> places = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            Stage stage = stages.get(s);
            java.util.Arrays.fill(placesByArea[s], Double.NaN);
            if (stage.servers() != null) {
                java.util.Arrays.fill(poolOf[s], places.size());
                places.add(stage.servers());
                placesByArea[s][alliances.size()] = stage.servers();
            } else if (stage.serversByAlliance() != null) {
                int total = 0;
                for (int a = 0; a < alliances.size(); a++) {
                    int own = stage.serversByAlliance().getOrDefault(alliances.get(a), 0);
                    poolOf[s][a] = places.size();
                    places.add(own);
                    placesByArea[s][a] = own;
                    total += own;
                }
                placesByArea[s][alliances.size()] = total;
            } else {
                java.util.Arrays.fill(poolOf[s], -1);
            }
        }
        poolPlaces = places.stream().mapToInt(Integer::intValue).toArray();
        int stop = stageIds.indexOf(network.clockStopsAt());
        if (stop < 0) {
            throw new IllegalArgumentException("clockStopsAt names unknown stage '" + network.clockStopsAt() + "'");
        }
        this.clockStop = stop;
        this.dailyRates = new double[alliances.size()][];
        for (int a = 0; a < alliances.size(); a++) {
            dailyRates[a] = DailyRates.of(scenario.demand(), alliances.get(a), scenario.horizon().start(), horizonDays);
        }
    }

    private static int[] indices(boolean[] flags) {
        int count = 0;
        for (boolean f : flags) {
            count += f ? 1 : 0;
        }
        int[] out = new int[count];
        for (int i = 0, j = 0; i < flags.length; i++) {
            if (flags[i]) {
                out[j++] = i;
            }
        }
        return out;
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
        return run.recorder.finish(run.engine.eventsRun()).withStageValues(run.stageRecorder.finish());
    }

    @Override
    public List<String> stageIds() {
        return stageIds;
    }

    @Override
    public String clockStop() {
        return stageIds.get(clockStop);
    }

    /**
     * One person in the network. People are recycled once discharged (nothing refers to them then), so a run allocates
     * about as many as are in the network at once rather than one per referral, each with its own end-of-work actions.
     * Queues and the spare list hold their numbers, not references: a reference stored costs a garbage-collector write
     * barrier, and these change with every customer.
     */
    private static final class Person {
        /** This person's number in the run's {@code people}. */
        final int id;
        /** Referred and not yet discharged. */
        boolean inNetwork;
        int alliance;
        double arrivalDay;
        final int[] waitingFor;
        final byte[] state;
        final double[] serviceDays;
        final boolean[] exits;
        final double[] readyAt;
        final double[] startAt;
        final double[] workEndAt;
        int stagesLeft;
        boolean clockStopped;
        /** [stage]: the action that ends the stage's work for this person, made once. */
        final Runnable[] finishes;

        Person(int id, int stages) {
            this.id = id;
            this.waitingFor = new int[stages];
            this.state = new byte[stages];
            this.serviceDays = new double[stages];
            this.exits = new boolean[stages];
            this.readyAt = new double[stages];
            this.startAt = new double[stages];
            this.workEndAt = new double[stages];
            this.finishes = new Runnable[stages];
        }

        /** A newly referred person: every stage pending. Times and outcomes per stage are all written before they are read. */
        void refer(int alliance, double arrivalDay, int[] predecessorCount) {
            this.alliance = alliance;
            this.arrivalDay = arrivalDay;
            // plain loops: a network has a handful of stages, too few for arraycopy and fill to repay their call
            for (int s = 0; s < state.length; s++) {
                waitingFor[s] = predecessorCount[s];
                state[s] = PENDING;
            }
            this.stagesLeft = state.length;
            this.clockStopped = false;
            this.inNetwork = true;
        }
    }

    /** A first-come first-served queue of people's numbers (a ring buffer that grows). */
    private static final class PlaceQueue {
        private int[] ids = new int[16];
        private int head;
        private int size;

        void add(int id) {
            if (size == ids.length) {
                int[] bigger = new int[ids.length * 2];
                for (int i = 0; i < size; i++) {
                    bigger[i] = ids[(head + i) & (ids.length - 1)];
                }
                ids = bigger;
                head = 0;
            }
            ids[(head + size++) & (ids.length - 1)] = id;
        }

        /** The longest waiting, removed; -1 if nobody waits. */
        int poll() {
            if (size == 0) {
                return -1;
            }
            int id = ids[head];
            head = (head + 1) & (ids.length - 1);
            size--;
            return id;
        }

        int size() {
            return size;
        }
    }

    private final class Run {
        final RandomStreams streams;
        final Engine engine = new Engine();
        final Recorder recorder = new Recorder(periods, alliances.size(), scenario.target().days(), scenario.target().attainment());
        final StageRecorder stageRecorder = new StageRecorder(periods, alliances.size(), stages.size(), placesByArea);
        final Arrivals[] arrivals = new Arrivals[alliances.size()];
        /** [alliance]: the arrival action, made once: it refers the next person and schedules the one after. */
        final Runnable[] arrivalActions = new Runnable[alliances.size()];
        /** Everyone made so far, by number; the numbers of the discharged, to reuse. */
        Person[] people = new Person[64];
        int peopleMade;
        int[] spare = new int[64];
        int spareCount;
        /** Referrals so far per alliance: a person's number, which keys their fate stream. */
        final long[] referred = new long[alliances.size()];
        final int[] freePlaces = poolPlaces.clone();
        final PlaceQueue[] queues = new PlaceQueue[poolPlaces.length];
        final int[] waitingNow = new int[alliances.size()];
        final int[] inPathwayNow = new int[alliances.size()];
        /** People whose clock still runs: at the end they breach if past the target. */
        int running;
        long created;
        long discharged;

        Run(RandomStreams streams) {
            this.streams = streams;
            for (int a = 0; a < alliances.size(); a++) {
                arrivals[a] = arrivalsFactory.arrivals(a, dailyRates[a], streams.stream(Source.ARRIVALS, a));
                int alliance = a;
                arrivalActions[a] = () -> {
                    arrive(alliance);
                    scheduleNextArrival(alliance, engine.now());
                };
            }
            for (int pool = 0; pool < poolPlaces.length; pool++) {
                queues[pool] = new PlaceQueue();
            }
        }

        void simulate() {
            for (int a = 0; a < alliances.size(); a++) {
                scheduleNextArrival(a, 0);
            }
            // one census at a time, each scheduling the next: the whole calendar up front would make the event queue as
            // long as the horizon has weeks, and every event pay for its depth (the census goes first at its time by
            // priority, so the order is the same either way)
            engine.at(7.0, CENSUS, () -> takeCensus(1));
            engine.run(horizonDays);
            checkConservation();
            // (each adds whole counts, so the order they are visited in changes no bit)
            for (int id = 0; id < peopleMade; id++) {
                Person p = people[id];
                if (p.inNetwork && !p.clockStopped) {
                    recorder.leftUnassessed(p.arrivalDay, horizonDays, p.alliance);
                }
            }
        }

        /** Nobody lost: everyone referred is waiting, in the pathway or discharged; every pool's places and queue add up. */
        void checkConservation() {
            long open = 0;
            for (int a = 0; a < alliances.size(); a++) {
                open += waitingNow[a] + inPathwayNow[a];
            }
            if (open + discharged != created || open < 0 || running != sum(waitingNow)) {
                throw new ConservationViolation(created + " referrals created but " + (open + discharged) + " accounted for");
            }
            int[] inUse = new int[poolPlaces.length];
            int[] waiting = new int[poolPlaces.length];
            for (int s = 0; s < stages.size(); s++) {
                for (int a = 0; a < alliances.size(); a++) {
                    int pool = poolOf[s][a];
                    if (pool >= 0) {
                        inUse[pool] += stageRecorder.occupiedNow(a, s);
                        waiting[pool] += stageRecorder.queuedNow(a, s);
                    }
                }
            }
            for (int pool = 0; pool < poolPlaces.length; pool++) {
                if (inUse[pool] != poolPlaces[pool] - freePlaces[pool] || waiting[pool] != queues[pool].size()
                        || (freePlaces[pool] > 0 && waiting[pool] > 0)) {
                    throw new ConservationViolation("a pool of places lost count: " + inUse[pool] + " in use of " + poolPlaces[pool]
                            + " with " + freePlaces[pool] + " free; " + waiting[pool] + " counted waiting, " + queues[pool].size() + " queued");
                }
            }
        }

        static int sum(int[] counts) {
            int total = 0;
            for (int c : counts) {
                total += c;
            }
            return total;
        }

        void scheduleNextArrival(int a, double after) {
            double t = arrivals[a].nextAfter(after);
            if (t < horizonDays) {
                engine.at(t, EVENT, arrivalActions[a]);
            }
        }

        void arrive(int a) {
            double now = engine.now();
            Person p = newPerson();
            p.refer(a, now, predecessorCount[a]);
            // the person's fate, from their own stream: two uniforms per stage (see the class comment)
            UniformRandomProvider fate = streams.fate(a, REFERRED, referred[a]++, 0);
            for (int s = 0; s < stages.size(); s++) {
                p.serviceDays[s] = serviceDays[s].applyAsDouble(fate.nextDouble());
                p.exits[s] = fate.nextDouble() < exitShare[s];
            }
            created++;
            waitingNow[a]++;
            running++;
            recorder.referral(now, a);
            recorder.waitingChanged(now, a, +1);
            for (int s = 0; s < stages.size(); s++) {
                if (predecessorCount[a][s] == 0) {
                    ready(p, s);
                }
            }
        }

        void ready(Person p, int s) {
            double now = engine.now();
            p.readyAt[s] = now;
            int pool = poolOf[s][p.alliance];
            if (pool < 0 || freePlaces[pool] > 0) {
                start(p, s, false);
            } else {
                p.state[s] = QUEUED;
                queues[pool].add(p.id);
                stageRecorder.queued(now, p.alliance, s);
            }
        }

        void start(Person p, int s, boolean fromQueue) {
            double now = engine.now();
            int pool = poolOf[s][p.alliance];
            if (pool >= 0) {
                freePlaces[pool]--;
            }
            p.state[s] = WORKING;
            p.startAt[s] = now;
            stageRecorder.started(now, p.alliance, s, now - p.readyAt[s], fromQueue);
            if (s == clockStop) {
                stopClock(p, now);
            }
            for (int h : holders[s]) {
                if (p.state[h] == HELD) {
                    release(p, h);
                }
            }
            engine.after(p.serviceDays[s], EVENT, p.finishes[s]);
        }

        void stopClock(Person p, double now) {
            p.clockStopped = true;
            running--;
            waitingNow[p.alliance]--;
            inPathwayNow[p.alliance]++;
            recorder.firstAssessment(now, p.alliance, now - p.arrivalDay);
            recorder.waitingChanged(now, p.alliance, -1);
        }

        /** The stage's own work is done: the person may leave, keep the place, or free it; then later stages may start. */
        void finish(Person p, int s) {
            double now = engine.now();
            p.workEndAt[s] = now;
            p.stagesLeft--;
            if (p.exits[s]) {
                skipDownstream(p, s);
            }
            int until = holdsUntil[s];
            if (until >= 0 && p.state[until] != SKIPPED) {
                p.state[s] = HELD;
                stageRecorder.holdStarted(now, p.alliance, s);
            } else {
                release(p, s);
            }
            for (int t : successors[p.alliance][s]) {
                if (p.state[t] == PENDING && --p.waitingFor[t] == 0) {
                    ready(p, t);
                }
            }
            if (p.stagesLeft == 0) {
                discharge(p, now);
                p.inNetwork = false;
                if (spareCount == spare.length) {
                    spare = java.util.Arrays.copyOf(spare, spareCount * 2);
                }
                spare[spareCount++] = p.id;
            }
        }

        Person newPerson() {
            if (spareCount > 0) {
                return people[spare[--spareCount]];
            }
            if (peopleMade == people.length) {
                people = java.util.Arrays.copyOf(people, peopleMade * 2);
            }
            Person made = new Person(peopleMade, stages.size());
            people[peopleMade++] = made;
            for (int s = 0; s < stages.size(); s++) {
                int stage = s;
                made.finishes[s] = () -> finish(made, stage);
            }
            return made;
        }

        /** The person leaves after stage s: nothing downstream of it happens, and places held until those stages are freed. */
        void skipDownstream(Person p, int s) {
            for (int d : downstream[p.alliance][s]) {
                if (p.state[d] == SKIPPED) {
                    continue; // already skipped by leaving after a parallel stage
                }
                if (p.state[d] != PENDING) {
                    throw new ConservationViolation("stage '" + stageIds.get(d) + "' started before '" + stageIds.get(s) + "' was done");
                }
                p.state[d] = SKIPPED;
                p.stagesLeft--;
                for (int h : holders[d]) {
                    if (p.state[h] == HELD) {
                        release(p, h);
                    }
                }
            }
        }

        /** Frees the person's place at stage h and gives it to the next in that pool's queue. */
        void release(Person p, int h) {
            double now = engine.now();
            boolean held = p.state[h] == HELD;
            p.state[h] = DONE;
            stageRecorder.released(now, p.alliance, h, now - p.startAt[h], held ? now - p.workEndAt[h] : Double.NaN);
            int pool = poolOf[h][p.alliance];
            if (pool >= 0) {
                freePlaces[pool]++;
                int next = queues[pool].poll();
                if (next >= 0) {
                    start(people[next], h, true);
                }
            }
        }

        void discharge(Person p, double now) {
            if (!p.clockStopped) {
                throw new ConservationViolation("a referral finished every stage without its clock stopping");
            }
            for (byte st : p.state) {
                if (st != DONE && st != SKIPPED) {
                    throw new ConservationViolation("a referral was discharged while still holding or waiting for a place");
                }
            }
            inPathwayNow[p.alliance]--;
            discharged++;
            recorder.discharge(now, p.alliance, p.arrivalDay);
        }

        void takeCensus(int week) {
            if (week < horizonDays / 7) {
                engine.at(7.0 * (week + 1), CENSUS, () -> takeCensus(week + 1));
            }
            double now = engine.now();
            for (int a = 0; a < alliances.size(); a++) {
                recorder.census(now, a, waitingNow[a], inPathwayNow[a], 0);
            }
            stageRecorder.census(now);
        }
    }
}
