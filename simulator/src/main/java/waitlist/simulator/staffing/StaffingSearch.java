package waitlist.simulator.staffing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import waitlist.scenarios.Alliance;
import waitlist.scenarios.Scenario;
import waitlist.simulator.Progress;
import waitlist.simulator.ReplicationModel;
import waitlist.simulator.Replications;
import waitlist.simulator.Simulator;
import waitlist.simulator.results.Metric;
import waitlist.simulator.results.Period;
import waitlist.simulator.results.SimulationResult;
import waitlist.simulator.results.Summary;
import waitlist.simulator.staffing.StaffingPlan.Role;

/**
 * Finds the least annual cost of OT and coach FTE per alliance that keeps every period and area likely to hold, utilisation
 * below 100 % and the wait for a group place within a limit.
 *
 * <ol>
 *   <li><b>Start</b> from the work itself: a short run at today's staffing gives the hours demanded per alliance in the
 *       busiest period; OT starts at that plus a heavy-traffic (Kingman) margin for the six-week tail, coaches at their
 *       demand, each rounded up to a step. Nothing below this can hold for long.</li>
 *   <li><b>Add</b>: every alliance short of OT or coaching gets one step of what it lacks (without pooling an alliance's
 *       results depend on its own staff only, so they are fixed side by side); when only the county falls short, each
 *       alliance's next OT step is tried and the one that raises the county's lowest chance most per pound is kept.</li>
 *   <li><b>Remove</b>: each step is tried away again, dearest role first, and left out if the goal still holds.</li>
 *   <li><b>Verify</b> on fresh seeds with at least 400 replications, so the answer does not rest on the search's own luck;
 *       a shortfall there adds steps and verifies again.</li>
 * </ol>
 * Every candidate runs on the same search seed (common random numbers), so the search compares staffing, not noise.
 */
public final class StaffingSearch {

    /** Fresh seeds for verification: far from the search seed. */
    private static final long VERIFY_SEED_OFFSET = 0x5DEECE66DL;
    private static final int MAX_STEPS = 400;
    private static final int MAX_VERIFICATIONS = 5;

    private final Scenario base;
    private final StaffingGoal goal;
    private final long seed;
    private final int threads;
    private final Function<Scenario, ReplicationModel> models;
    private final Progress progress;
    private final List<String> ids;
    private final List<String> names;
    private final List<StaffingOutcome.Step> trail = new ArrayList<>();
    private int firstJudgedPeriod;

    private StaffingSearch(Scenario base, StaffingGoal goal, long seed, int threads, Function<Scenario, ReplicationModel> models,
                           Progress progress) {
        this.base = base;
        this.goal = goal;
        this.seed = seed;
        this.threads = threads;
        this.models = models;
        this.progress = progress;
        this.ids = base.alliances().stream().map(Alliance::id).toList();
        this.names = base.alliances().stream().map(Alliance::name).toList();
    }

    /**
     * @param models builds a scenario's model (the app plugs in the planner when a scenario books by solver)
     * @param progress told after each staffing plan is tried: the number tried so far (the total is not known in advance)
     */
    public static StaffingOutcome run(Scenario base, StaffingGoal goal, long seed, int threads,
                                      Function<Scenario, ReplicationModel> models, Progress progress) {
        if (base.workforce() == null) {
            throw new IllegalArgumentException("a stage network has no staff to set; staff works on pathway scenarios");
        }
        return new StaffingSearch(base, goal, seed, threads, models, progress).search();
    }

