package waitlist.solver.rules;

/**
 * A hard rule a plan breaks, as the checker reports it.
 *
 * @param rule    which rule (its id is also the planner's constraint name)
 * @param subject the demand, slot, session or client it concerns
 * @param message one sentence a booking team can act on
 */
public record Violation(HardRule rule, String subject, String message) {

    @Override
    public String toString() {
        return rule.id() + ": " + message;
    }
}
