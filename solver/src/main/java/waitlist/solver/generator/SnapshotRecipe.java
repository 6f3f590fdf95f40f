package waitlist.solver.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import waitlist.scenarios.Alliance;
import waitlist.scenarios.FteChange;
import waitlist.scenarios.Scenario;
import waitlist.scenarios.snapshot.Snapshot;

/**
 * What a generated snapshot is drawn from: a scenario's alliance split, urgent share, first
 * assessment length and staff split, plus how much capacity to give relative to the demand
 * drawn (so 20 and 10,000 referrals both make a plausible week, not an empty or hopeless one).
 *
 * @param capacityRatio OT slots in the horizon per OT appointment wanted; below 1 is over-subscribed
 * @param reviewsPerReferral reviews due per waiting referral (assumption: reviews take a large share of OT time)
 * @param startsPerReferral  people ready to start an intervention per waiting referral
 * @param targetDays         the promise, days from referral to first assessment (the scenario's target)
 */
public record SnapshotRecipe(String source, List<AllianceMix> alliances, double urgentShare, int otSlotMinutes,
                             LocalDate start, int weeks, double capacityRatio, double reviewsPerReferral,
                             double startsPerReferral, int targetDays) {

    /** The built-in recipe's start: a fixed Monday, so tests and benchmarks draw the same week every year. */
    public static final LocalDate BASELINE_START = LocalDate.of(2026, 3, 2);
    public static final double DEFAULT_CAPACITY_RATIO = 0.9;

    /**
     * the baseline's values (docs/domain.md), for when no scenario file is at hand: alliance split SE 0.21, SW 0.21,
     * Mid 0.22, NE 0.21, West 0.15, 10 % urgent, 150 OT minutes per first assessment.
     */
    public static SnapshotRecipe reconnectBaseline() {
        return new SnapshotRecipe("reconnect-baseline (built in)", List.of(
                new AllianceMix("south-east", "South East Essex", 0.21, 1.0, 1.3),
                new AllianceMix("south-west", "South West Essex", 0.21, 1.0, 1.3),
                new AllianceMix("mid", "Mid Essex", 0.22, 1.0, 1.3),
                new AllianceMix("north-east", "North East Essex", 0.21, 1.0, 1.3),
                new AllianceMix("west", "West Essex", 0.15, 0.6, 0.8)),
                0.10, 150, BASELINE_START, 4, DEFAULT_CAPACITY_RATIO, 0.5, 0.25, Snapshot.SIX_WEEKS);
    }

    /** Draws the recipe from a scenario: its alliances, referral split, most-urgent class share and staff split. */
    public static SnapshotRecipe from(Scenario scenario, LocalDate start) {
        List<AllianceMix> mixes = new ArrayList<>();
        for (Alliance a : scenario.alliances()) {
            double share = scenario.demand().allianceShares().getOrDefault(a.id(), 0.0);
            double ot = scenario.workforce() == null ? 1 : fteAt(scenario.workforce().ot().fte(), a.id(), start);
            double coach = scenario.workforce() == null ? 1 : fteAt(scenario.workforce().coach().fte(), a.id(), start);
            mixes.add(new AllianceMix(a.id(), a.name(), share, ot, coach));
        }
        double urgent = 0.10;
        int minutes = 150;
        if (scenario.pathway() != null) {
            if (scenario.pathway().priorities().size() > 1) {
                urgent = scenario.pathway().priorities().get(0).share();
            }
            minutes = (int) Math.ceil(scenario.pathway().firstAssessment().otMinutes(start));
        }
        int target = scenario.target() != null && scenario.target().days() > 0 ? scenario.target().days() : Snapshot.SIX_WEEKS;
        return new SnapshotRecipe(scenario.name(), List.copyOf(mixes), urgent, minutes, start, 4,
                DEFAULT_CAPACITY_RATIO, 0.5, 0.25, target);
    }

    public SnapshotRecipe withCapacityRatio(double ratio) {
        return new SnapshotRecipe(source, alliances, urgentShare, otSlotMinutes, start, weeks, ratio,
                reviewsPerReferral, startsPerReferral, targetDays);
    }

    public SnapshotRecipe withStart(LocalDate day) {
        return new SnapshotRecipe(source, alliances, urgentShare, otSlotMinutes, day, weeks, capacityRatio,
                reviewsPerReferral, startsPerReferral, targetDays);
    }

    /** The latest FTE set for the alliance on or before the day (a small floor so nobody has zero staff). */
    private static double fteAt(List<FteChange> changes, String alliance, LocalDate day) {
        return changes.stream()
                .filter(c -> alliance.equals(c.alliance()) && !c.from().isAfter(day))
                .max(Comparator.comparing(FteChange::from))
                .map(FteChange::fte)
                .filter(f -> f > 0)
                .orElse(0.1);
    }
}
