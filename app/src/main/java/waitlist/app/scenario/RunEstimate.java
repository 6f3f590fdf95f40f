package waitlist.app.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import waitlist.scenarios.AllianceState;
import waitlist.scenarios.BookingPolicy;
import waitlist.scenarios.FteChange;
import waitlist.scenarios.Pathway;
import waitlist.scenarios.Scenario;
import waitlist.scenarios.ScenarioScale;
import waitlist.scenarios.StaffGroup;

/**
 * What one simulated replication of a scenario will cost, estimated before running it, so a long
 * run can say how long it will take and a run that cannot fit in memory is refused at once.
 *
 * <p>Work grows with the people a replication holds (referrals expected over the horizon plus the
 * starting list and caseload) and, for the Reconnect pathway, with the waiting list: each weekly
 * booking cycle looks at everyone waiting, so a service that falls behind costs more every week.
 * The waiting list is projected with a fluid model of the pathway: eligible referrals arrive each
 * week; OT time left after reviews of the caseload and one-to-one sessions assesses as many as it
 * can (DNA slots wasted); some of those waiting drop out; the caseload grows by those assessed and
 * is discharged at one over the mean intervention length a week. The constants are measured on
 * this project's 2-core machines (see the README's "Estimates" figures); they make the estimate
 * right to within a factor of about two, which is what "about 3 minutes" needs.
 */
public record RunEstimate(double people, double waitingPersonWeeks, double peakWaiting, double allianceWeeks, boolean solverBooked) {

    /** Seconds of one core per person in a replication (events, sampling, recording). */
    static final double SECONDS_PER_PERSON = 2.0e-6;
    /** Seconds of one core per person waiting at a weekly booking cycle (the list is looked at whole). */
    static final double SECONDS_PER_WAITING_WEEK = 1.5e-7;
    /** Seconds of one core per alliance and week of the pathway (the weekly booking cycle and records). */
    static final double SECONDS_PER_ALLIANCE_WEEK = 2.0e-5;
    /**
     * The planner's exact flows book each week instead of a sort: reconnect-solver-booking took 2.9 s
     * against 1.2 s for first-come first-served at 200 replications, start-up included, so about three times.
     */
    static final double SOLVER_FACTOR = 3;
    /** Heap per person kept for the whole replication (the referral, its events and its place in lists). */
    static final double BYTES_PER_PERSON = 120;
    /** Heap per person on the waiting list at its longest (the weekly booking view of the list). */
    static final double BYTES_PER_WAITING = 150;
    /** Heap a run needs besides its replications (the JVM, the scenario, the results). */
    static final double BASE_BYTES = 32.0 * 1024 * 1024;

    public static RunEstimate of(Scenario s) {
        double people = ScenarioScale.expectedReferrals(s) + ScenarioScale.initialPeople(s);
        if (s.pathway() == null || s.workforce() == null) {
            return new RunEstimate(people, 0, 0, 0, false);
        }
        Pathway p = s.pathway();
        List<Double> weekly = ScenarioScale.weeklyReferrals(s);
        double eligible = 1 - p.triage().redirectedShare();
        // an estimate: the values in force at the start
        double assessmentHours = p.firstAssessment().otMinutes(s.horizon().start()) / 60
                / Math.max(1e-9, 1 - p.firstAssessment().didNotAttendShare().at(s.horizon().start()));
        double reviewHoursPerPersonWeek = p.reviews().otMinutes() / 60 / p.reviews().intervalWeeks();
        double oneToOneHoursPerStart = (1 - p.intervention().groupShare()) * p.intervention().oneToOne().weeks()
                * p.intervention().oneToOne().sessionMinutes() / 60;
        double lengthWeeks = Math.max(1, p.intervention().lengthWeeks().mean());
        double waiting = 0;
        double caseload = 0;
        if (s.initialState() != null) {
            for (AllianceState a : s.initialState().alliances()) {
                caseload += a.inService() + a.caseloadOrEmpty().size() + a.awaitingPlaceOrEmpty().size();
                waiting += a.waitingByWeeksWaitedOrEmpty().stream().mapToInt(Integer::intValue).sum() + a.waitingOrEmpty().size();
            }
        }
        double personWeeks = 0;
        double peak = waiting;
        for (int w = 0; w < weekly.size(); w++) {
            double hours = otHours(s.workforce().ot(), s.horizon().start().plusWeeks(w));
            double free = Math.max(0, hours - caseload * reviewHoursPerPersonWeek);
            double assessed = Math.min(waiting + weekly.get(w) * eligible, free / (assessmentHours + oneToOneHoursPerStart));
            waiting = Math.max(0, (waiting + weekly.get(w) * eligible - assessed) * (1 - p.dropoutPerWeek()));
            caseload += assessed - caseload / lengthWeeks;
            personWeeks += waiting;
            peak = Math.max(peak, waiting);
        }
        return new RunEstimate(people, personWeeks, peak, (double) weekly.size() * s.alliances().size(),
                s.bookingOrDefault().policy() == BookingPolicy.SOLVER);
    }

