package waitlist.simulator.network;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

import waitlist.scenarios.Alliance;
import waitlist.scenarios.Network;
import waitlist.scenarios.Scenario;
import waitlist.scenarios.Stage;
import waitlist.simulator.ConservationViolation;
import waitlist.simulator.ReplicationModel;
import waitlist.simulator.arrivals.Arrivals;
import waitlist.simulator.arrivals.DailyRates;
import waitlist.simulator.arrivals.PoissonArrivals;
import waitlist.simulator.engine.Engine;
import waitlist.simulator.random.RandomStreams;
import waitlist.simulator.random.Samplers;
import waitlist.simulator.random.Source;
import waitlist.simulator.results.Periods;
import waitlist.simulator.results.Recorder;
import waitlist.simulator.results.ReplicationResult;
import waitlist.simulator.results.StageMetric;

/**
 * A generic network of stages on the event engine (the Connect programme, or the M/M/c queue as
 * its one-stage special case). Referrals arrive per alliance as in the pathway model. A stage
 * starts for a person once all stages in its {@code after} list are done for them, so stages
 * with the same predecessors run in parallel (fork) and a stage after several waits for all of
 * them (join). Each stage has {@code servers} shared county-wide, serving its queue first come
 * first served the moment a server is free. The six-week clock stops when the person starts
 * stage {@code clockStopsAt}; they are discharged when every stage is done.
 *
 * <p>Reported: "first assessment" is the clock-stopping start; the waiting list is everyone whose
 * clock still runs; the caseload is everyone past it but not yet through every stage.
 */
public final class NetworkModel implements ReplicationModel {

    private static final int EVENT = 0;
    private static final int CENSUS = -1;

