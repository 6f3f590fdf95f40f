package waitlist.simulator;

/** A referral was lost, duplicated or in an impossible state: a bug in the model, never user error. */
public final class ConservationViolation extends IllegalStateException {
    public ConservationViolation(String message) {
        super("conservation check failed: " + message);
    }
}
