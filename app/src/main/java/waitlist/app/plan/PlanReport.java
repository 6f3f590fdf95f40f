package waitlist.app.plan;

import java.util.List;

import waitlist.solver.checker.Explanation;
import waitlist.solver.checker.Kpis;
import waitlist.solver.plan.Plan;
import waitlist.solver.rules.Violation;

/**
 * The plan file: the optimised plan, the checker's verdict and figures, the reasons for everyone
 * unbooked or breaching, and first-come first-served's figures on the same snapshot.
 *
 * @param stoppedBy  what ended the search, e.g. "3000 steps (seed 1)" or "time limit 30s (seed 0)"
 * @param violations hard rules the independent checker found broken, each with its rule name (empty for a legal plan)
 */
public record PlanReport(String snapshot, String stoppedBy, Plan plan, List<Violation> violations, Kpis kpis,
                         List<Explanation> explanations, Kpis firstComeFirstServed) {
}
