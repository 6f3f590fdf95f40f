package waitlist.simulator.staffing;

import java.util.List;

import waitlist.simulator.results.SimulationResult;

/**
 * The answer of a staffing search: the least-cost staffing found that meets the goal on fresh seeds (or why none within the
 * bounds does), today's for comparison, the verifying run, and every step the search took.
 *
 * @param whyNot   null when {@code feasible}; otherwise what could not be met and where
 * @param verified the verifying run of {@code proposed} (fresh seeds), or the last run when infeasible
 */
public record StaffingOutcome(boolean feasible, String whyNot, StaffingPlan today, StaffingPlan proposed, double costToday,
                              double costProposed, SimulationResult verified, List<Step> trail) {

    /** One candidate the search tried. */
    public record Step(int number, String phase, String action, double annualCost, boolean meetsGoal, String outcome) {
    }
}
