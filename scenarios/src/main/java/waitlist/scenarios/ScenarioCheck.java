package waitlist.scenarios;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import waitlist.scenarios.io.DocumentCheck;
import waitlist.scenarios.io.Findings;

/**
 * The rules a scenario must follow beyond its shape: shares that sum to 1, dates in order,
 * alliances referred to but not defined, distributions whose parameters contradict each other,
 * stage networks with cycles, places held until an earlier stage. Every problem is reported, by JSON Pointer.
 */
public final class ScenarioCheck implements DocumentCheck<Scenario> {

    /** A lognormal's sd at most this many times its mean: wider has no use for a duration, and far wider cannot be sampled. */
    static final double MAX_SPREAD = 100;
    /** ... and at least this fraction of it. */
    static final double MIN_SPREAD = 1e-6;
    /** Smallest gamma shape: below it nearly every draw is 0 and the rest are huge. */
    static final double MIN_GAMMA_SHAPE = 0.01;

    /** Shares are written to a few decimals; this much rounding is forgiven. */
    static final double SHARE_TOLERANCE = 1e-6;

    @Override
    public void check(Scenario s, Findings f) {
        Set<String> alliances = alliances(s, f);
        horizon(s.horizon(), f);
        target(s.target(), f);
        demand(s.demand(), alliances, f);
        if ((s.pathway() == null) == (s.network() == null)) {
            f.add("", s.pathway() == null
                    ? "give either \"pathway\" (the Reconnect-style service) or \"network\" (stages in series or parallel)"
                    : "give \"pathway\" or \"network\", not both");
        }
        if (s.pathway() != null) {
            pathway(s.pathway(), f);
            if (s.workforce() == null) {
                f.add("", "missing required field \"workforce\" (needed with \"pathway\": OT and coach FTE per alliance)");
            }
        }
        if (s.workforce() != null) {
            staff(s.workforce().ot(), "/workforce/ot", s.horizon().start(), alliances, f);
            staff(s.workforce().coach(), "/workforce/coach", s.horizon().start(), alliances, f);
        }
        if (s.network() != null) {
            network(s, alliances, f);
        }
        if (s.booking() != null && s.booking().cycleDays() != null && s.booking().cycleDays() % 7 != 0) {
            // The pathway model plans OT time week by week; a 3-day cycle would silently become weekly.
            f.add("/booking/cycleDays", "booking cycles are whole weeks: use 7, 14, 21, ...; found " + s.booking().cycleDays());
        }
        size(s, f);
        if (s.initialState() != null) {
            InitialStateCheck.check(s, alliances, f);
        }
    }

    /** One run must fit in memory and finish: refuse a scenario that asks for millions of people. */
    private static void size(Scenario s, Findings f) {
        if (s.demand().growthPerYear() <= -1) {
            return; // reported as such; the arithmetic below would be meaningless
        }
        long initial = ScenarioScale.initialPeople(s);
        if (initial > ScenarioScale.MAX_PEOPLE) {
            f.add("/initialState", "the run would start with " + initial + " people waiting or in service; at most "
                    + ScenarioScale.MAX_PEOPLE + " people fit in one run");
            return;
        }
        double expected = ScenarioScale.expectedReferrals(s);
        if (!(expected + initial <= ScenarioScale.MAX_PEOPLE)) {
            f.add("/demand", "this scenario expects " + (Double.isFinite(expected) ? "about " + String.format(java.util.Locale.ROOT, "%,.0f", expected)
                    : "unboundedly many") + " referrals over its " + s.horizon().weeks() + " weeks; at most " + String.format(java.util.Locale.ROOT, "%,d", ScenarioScale.MAX_PEOPLE)
                    + " people fit in one run: lower annualReferrals, growthPerYear or the step-change factors, or shorten the horizon");
        }
    }

    private static Set<String> alliances(Scenario s, Findings f) {
        Set<String> ids = new LinkedHashSet<>();
        if (s.alliances().isEmpty()) {
            f.add("/alliances", "define at least one alliance, e.g. {\"id\": \"mid\", \"name\": \"Mid Essex\"}");
        }
        for (int i = 0; i < s.alliances().size(); i++) {
            String id = s.alliances().get(i).id();
            if (id.isBlank()) {
                f.add("/alliances/" + i + "/id", "an alliance id may not be empty");
            } else if (!ids.add(id)) {
                f.add("/alliances/" + i + "/id", "alliance id \"" + id + "\" is defined twice");
            }
        }
        return ids;
    }

    private static void horizon(Horizon h, Findings f) {
        if (h.warmUpWeeks() >= h.weeks()) {
            f.add("/horizon/warmUpWeeks", "the warm-up (" + h.warmUpWeeks() + " weeks) must be shorter than the horizon ("
                    + h.weeks() + " weeks)");
        }
    }

