package waitlist.app.importer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import waitlist.app.importer.FittedDemand.Interval;
import waitlist.scenarios.AllianceState;
import waitlist.scenarios.FteChange;
import waitlist.scenarios.Scenario;
import waitlist.scenarios.StaffGroup;
import waitlist.scenarios.StepChange;
import waitlist.scenarios.io.Documents;

/**
 * Writes the imported scenario: a small file that {@code extends} the base and states what the
 * extract told us (horizon start, today's list person by person, fitted demand), every fitted
 * value with a {@code source} note saying what it was fitted from and its 95 % interval. What it
 * has to change of the base for the new start date (FTE lists dated after it, step changes before
 * it) it restates, with a note. Same inputs, same bytes.
 */
final class ImportedScenario {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** What went into the scenario, for its notes. */
    record Provenance(String extract, String digest, int rows, int used, List<Integer> skippedLines, String weeksWhy, String asOfWhy) {
    }

    private ImportedScenario() {
    }

    static ObjectNode build(BaseFile base, Path out, String name, Provenance from, TodaysList today, FittedDemand demand,
                            int weeks, List<String> restated) {
        Scenario b = base.loaded().scenario();
        LocalDate start = today.asOf();
        ObjectNode root = JSON.objectNode();
        root.put("extends", base.extendsFrom(out));
        root.put("name", name);
        root.put("description", "Today's list as at " + start + " from " + from.extract() + ", run forward on " + b.name()
                + "'s pathway and staffing, with demand fitted from " + demand.totalReferrals() + " referrals ("
                + demand.from() + " to " + demand.to().minusDays(1) + ").");
        root.put("source", "waitlist import of " + from.extract() + " (sha256 " + from.digest().substring(0, 16) + "): "
                + from.rows() + " rows, " + from.used() + " used" + skipped(from.skippedLines()) + "; base " + b.name()
                + " supplies everything not stated here");

        ObjectNode horizon = root.putObject("horizon");
        horizon.put("start", start.toString());
        horizon.put("weeks", weeks);
        horizon.put("warmUpWeeks", 0);
        horizon.put("source", "import: starts on the as-of date (" + from.asOfWhy() + ") from today's list, so no warm-up; "
                + from.weeksWhy());

        root.set("demand", demand(b, demand, start, restated));
        ObjectNode workforce = workforce(b, start, restated);
        if (workforce != null) {
            root.set("workforce", workforce);
        }
        root.set("initialState", initialState(today, from));
        return root;
    }

    static String json(ObjectNode scenario) {
        return CompactJson.write(scenario);
    }

    private static ObjectNode demand(Scenario b, FittedDemand d, LocalDate start, List<String> restated) {
        String window = d.totalReferrals() + " referrals referred " + d.from() + " to " + d.to().minusDays(1) + " (" + d.days() + " days)";
        String method = "Poisson maximum likelihood (log-linear daily intensity), 95 % Wald interval from the observed Fisher information";
        ObjectNode demand = JSON.objectNode();
        demand.set("annualReferrals", noted(JSON.numberNode(round(d.county().value(), 1)),
                "fitted: referrals a year county-wide at " + start + ", " + ci(d.county(), 0) + ", from " + window + "; " + method));
        ObjectNode shares = demand.putObject("allianceShares");
        List<BigDecimal> rounded = sharesSummingToOne(d.shares());
        StringBuilder perAlliance = new StringBuilder();
        for (int a = 0; a < d.alliances().size(); a++) {
            shares.put(d.alliances().get(a), rounded.get(a).doubleValue());
            perAlliance.append(a == 0 ? "" : "; ").append(d.alliances().get(a)).append(' ')
                    .append(fmt(d.annual().get(a).value(), 0)).append(" a year (").append(fmt(d.annual().get(a).low(), 0)).append('–')
                    .append(fmt(d.annual().get(a).high(), 0)).append("), share ").append(ci(d.shares().get(a), 3))
                    .append(" from ").append(d.referrals().get(a)).append(" referrals");
        }
        shares.put("source", "fitted, by alliance: " + perAlliance + "; shares are each alliance's rate over the county's");
        if (d.growthFitted()) {
            String test = Double.isNaN(d.growthDiffersP()) ? ""
                    : "; one growth per alliance instead: likelihood-ratio test p = " + fmt(d.growthDiffersP(), 2)
                            + " (the scenario format has one county-wide growth)";
            demand.set("growthPerYear", noted(JSON.numberNode(round(d.growth().value(), 4)),
                    "fitted: compound growth a year, county-wide, " + ci(d.growth(), 3) + ", from " + window + test));
        }
        if (d.seasonalityFitted()) {
            ArrayNode months = JSON.arrayNode();
            StringBuilder each = new StringBuilder();
            for (int m = 0; m < 12; m++) {
                Interval s = d.seasonality().get(m);
                months.add(round(s.value(), 3));
                each.append(m == 0 ? "" : ", ").append(Month.of(m + 1).getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).append(' ')
                        .append(fmt(s.value(), 2)).append(" (").append(fmt(s.low(), 2)).append('–').append(fmt(s.high(), 2)).append(')');
            }
            demand.set("seasonality", noted(months, "fitted: monthly multipliers, mean 1, county-wide, with 95 % intervals: " + each
                    + "; against none, likelihood-ratio test p = " + fmt(d.seasonalityP(), 3)));
        }
        List<StepChange> steps = b.demand().stepChangesOrEmpty();
        List<StepChange> before = steps.stream().filter(s -> s.date().isBefore(start)).toList();
        if (!before.isEmpty()) {
            // entries merge by date and alliance: "remove" takes the inherited ones out, later ones stay
            ArrayNode removals = JSON.arrayNode();
            for (StepChange s : before) {
                ObjectNode removal = removals.addObject();
                removal.put("date", s.date().toString());
                if (s.alliance() != null) {
                    removal.put("alliance", s.alliance());
                }
                removal.put("remove", true);
            }
            String dropped = String.join(", ", before.stream()
                    .map(s -> s.date() + " ×" + s.factor() + (s.alliance() == null ? "" : " in " + s.alliance())).toList());
            String note = "import: the base's step changes before " + start + " (" + dropped
                    + ") are taken out: the demand fitted from history already shows them; later ones are kept";
            demand.set("stepChanges", noted(removals, note));
            restated.add(note);
        }
        return demand;
    }

