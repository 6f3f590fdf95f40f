package waitlist.solver.checker;

import java.util.List;

import waitlist.solver.rules.HardRule;
import waitlist.solver.rules.Violation;

/**
 * What the independent checker found in a plan.
 *
 * @param violations   every hard rule broken, one sentence each (empty for a legal plan)
 * @param kpis         the figures a booking team reports
 * @param explanations why each unbooked or breaching referral is so
 */
public record CheckReport(List<Violation> violations, Kpis kpis, List<Explanation> explanations) {

    public boolean feasible() {
        return violations.isEmpty();
    }

    /** Whether any violation is of this rule. */
    public boolean breaks(HardRule rule) {
        return violations.stream().anyMatch(v -> v.rule() == rule);
    }
}
