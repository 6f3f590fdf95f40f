package waitlist.solver.checker;

/** Why a referral is unbooked or breaching, in a sentence a booking team can act on. */
public record Explanation(String demand, String reason) {
}