    /** FTE lists whose entries all start after the new start date would leave an alliance unstaffed: move the first back. */
    private static ObjectNode workforce(Scenario b, LocalDate start, List<String> restated) {
        if (b.workforce() == null) {
            return null;
        }
        ObjectNode workforce = JSON.objectNode();
        staff("ot", b.workforce().ot(), b, start, workforce, restated);
        staff("coach", b.workforce().coach(), b, start, workforce, restated);
        return workforce.isEmpty() ? null : workforce;
    }

    private static void staff(String role, StaffGroup g, Scenario b, LocalDate start, ObjectNode workforce, List<String> restated) {
        ArrayNode added = JSON.arrayNode();
        List<String> moved = new ArrayList<>();
        for (var alliance : b.alliances()) {
            String id = alliance.id();
            boolean staffed = g.fte().stream().anyMatch(c -> c.alliance().equals(id) && !c.from().isAfter(start));
            if (staffed) {
                continue;
            }
            g.fte().stream().filter(c -> c.alliance().equals(id)).min(java.util.Comparator.comparing(FteChange::from)).ifPresent(first -> {
                // entries merge by date and alliance: this one is added to the inherited list, which keeps its own
                added.add(Documents.toTree(new FteChange(start, id, first.fte())));
                moved.add(id + " " + first.fte() + " FTE, its first entry, dated " + first.from());
            });
        }
        if (moved.isEmpty()) {
            return;
        }
        String note = "import: the base's " + role + " FTE starts after " + start + "; these entries staff each alliance from "
                + start + " as the base's first entry does (" + String.join("; ", moved) + ")";
        workforce.putObject(role).set("fte", noted(added, note));
        restated.add(note);
    }

    private static ObjectNode initialState(TodaysList today, Provenance from) {
        ArrayNode alliances = JSON.arrayNode();
        for (AllianceState s : today.state().alliances()) {
            ObjectNode node = (ObjectNode) Documents.toTree(s);
            node.remove("inService"); // the counts form's field; this list is person by person
            alliances.add(node);
        }
        ObjectNode state = JSON.objectNode();
        state.set("alliances", alliances);
        state.put("source", "import: the list at the start of " + today.asOf() + " from " + from.extract() + " (events dated before it"
                + " have happened): " + today.waiting() + " waiting (" + today.inTriage() + " still in triage), " + today.awaitingPlace()
                + " assessed and waiting for a place, " + today.inService() + " in service");
        return state;
    }

    private static JsonNode noted(JsonNode value, String source) {
        ObjectNode node = JSON.objectNode();
        node.set("value", value);
        node.put("source", source);
        return node;
    }

    /** Shares to 4 decimals, the largest taking the rounding so they sum to exactly 1. */
    static List<BigDecimal> sharesSummingToOne(List<Interval> shares) {
        List<BigDecimal> rounded = new ArrayList<>();
        int largest = 0;
        for (int i = 0; i < shares.size(); i++) {
            rounded.add(BigDecimal.valueOf(shares.get(i).value()).setScale(4, RoundingMode.HALF_EVEN));
            if (shares.get(i).value() > shares.get(largest).value()) {
                largest = i;
            }
        }
        BigDecimal sum = rounded.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        rounded.set(largest, rounded.get(largest).add(BigDecimal.ONE.subtract(sum)));
        return rounded;
    }

    private static String skipped(List<Integer> lines) {
        return lines.isEmpty() ? "" : ", " + lines.size() + " bad rows skipped (lines " + Lines.ranges(lines) + ")";
    }

    private static String ci(Interval i, int decimals) {
        return fmt(i.value(), decimals) + " (95 % CI " + fmt(i.low(), decimals) + "–" + fmt(i.high(), decimals) + ")";
    }

    static String fmt(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    private static double round(double v, int decimals) {
        return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_EVEN).doubleValue();
    }
}
