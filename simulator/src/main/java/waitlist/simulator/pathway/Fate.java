package waitlist.simulator.pathway;

/**
 * Everything random about one referral, drawn from the referral's own stream the moment it is created: how long triage
 * takes and whether they are redirected, their priority class, how long they would wait on the list before giving up,
 * how many first-assessment appointments they miss before attending, group or one-to-one, the length of their
 * intervention, and whether and when they are referred again. Because none of it is drawn in the order the service
 * happens to reach people, two scenarios with the same seed send the same people down the same paths; only what the
 * service does (when it sees them) differs. That is what makes a comparison's differences real rather than noise.
 *
 * @param patienceDays        days on the list (not counting time booked) before dropping out; infinite if nobody drops out
 * @param didNotAttend        first-assessment appointments missed before the one attended
 * @param lengthDays          intervention length, days
 * @param reReferralAfterDays days after discharge of the next referral, if {@code reReferred}
 */
record Fate(double triageDays, boolean redirected, int priority, double patienceDays, int didNotAttend, boolean group,
            double lengthDays, boolean reReferred, double reReferralAfterDays) {
}