    private final Scenario scenario;
    private final List<String> alliances;
    private final Periods periods;
    private final List<Stage> stages;
    private final int[][] successors;
    private final int[] predecessorCount;
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
        this.stages = network.stages();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < stages.size(); i++) {
            if (index.put(stages.get(i).id(), i) != null) {
                throw new IllegalArgumentException("stage '" + stages.get(i).id() + "' is defined twice");
            }
        }
        List<List<Integer>> next = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            next.add(new ArrayList<>());
        }
        predecessorCount = new int[stages.size()];
        for (int i = 0; i < stages.size(); i++) {
            for (String before : stages.get(i).afterOrEmpty()) {
                Integer j = index.get(before);
                if (j == null) {
                    throw new IllegalArgumentException("stage '" + stages.get(i).id() + "' comes after unknown stage '" + before + "'");
                }
                next.get(j).add(i);
                predecessorCount[i]++;
            }
        }
        successors = new int[stages.size()][];
        for (int i = 0; i < stages.size(); i++) {
            successors[i] = next.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        requireAcyclic();
        Integer stop = index.get(network.clockStopsAt());
        if (stop == null) {
            throw new IllegalArgumentException("clockStopsAt names unknown stage '" + network.clockStopsAt() + "'");
        }
        this.clockStop = stop;
        this.dailyRates = new double[alliances.size()][];
        for (int a = 0; a < alliances.size(); a++) {
            dailyRates[a] = DailyRates.of(scenario.demand(), alliances.get(a), scenario.horizon().start(), horizonDays);
        }
    }

    private void requireAcyclic() {
        int[] indegree = predecessorCount.clone();
        ArrayDeque<Integer> ready = new ArrayDeque<>();
        for (int i = 0; i < indegree.length; i++) {
            if (indegree[i] == 0) {
                ready.add(i);
            }
        }
        int seen = 0;
        while (!ready.isEmpty()) {
            int i = ready.poll();
            seen++;
            for (int j : successors[i]) {
                if (--indegree[j] == 0) {
                    ready.add(j);
                }
            }
        }
        if (seen != indegree.length) {
            throw new IllegalArgumentException("the stages' 'after' lists form a cycle");
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
        return run.recorder.finish(run.engine.eventsRun()).withStageValues(run.stageValues());
    }

    @Override
    public List<String> stageIds() {
        return stages.stream().map(Stage::id).toList();
    }

    private static final class Person {
        final int alliance;
        final double arrivalDay;
        final int[] waitingFor;
        final double[] readyAt;
        int stagesLeft;
        boolean clockStopped;
        /** Links in the list of people whose clock runs (intrusive: no hashing on the hot path). */
        Person previous;
        Person next;

        Person(int alliance, double arrivalDay, int[] predecessorCount) {
            this.alliance = alliance;
            this.arrivalDay = arrivalDay;
            this.waitingFor = predecessorCount.clone();
            this.readyAt = new double[predecessorCount.length];
            this.stagesLeft = predecessorCount.length;
        }
    }

    private final class Run {
        final Engine engine = new Engine();
        final Recorder recorder = new Recorder(periods, alliances.size(), scenario.target().days(), scenario.target().attainment());
        final Arrivals[] arrivals = new Arrivals[alliances.size()];
        final ContinuousSampler[] service = new ContinuousSampler[stages.size()];
        final int[] freeServers = new int[stages.size()];
        final List<ArrayDeque<Person>> queues = new ArrayList<>();
        final int[] waitingNow = new int[alliances.size()];
        final double firstReportedDay = periods.firstReportedDay();
        final double[] busyArea = new double[stages.size()];
        final double[] busySince = new double[stages.size()];
        final double[] queueWaitSum = new double[stages.size()];
        final long[] started = new long[stages.size()];
        final int[] inPathwayNow = new int[alliances.size()];
        /** Whose clock still runs, in arrival order (a doubly linked list): at the end they breach if past the target. */
        Person oldestRunning;
        Person newestRunning;
        int running;
        long created;
        long discharged;

        Run(RandomStreams streams) {
            for (int a = 0; a < alliances.size(); a++) {
                arrivals[a] = arrivalsFactory.arrivals(a, dailyRates[a], streams.stream(Source.ARRIVALS, a));
            }
            for (int s = 0; s < stages.size(); s++) {
                service[s] = Samplers.of(stages.get(s).serviceDays(), streams.stream(Source.SERVICE, s));
                freeServers[s] = stages.get(s).servers();
                queues.add(new ArrayDeque<>());
            }
        }

        void simulate() {
            for (int a = 0; a < alliances.size(); a++) {
                scheduleNextArrival(a, 0);
            }
            for (int w = 1; w <= horizonDays / 7; w++) {
                engine.at(7.0 * w, CENSUS, this::takeCensus);
            }
            engine.run(horizonDays);
            long open = 0;
            for (int a = 0; a < alliances.size(); a++) {
                open += waitingNow[a] + inPathwayNow[a];
            }
            if (open + discharged != created || open < 0 || running != sum(waitingNow)) {
                throw new ConservationViolation(created + " referrals created but " + (open + discharged) + " accounted for");
            }
            for (Person p = oldestRunning; p != null; p = p.next) {
                recorder.leftUnassessed(p.arrivalDay, horizonDays, p.alliance);
            }
            for (int s = 0; s < stages.size(); s++) {
                accrueBusy(s, horizonDays);
            }
        }

        /** Adds busy server-time of stage s up to {@code until}, counting only the reported window. */
        void accrueBusy(int s, double until) {
            double from = Math.max(busySince[s], firstReportedDay);
            if (until > from) {
                busyArea[s] += (stages.get(s).servers() - freeServers[s]) * (until - from);
            }
            busySince[s] = until;
        }

        double[] stageValues() {
            int m = StageMetric.values().length;
            double[] out = new double[stages.size() * m];
            double days = horizonDays - firstReportedDay;
            for (int s = 0; s < stages.size(); s++) {
                out[s * m + StageMetric.UTILISATION.ordinal()] = busyArea[s] / (stages.get(s).servers() * days);
                out[s * m + StageMetric.QUEUE_WAIT_MEAN.ordinal()] = started[s] == 0 ? Double.NaN : queueWaitSum[s] / started[s];
                out[s * m + StageMetric.STARTED.ordinal()] = started[s];
            }
            return out;
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
                engine.at(t, EVENT, () -> {
                    arrive(a);
                    scheduleNextArrival(a, t);
                });
            }
        }

        void arrive(int a) {
            double now = engine.now();
            Person p = new Person(a, now, predecessorCount);
            created++;
            waitingNow[a]++;
            p.previous = newestRunning;
            if (newestRunning != null) {
                newestRunning.next = p;
            } else {
                oldestRunning = p;
            }
            newestRunning = p;
            running++;
            recorder.referral(now, a);
            recorder.waitingChanged(now, a, +1);
            for (int s = 0; s < stages.size(); s++) {
                if (predecessorCount[s] == 0) {
                    join(p, s);
                }
            }
        }

        void join(Person p, int s) {
            p.readyAt[s] = engine.now();
            if (freeServers[s] > 0) {
                start(p, s);
            } else {
                queues.get(s).add(p);
            }
        }

        void start(Person p, int s) {
            double now = engine.now();
            accrueBusy(s, now);
            freeServers[s]--;
            if (now >= firstReportedDay) {
                started[s]++;
                queueWaitSum[s] += now - p.readyAt[s];
            }
            if (s == clockStop) {
                p.clockStopped = true;
                if (p.previous != null) {
                    p.previous.next = p.next;
                } else {
                    oldestRunning = p.next;
                }
                if (p.next != null) {
                    p.next.previous = p.previous;
                } else {
                    newestRunning = p.previous;
                }
                p.previous = null;
                p.next = null;
                running--;
                waitingNow[p.alliance]--;
                inPathwayNow[p.alliance]++;
                recorder.firstAssessment(now, p.alliance, now - p.arrivalDay);
                recorder.waitingChanged(now, p.alliance, -1);
            }
            engine.after(service[s].sample(), EVENT, () -> finish(p, s));
        }

        void finish(Person p, int s) {
            accrueBusy(s, engine.now());
            freeServers[s]++;
            Person next = queues.get(s).poll();
            if (next != null) {
                start(next, s);
            }
            p.stagesLeft--;
            for (int t : successors[s]) {
                if (--p.waitingFor[t] == 0) {
                    join(p, t);
                }
            }
            if (p.stagesLeft == 0) {
                if (!p.clockStopped) {
                    throw new ConservationViolation("a referral finished every stage without its clock stopping");
                }
                inPathwayNow[p.alliance]--;
                discharged++;
                recorder.discharge(engine.now(), p.alliance, p.arrivalDay);
            }
        }

        void takeCensus() {
            for (int a = 0; a < alliances.size(); a++) {
                recorder.census(engine.now(), a, waitingNow[a], inPathwayNow[a], 0);
            }
        }
    }
}