    private static double otHours(StaffGroup ot, LocalDate day) {
        java.util.Map<String, Double> latest = new java.util.HashMap<>();
        java.util.Map<String, LocalDate> when = new java.util.HashMap<>();
        for (FteChange c : ot.fte()) {
            if (!c.from().isAfter(day) && (when.get(c.alliance()) == null || !c.from().isBefore(when.get(c.alliance())))) {
                latest.put(c.alliance(), c.fte());
                when.put(c.alliance(), c.from());
            }
        }
        return latest.values().stream().mapToDouble(Double::doubleValue).sum() * ot.productiveHoursPerFte();
    }

    /** Core-seconds for one replication. */
    public double secondsPerReplication() {
        double core = people * SECONDS_PER_PERSON + waitingPersonWeeks * SECONDS_PER_WAITING_WEEK
                + allianceWeeks * SECONDS_PER_ALLIANCE_WEEK;
        return solverBooked ? core * SOLVER_FACTOR : core;
    }

    /** Wall-clock seconds for {@code replications} on {@code threads} (no more threads help than there are cores). */
    public double seconds(long replications, int threads) {
        int parallel = Math.max(1, Math.min(threads, Runtime.getRuntime().availableProcessors()));
        return secondsPerReplication() * replications / Math.min(parallel, Math.max(1, replications));
    }

    /** Peak heap of one replication in progress. */
    public double bytesPerReplication() {
        return people * BYTES_PER_PERSON + peakWaiting * BYTES_PER_WAITING;
    }

    /** Peak heap of a run with {@code threads} replications in progress at once. */
    public double bytes(int threads) {
        return BASE_BYTES + threads * bytesPerReplication();
    }

    /** The most threads whose replications fit in {@code heap} bytes at once; 0 when not even one does. */
    public int threadsThatFit(long heap) {
        double room = heap * 0.8 - BASE_BYTES;
        return room < bytesPerReplication() ? 0 : (int) Math.min(Integer.MAX_VALUE, Math.floor(room / bytesPerReplication()));
    }

    /**
     * The number of threads to run with: {@code workers}, or fewer when that many replications at
     * once would not fit in {@code heap} and the user did not ask for a number (fewer threads give
     * the same results, only later). Refuses, saying why and what would fit, when not even one does,
     * or when the threads the user asked for do not fit.
     */
    public int threadsFor(int workers, boolean asked, long heap) {
        int fit = threadsThatFit(heap);
        if (fit >= workers) {
            return workers;
        }
        String need = "about " + size(bytes(workers)) + " of memory (" + String.format(Locale.ROOT, "%,.0f", people)
                + " people in each replication, " + workers + " at once)";
        String room = "this Java may use " + size(heap) + "; give it more with WAITLIST_JAVA_OPTS=-Xmx" + gigabytesFor(workers)
                + "g ./waitlist ...";
        if (fit == 0) {
            throw new waitlist.app.UserError("this run would need " + need + " and does not fit even one replication at a time: "
                    + room + ", or shorten the horizon or lower the demand");
        }
        if (asked) {
            throw new waitlist.app.UserError("--threads " + workers + " would need " + need + "; " + room
                    + ", or use --threads " + fit + " (same results, more slowly)");
        }
        return fit;
    }

    private int gigabytesFor(int workers) {
        return (int) Math.ceil(bytes(workers) / 0.8 / (1024.0 * 1024 * 1024));
    }

    /**
     * What every command that runs replications calls before it starts: the threads to use (see
     * {@link #threadsFor}), and on a terminal ({@code terminal} not null) the estimate of a long run.
     */
    public int beforeRun(waitlist.simulator.Replications rule, int workers, boolean asked, java.io.PrintWriter terminal) {
        int threads = threadsFor(workers, asked, Runtime.getRuntime().maxMemory());
        String forecast = forecast(rule.first(), rule.cap(), threads);
        if (terminal != null && forecast != null) {
            terminal.println(forecast);
            terminal.flush();
        }
        return threads;
    }

    /** "about 3 min and 400 MiB for 1000 replications on 2 threads", or null for a run too short to mention. */
    public String forecast(int fewest, int most, int threads) {
        double shortest = seconds(fewest, threads);
        if (seconds(most, threads) < 10) {
            return null;
        }
        String time = fewest == most ? "about " + duration(shortest)
                : "about " + duration(shortest) + " to " + duration(seconds(most, threads));
        String runs = fewest == most ? fewest + " replications" : fewest + " to " + most + " replications";
        return "estimate: " + time + " and " + size(bytes(Math.min(threads, most))) + " of memory for " + runs + " of "
                + String.format(Locale.ROOT, "%,.0f", people) + " people each, on " + threads + (threads == 1 ? " thread" : " threads");
    }

    public static String duration(double seconds) {
        if (seconds < 90) {
            return Math.max(1, Math.round(seconds)) + " s";
        }
        if (seconds < 90 * 60) {
            return Math.round(seconds / 60) + " min";
        }
        return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
    }

    public static String size(double bytes) {
        return bytes < 1024 * 1024 * 1024 ? Math.round(bytes / (1024 * 1024)) + " MiB"
                : String.format(Locale.ROOT, "%.1f GiB", bytes / (1024.0 * 1024 * 1024));
    }
}
