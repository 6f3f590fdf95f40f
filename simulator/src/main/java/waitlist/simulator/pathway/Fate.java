package waitlist.simulator.pathway;

/**
 * Everything random about one referral, drawn from the referral's own stream the moment it is created: how long triage
 * takes and whether they are redirected, their priority class, how long they would wait on the list before giving up,
 * how likely they are to miss first-assessment appointments, group or one-to-one, the length of their
 * intervention, and whether and when they are referred again. Because none of it is drawn in the order the service
 * happens to reach people, two scenarios with the same seed send the same people down the same paths; only what the
 * service does (when it sees them) differs. That is what makes a comparison's differences real rather than noise.
 *
 * @param patienceDays        days on the list (not counting time booked) before dropping out; infinite if nobody drops out
 * @param missDraw            log of a uniform in (0, 1]: they miss their k-th first-assessment appointment (having missed
 *                            the ones before) when it is at most the sum of log DNA shares in force on the days of
 *                            appointments 1..k. With one share d throughout, that is a geometric count of misses,
 *                            P(at least k) = d^k, as inverting its law gives; with a share that changes on a date, each
 *                            appointment is judged by the share of its own day, from the same draw (common random numbers)
 * @param lengthDays          intervention length, days
 * @param reReferralAfterDays days after discharge of the next referral, if {@code reReferred}
 */
record Fate(double triageDays, boolean redirected, int priority, double patienceDays, double missDraw, boolean group,
            double lengthDays, boolean reReferred, double reReferralAfterDays) {
}