    private static void target(Target t, Findings f) {
        if (t.confidence() != null && !(t.confidence() > 0.5)) {
            // "at risk" is a chance between 0.5 and the confidence: at 0.5 or below the three states overlap
            f.add("/target/confidence", "must be above 0.5 and at most 1 (e.g. 0.8: \"likely to hold\" means an 80 % chance or more); found "
                    + t.confidence());
        }
    }

    private static void demand(Demand d, Set<String> alliances, Findings f) {
        shares(d.allianceShares(), "/demand/allianceShares", f);
        d.allianceShares().keySet().forEach(a -> defined(a, alliances, "/demand/allianceShares/" + a, f));
        for (String a : alliances) {
            if (!d.allianceShares().containsKey(a)) {
                f.add("/demand/allianceShares", "no share given for alliance \"" + a + "\" (write 0 if it gets no referrals)");
            }
        }
        if (d.seasonality() != null && d.seasonality().size() != 12) {
            f.add("/demand/seasonality", "give 12 monthly multipliers, January first; found " + d.seasonality().size());
        }
        if (d.growthPerYear() <= -1) {
            f.add("/demand/growthPerYear", "growth must be above -1 (-1 would mean no referrals at all); found " + d.growthPerYear());
        }
        List<StepChange> steps = d.stepChangesOrEmpty();
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).alliance() != null) {
                defined(steps.get(i).alliance(), alliances, "/demand/stepChanges/" + i + "/alliance", f);
            }
        }
        inDateOrder(steps, StepChange::date, "/demand/stepChanges", f);
        Set<String> stepKeys = new HashSet<>();
        for (int i = 0; i < steps.size(); i++) {
            String where = steps.get(i).alliance() == null ? "county-wide" : "for alliance \"" + steps.get(i).alliance() + "\"";
            if (!stepKeys.add(steps.get(i).date() + " " + steps.get(i).alliance())) {
                f.add("/demand/stepChanges/" + i, "a second step change on " + steps.get(i).date() + " " + where
                        + "; give one entry with the two factors multiplied");
            }
        }
    }

    private static void pathway(Pathway p, Findings f) {
        distribution(p.triage().delayDays(), "/pathway/triage/delayDays", f);
        distribution(p.intervention().lengthWeeks(), "/pathway/intervention/lengthWeeks", f);
        if (p.priorities().isEmpty()) {
            f.add("/pathway/priorities", "give at least one priority class, e.g. [{\"name\": \"routine\", \"share\": 1}]");
        }
        Map<String, Double> shares = new HashMap<>();
        for (int i = 0; i < p.priorities().size(); i++) {
            if (shares.put(p.priorities().get(i).name(), p.priorities().get(i).share()) != null) {
                f.add("/pathway/priorities/" + i + "/name", "priority class \"" + p.priorities().get(i).name() + "\" is listed twice");
            }
        }
        double total = p.priorities().stream().mapToDouble(PriorityClass::share).sum();
        if (!p.priorities().isEmpty() && Math.abs(total - 1) > SHARE_TOLERANCE) {
            f.add("/pathway/priorities", "priority shares sum to " + round(total) + "; they must sum to 1");
        }
        if (p.reReferralShare() > 0 && p.reReferralAfterWeeks() == null) {
            f.add("/pathway", "missing field \"reReferralAfterWeeks\" (needed when reReferralShare is above 0: when, after discharge, people are referred again)");
        }
        if (p.reReferralAfterWeeks() != null) {
            distribution(p.reReferralAfterWeeks(), "/pathway/reReferralAfterWeeks", f);
        }
    }

    private static void staff(StaffGroup g, String at, LocalDate start, Set<String> alliances, Findings f) {
        Map<String, LocalDate> first = new HashMap<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < g.fte().size(); i++) {
            FteChange c = g.fte().get(i);
            defined(c.alliance(), alliances, at + "/fte/" + i + "/alliance", f);
            LocalDate earlier = first.get(c.alliance());
            if (earlier != null && c.from().isBefore(earlier)) {
                f.add(at + "/fte/" + i + "/from", "dates out of order: " + c.from() + " comes after " + earlier
                        + " for alliance \"" + c.alliance() + "\"; list each alliance's changes oldest first");
            }
            first.merge(c.alliance(), c.from(), (a, b) -> b.isAfter(a) ? b : a);
            if (!keys.add(c.from() + " " + c.alliance())) {
                f.add(at + "/fte/" + i, "a second entry from " + c.from() + " for alliance \"" + c.alliance()
                        + "\"; each alliance has one FTE figure a date");
            }
        }
        List<String> unstaffed = alliances.stream()
                .filter(a -> g.fte().stream().noneMatch(c -> c.alliance().equals(a) && !c.from().isAfter(start)))
                .toList();
        if (!unstaffed.isEmpty()) {
            f.add(at + "/fte", "no FTE given on the horizon start " + start + " for " + String.join(", ", unstaffed)
                    + "; each alliance needs an entry {\"from\": \"" + start + "\" or earlier, \"alliance\": ..., \"fte\": ...} (0 if none)");
        }
    }

    private static void network(Scenario s, Set<String> alliances, Findings f) {
        Network n = s.network();
        if (n.stages().isEmpty()) {
            f.add("/network/stages", "define at least one stage, e.g. {\"assessment\": {\"servers\": 3, \"serviceDays\": {\"exponential\": {\"mean\": 1}}}}");
            return;
        }
        String defined = String.join(", ", n.stageIds());
        n.stages().forEach((id, stage) -> {
            String at = "/network/stages/" + escape(id);
            if (id.isBlank()) {
                f.add(at, "a stage id may not be empty");
            }
            distribution(stage.serviceDays(), at + "/serviceDays", f);
            stageReferences(stage.afterOrEmpty(), n, at + "/after", defined, f);
            if (stage.afterByAlliance() != null) {
                stage.afterByAlliance().forEach((alliance, after) -> {
                    defined(alliance, alliances, at + "/afterByAlliance/" + escape(alliance), f);
                    stageReferences(after, n, at + "/afterByAlliance/" + escape(alliance), defined, f);
                });
            }
            places(stage, at, alliances, s.demand(), f);
            if (stage.holdsUntil() != null && !n.stages().containsKey(stage.holdsUntil())) {
                f.add(at + "/holdsUntil", "stage \"" + stage.holdsUntil() + "\" is not defined; stages: " + defined);
            }
        });
        if (!n.stages().containsKey(n.clockStopsAt())) {
            f.add("/network/clockStopsAt", "stage \"" + n.clockStopsAt() + "\" is not defined; stages: " + defined);
        }
        // Each alliance may order the stages differently; check every distinct order once.
        Map<String, String> orders = new LinkedHashMap<>();
        orders.put(null, "");
        for (String alliance : alliances) {
            boolean overridden = n.stages().values().stream()
                    .anyMatch(st -> st.afterByAlliance() != null && st.afterByAlliance().containsKey(alliance));
            if (overridden) {
                orders.put(alliance, " for alliance \"" + alliance + "\"");
            }
        }
        Set<String> reported = new HashSet<>();
        orders.forEach((alliance, forWhom) -> {
            StageGraph graph = StageGraph.of(n, alliance);
            List<String> cycle = graph.cycle();
            if (!cycle.isEmpty()) {
                String message = "the stages' \"after\" lists form a cycle" + forWhom + ": " + String.join(" -> ", cycle);
                if (reported.add(message)) {
                    f.add("/network/stages", message);
                }
                return;
            }
            ordering(n, graph, forWhom, reported, f);
        });
    }

    /** Blocking and leaving must respect the order: a place is held until a later stage; nobody leaves before the clock stops. */
    private static void ordering(Network n, StageGraph graph, String forWhom, Set<String> reported, Findings f) {
        int clock = graph.index(n.clockStopsAt());
        n.stages().forEach((id, stage) -> {
            int s = graph.index(id);
            String at = "/network/stages/" + escape(id);
            int held = stage.holdsUntil() == null ? -1 : graph.index(stage.holdsUntil());
            if (held >= 0 && !graph.downstream(s)[held]) {
                String message = held == s
                        ? "a stage cannot hold its place until it starts itself; name a later stage, e.g. the start of onward care"
                        : "\"" + stage.holdsUntil() + "\" does not come after \"" + id + "\"" + forWhom
                          + ": a place can only be held until a later stage starts (one reached through the \"after\" lists)";
                if (reported.add(at + message)) {
                    f.add(at + "/holdsUntil", message);
                }
            }
            if (stage.exitShare() > 0 && clock >= 0 && graph.downstream(s)[clock]) {
                String message = "people who leave after \"" + id + "\" would never reach \"" + n.clockStopsAt()
                        + "\", where the clock stops" + forWhom + "; leaving is only allowed at or after the clock-stopping stage";
                if (reported.add(at + message)) {
                    f.add(at + "/exitShare", message);
                }
            }
        });
    }

    private static void stageReferences(List<String> after, Network n, String at, String defined, Findings f) {
        for (int j = 0; j < after.size(); j++) {
            if (!n.stages().containsKey(after.get(j))) {
                f.add(at + "/" + j, "stage \"" + after.get(j) + "\" is not defined; stages: " + defined);
            }
        }
    }

    /** One pool county-wide, or one per alliance covering every alliance that gets referrals; or neither (no limit). */
    private static void places(Stage stage, String at, Set<String> alliances, Demand demand, Findings f) {
        if (stage.servers() != null && stage.serversByAlliance() != null) {
            f.add(at, "give \"servers\" (one pool of places county-wide) or \"serversByAlliance\" (places per alliance), not both");
            return;
        }
        if (stage.serversByAlliance() == null) {
            return;
        }
        stage.serversByAlliance().keySet().forEach(a -> defined(a, alliances, at + "/serversByAlliance/" + escape(a), f));
        List<String> missing = alliances.stream().filter(a -> !stage.serversByAlliance().containsKey(a)).toList();
        if (!missing.isEmpty()) {
            f.add(at + "/serversByAlliance", "no places given for " + String.join(", ", missing)
                    + "; list every alliance (0 for one that gets no referrals)");
        }
        stage.serversByAlliance().forEach((a, places) -> {
            if (places == 0 && demand.allianceShares().getOrDefault(a, 0.0) > 0) {
                f.add(at + "/serversByAlliance/" + escape(a), "alliance \"" + a + "\" gets referrals but has no places here,"
                        + " so its people would wait for ever; give at least 1");
            }
        });
    }

    /** A JSON Pointer reference token (RFC 6901). */
    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    static void distribution(Distribution d, String at, Findings f) {
        if (d instanceof Distribution.Gamma g && g.mean() > Distribution.MAX) {
            f.add(at + "/gamma", "the mean (shape × scale = " + round(g.mean()) + ") must be at most " + (long) Distribution.MAX);
        }
        if (d instanceof Distribution.Gamma g && g.shape() < MIN_GAMMA_SHAPE) {
            f.add(at + "/gamma/shape", "must be at least " + MIN_GAMMA_SHAPE + "; found " + g.shape());
        }
        if (d instanceof Distribution.Lognormal l && (l.sd() > MAX_SPREAD * l.mean() || l.sd() < MIN_SPREAD * l.mean())) {
            // Outside this the underlying normal's variance overflows, or underflows to none, and draws fail.
            f.add(at + "/lognormal/sd", "the sd must be between a millionth of the mean and " + (long) MAX_SPREAD
                    + " times it (for no spread at all, use {\"fixed\": {\"value\": ...}}); found sd " + l.sd() + " for mean " + l.mean());
        }
        switch (d) {
            case Distribution.Triangular t -> {
                if (!(t.min() <= t.mode() && t.mode() <= t.max()) || t.min() == t.max()) {
                    f.add(at + "/triangular", "need min <= mode <= max with min < max; found min " + t.min()
                            + ", mode " + t.mode() + ", max " + t.max());
                }
            }
            case Distribution.Uniform u -> {
                if (!(u.min() < u.max())) {
                    f.add(at + "/uniform", "need min < max; found min " + u.min() + ", max " + u.max());
                }
            }
            case Distribution.Empirical e -> {
                if (e.values().isEmpty()) {
                    f.add(at + "/empirical/values", "give at least one value");
                }
                if (e.weights() != null && e.weights().size() != e.values().size()) {
                    f.add(at + "/empirical/weights", "give one weight per value: " + e.values().size() + " values but "
                            + e.weights().size() + " weights");
                }
            }
            default -> {
            }
        }
    }

    private static void shares(Map<String, Double> shares, String at, Findings f) {
        double total = shares.values().stream().mapToDouble(Double::doubleValue).sum();
        if (Math.abs(total - 1) > SHARE_TOLERANCE) {
            f.add(at, "shares sum to " + round(total) + "; they must sum to 1");
        }
    }

    static void defined(String alliance, Set<String> alliances, String at, Findings f) {
        if (!alliances.contains(alliance)) {
            f.add(at, "alliance \"" + alliance + "\" is not defined; defined alliances: " + String.join(", ", alliances));
        }
    }

    private static <T> void inDateOrder(List<T> items, Function<T, LocalDate> date, String at, Findings f) {
        for (int i = 1; i < items.size(); i++) {
            if (date.apply(items.get(i)).isBefore(date.apply(items.get(i - 1)))) {
                f.add(at + "/" + i + "/date", "dates out of order: " + date.apply(items.get(i)) + " is before "
                        + date.apply(items.get(i - 1)) + "; list changes oldest first");
            }
        }
    }

    private static String round(double v) {
        return String.valueOf(Math.round(v * 1e6) / 1e6);
    }
}
