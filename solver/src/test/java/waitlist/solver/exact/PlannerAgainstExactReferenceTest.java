package waitlist.solver.exact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import waitlist.scenarios.snapshot.Snapshot;
import waitlist.solver.BookingSolver;
import waitlist.solver.ProblemBuilder;
import waitlist.solver.SolverSettings;
import waitlist.solver.baseline.FirstComeFirstServed;
import waitlist.solver.domain.BookingPlan;
import waitlist.solver.generator.AllianceMix;
import waitlist.solver.generator.SnapshotGenerator;
import waitlist.solver.generator.SnapshotRecipe;

/**
 * The planner against the proved optimum (CP-SAT) on small contested weeks, on both levels: the
 * urgency left unbooked, and, where that is optimal, the breach cost (people breaching and
 * breach-days, as the planner weighs them). First-come first-served is measured beside it, so the
 * slices are known to be ones where the choice matters.
 *
 * <p>Over all slices the planner is within 1 % of the optimal urgency; one slice alone may be up to
 * 5 % off. Measured: five of six equal the optimum; slice 4 misses one group start (10 points, 3 %):
 * its client's review holds the session's day, and moving the review means unbooking someone of
 * equal urgency first, a two-move exchange the search does not find.
 */
class PlannerAgainstExactReferenceTest {

    /** Two alliances, one week: few enough OTs that 30-50 referrals, reviews and group starts contend for them. */
    private static SnapshotRecipe contested(double capacity) {
        return new SnapshotRecipe("exact-reference slices", List.of(
                new AllianceMix("mid", "Mid Essex", 0.6, 1.0, 1.0),
                new AllianceMix("west", "West Essex", 0.4, 0.7, 0.7)),
                0.15, 150, LocalDate.of(2026, 3, 2), 1, capacity, 0.5, 0.25, 42);
    }

    private record Slice(int referrals, long seed, double capacity) {
    }

    @Test
    void plannerIsWithinOnePercentOfTheOptimalUrgencyAndFivePercentOfTheOptimalBreachCost() {
        List<Slice> slices = List.of(new Slice(30, 1, 0.6), new Slice(40, 2, 0.6), new Slice(50, 3, 0.6),
                new Slice(50, 4, 0.8), new Slice(45, 5, 0.5), new Slice(35, 6, 0.7));
        long plannerTotal = 0;
        long optimumTotal = 0;
        List<String> lines = new ArrayList<>();
        for (Slice slice : slices) {
            Snapshot snapshot = new SnapshotGenerator(contested(slice.capacity()), slice.seed()).generate(slice.referrals());
            ExactReference.Result optimum = new ExactReference(ProblemBuilder.build(snapshot), 20, 2).solve();
            BookingPlan best = BookingSolver.solve(ProblemBuilder.build(snapshot), SolverSettings.stepped(1_000, slice.seed()), null);
            ExactReference.Result planner = ExactReference.measure(best);
            ExactReference.Result fcfs = ExactReference.measure(FirstComeFirstServed.book(ProblemBuilder.build(snapshot)));
            String line = slice + ": urgency unbooked " + planner.unbookedUrgency() + " (optimum " + optimum.unbookedUrgency()
                    + ", FCFS " + fcfs.unbookedUrgency() + "), breach cost " + planner.breachCost() + " (optimum " + optimum.breachCost() + ")";
            lines.add(line);

            assertThat(optimum.optimal()).as("CP-SAT proved its optimum: %s", line).isTrue();
            assertThat(fcfs.unbookedUrgency()).as("a contested week: %s", line).isGreaterThan(optimum.unbookedUrgency());
            assertThat((double) planner.unbookedUrgency()).as(line).isLessThanOrEqualTo(optimum.unbookedUrgency() * 1.05);
            if (planner.unbookedUrgency() == optimum.unbookedUrgency()) {
                assertThat((double) planner.breachCost()).as(line).isLessThanOrEqualTo(optimum.breachCost() * 1.05);
            }
            plannerTotal += planner.unbookedUrgency();
            optimumTotal += optimum.unbookedUrgency();
        }
        assertThat((double) plannerTotal).as(String.join("\n", lines)).isLessThanOrEqualTo(optimumTotal * 1.01);
    }
}