    private StaffingOutcome search() {
        StaffingPlan today = StaffingPlan.today(base, goal.from());
        ReplicationModel probeModel = models.apply(today.applyTo(base));
        List<Period> periods = probeModel.periods().all();
        firstJudgedPeriod = 0;
        while (firstJudgedPeriod < periods.size() - 1 && periods.get(firstJudgedPeriod).start().isBefore(goal.from())) {
            firstJudgedPeriod++;
        }
        Summary probe = Simulator.summarise(probeModel, seed, Replications.of(Math.min(50, goal.searchReplications())), threads,
                Progress.NONE);
        StaffingPlan plan = start(today, probe, periods);
        String tooMuch = beyondBounds(plan, today);
        if (tooMuch != null) {
            return infeasible(tooMuch, today, plan);
        }

        // add
        Evaluation ev = evaluate(plan, seed, goal.searchReplications(), "start", "from the work demanded");
        while (!ev.meetsGoal()) {
            if (trail.size() >= MAX_STEPS) {
                return infeasible("the search tried " + MAX_STEPS + " staffing plans without meeting the goal", today, plan);
            }
            StaffingPlan next = ev.anyAllianceShort() ? addWhereShort(plan, ev) : bestForCounty(plan, ev);
            if (next == null) {
                return infeasible(whyNot(plan, ev, today), today, plan);
            }
            plan = next;
            ev = evaluate(plan, seed, goal.searchReplications(), "add", changes(plan));
        }

        // remove
        plan = removeSteps(plan);

        // verify on fresh seeds
        long verifySeed = seed ^ VERIFY_SEED_OFFSET;
        for (int attempt = 1; ; attempt++) {
            Scenario s = plan.applyTo(base);
            ReplicationModel model = models.apply(s);
            Replications verifying = Replications.of(goal.verifyReplications());
            Summary summary = Simulator.summarise(model, verifySeed, verifying, threads, Progress.NONE);
            SimulationResult verified = SimulationResult.of(s, model, summary, verifySeed, verifying);
            Evaluation check = new Evaluation(summary, periods, names, goal, firstJudgedPeriod);
            record("verify", goal.verifyReplications() + " replications on fresh seeds", plan, check);
            if (check.meetsGoal()) {
                return new StaffingOutcome(true, null, today, plan, today.annualCost(base), plan.annualCost(base), verified, List.copyOf(trail));
            }
            StaffingPlan next = check.anyAllianceShort() ? addWhereShort(plan, check) : bestForCounty(plan, check);
            if (next == null || attempt == MAX_VERIFICATIONS) {
                return infeasible(next == null ? whyNot(plan, check, today)
                        : "the answer still fell short on fresh seeds after " + MAX_VERIFICATIONS + " rounds: " + check.describe(), today, plan);
            }
            plan = next;
            trail.add(new StaffingOutcome.Step(trail.size() + 1, "verify-add", changes(plan), plan.annualCost(base), false,
                    "a step more where the fresh seeds fell short; verified again next"));
        }
    }

    // ---- the start: work demanded plus a heavy-traffic margin ----

    private StaffingPlan start(StaffingPlan today, Summary probe, List<Period> periods) {
        double otPerFte = base.workforce().ot().productiveHoursPerFte();
        double coachPerFte = base.workforce().coach().productiveHoursPerFte();
        double slotHours = base.pathway().firstAssessment().otMinutes(base.horizon().start()) / 60;
        double dna = base.pathway().firstAssessment().didNotAttendShare(base.horizon().start());
        // weeks of the target left once triage and the weekly booking cycle have taken theirs
        double tailWeeks = Math.max(1, base.target().days() / 7.0 - 1.6);
        double alpha = Math.max(1e-3, 1 - base.target().attainment());
        StaffingPlan plan = today;
        for (int a = 0; a < ids.size(); a++) {
            double otPeak = 0;
            double coachPeak = 0;
            double slotsPeak = 0;
            for (int p = firstJudgedPeriod; p < periods.size() - 1; p++) {
                double weeks = periods.get(p).days() / 7.0;
                otPeak = Math.max(otPeak, probe.estimate(p, a, Metric.OT_HOURS_DEMANDED).mean() / weeks);
                coachPeak = Math.max(coachPeak, probe.estimate(p, a, Metric.COACH_HOURS_DEMANDED).mean() / weeks);
                double eligible = probe.estimate(p, a, Metric.REFERRALS).mean() - probe.estimate(p, a, Metric.REDIRECTED).mean();
                slotsPeak = Math.max(slotsPeak, eligible / weeks / Math.max(1e-9, 1 - dna));
            }
            // Kingman / heavy traffic: the backlog is about exponential with mean sigma^2 / (2 (C - lambda)); with weekly
            // variance about twice the mean (Poisson referrals plus the swing in reviews), a wait beyond the tail in fewer
            // than alpha of cases needs C - lambda >= 2 lambda ln(1/alpha) / (2 C T), i.e. about ln(1/alpha) / T slots a week.
            double marginSlots = slotsPeak == 0 ? 0 : Math.log(1 / alpha) / tailWeeks;
            double ot = (otPeak + marginSlots * slotHours) / otPerFte;
            double coach = coachPeak / coachPerFte;
            plan = plan.with(Role.OT, ids.get(a), roundUp(ot)).with(Role.COACH, ids.get(a), roundUp(coach));
        }
        return plan;
    }

    private double roundUp(double fte) {
        return StaffingPlan.round(Math.ceil(fte / goal.step() - 1e-9) * goal.step());
    }

    // ---- adding ----

    private StaffingPlan addWhereShort(StaffingPlan plan, Evaluation ev) {
        StaffingPlan next = plan;
        for (int a = 0; a < ids.size(); a++) {
            for (Role role : Role.values()) {
                boolean short_ = role == Role.OT ? ev.needsOt[a] : ev.needsCoach[a];
                if (short_) {
                    double more = plan.fte(role, ids.get(a)) + goal.step();
                    if (more > bound(role, a) + 1e-9) {
                        return null;
                    }
                    next = next.with(role, ids.get(a), more);
                }
            }
        }
        return next;
    }

