package waitlist.solver.generator;

/**
 * One alliance as the generator needs it.
 *
 * @param referralShare share of referrals from this alliance
 * @param otFte         OT full-time equivalents (only the split between alliances is used; the total is sized to demand)
 * @param coachFte      coach full-time equivalents (likewise)
 */
public record AllianceMix(String id, String name, double referralShare, double otFte, double coachFte) {
}