    /** Only the county falls short: the alliance whose next OT step raises the county's lowest chance most per pound. */
    private StaffingPlan bestForCounty(StaffingPlan plan, Evaluation ev) {
        StaffingPlan best = null;
        double bestGain = Double.NEGATIVE_INFINITY;
        double price = base.workforce().ot().costPerFte() * goal.step();
        for (int a = 0; a < ids.size(); a++) {
            double more = plan.fte(Role.OT, ids.get(a)) + goal.step();
            if (more > bound(Role.OT, a) + 1e-9) {
                continue;
            }
            StaffingPlan candidate = plan.with(Role.OT, ids.get(a), more);
            Evaluation e = evaluate(candidate, seed, goal.searchReplications(), "try", "+" + goal.step() + " OT " + names.get(a));
            double gain = (e.countyLowestChance - ev.countyLowestChance) / Math.max(1, price);
            if (gain > bestGain) {
                bestGain = gain;
                best = candidate;
            }
        }
        return best;
    }

    // ---- removing ----

    private StaffingPlan removeSteps(StaffingPlan plan) {
        boolean removed = true;
        while (removed && trail.size() < MAX_STEPS) {
            removed = false;
            for (Role role : List.of(Role.OT, Role.COACH)) { // the dearer role first
                for (int a = 0; a < ids.size(); a++) {
                    double less = plan.fte(role, ids.get(a)) - goal.step();
                    if (less < -1e-9) {
                        continue;
                    }
                    StaffingPlan candidate = plan.with(role, ids.get(a), Math.max(0, less));
                    Evaluation e = evaluate(candidate, seed, goal.searchReplications(), "remove",
                            "-" + goal.step() + " " + role.words() + " " + names.get(a));
                    if (e.meetsGoal()) {
                        plan = candidate;
                        removed = true;
                    }
                }
            }
        }
        return plan;
    }

    // ---- bounds and reasons ----

    private double bound(Role role, int a) {
        double today = StaffingPlan.today(base, goal.from()).fte(role, ids.get(a));
        return Math.max(goal.step(), goal.maxFactor() * today);
    }

    private String beyondBounds(StaffingPlan plan, StaffingPlan today) {
        for (int a = 0; a < ids.size(); a++) {
            for (Role role : Role.values()) {
                if (plan.fte(role, ids.get(a)) > bound(role, a) + 1e-9) {
                    return String.format(Locale.ROOT, "%s needs at least %.1f %s FTE just for the work that falls due (utilisation "
                                    + "below 100%%), more than %s times today's %.2f; demand there has outgrown any staffing within "
                                    + "the bound (raise --max-factor to look further)", names.get(a), plan.fte(role, ids.get(a)),
                            role.words(), trim(goal.maxFactor()), today.fte(role, ids.get(a)));
                }
            }
        }
        return null;
    }

    private String whyNot(StaffingPlan plan, Evaluation ev, StaffingPlan today) {
        for (int a = 0; a < ids.size(); a++) {
            for (Role role : Role.values()) {
                boolean short_ = role == Role.OT ? ev.needsOt[a] : ev.needsCoach[a];
                if (short_ && plan.fte(role, ids.get(a)) + goal.step() > bound(role, a) + 1e-9) {
                    return String.format(Locale.ROOT, "%s is still short at %.1f %s FTE, the most allowed (%s times today's %.2f): %s",
                            names.get(a), plan.fte(role, ids.get(a)), role.words(), trim(goal.maxFactor()),
                            today.fte(role, ids.get(a)), ev.describe());
                }
            }
        }
        return "no alliance can take another OT step within the bound, and the county is still short: " + ev.describe();
    }

    private StaffingOutcome infeasible(String why, StaffingPlan today, StaffingPlan plan) {
        return new StaffingOutcome(false, why, today, plan, today.annualCost(base), plan.annualCost(base), null, List.copyOf(trail));
    }

    // ---- evaluation and the trail ----

    private Evaluation evaluate(StaffingPlan plan, long runSeed, int replications, String phase, String action) {
        ReplicationModel model = models.apply(plan.applyTo(base));
        Summary summary = Simulator.summarise(model, runSeed, Replications.of(replications), threads, Progress.NONE);
        Evaluation ev = new Evaluation(summary, model.periods().all(), names, goal, firstJudgedPeriod);
        record(phase, action, plan, ev);
        progress.replicationsDone(trail.size(), trail.size() + 1);
        return ev;
    }

    private void record(String phase, String action, StaffingPlan plan, Evaluation ev) {
        trail.add(new StaffingOutcome.Step(trail.size() + 1, phase, action, plan.annualCost(base), ev.meetsGoal(), ev.describe()));
    }

    /** "OT 1.1/1.1/1.2/1.1/0.8; coach 1.6/..." for the trail. */
    private String changes(StaffingPlan plan) {
        StringBuilder sb = new StringBuilder();
        for (Role role : Role.values()) {
            sb.append(sb.isEmpty() ? "" : "; ").append(role.words()).append(' ');
            List<String> parts = new ArrayList<>();
            for (String id : ids) {
                parts.add(trim(plan.fte(role, id)));
            }
            sb.append(String.join("/", parts));
        }
        return sb.toString();
    }

    private static String trim(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
