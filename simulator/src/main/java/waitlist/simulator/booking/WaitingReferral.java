package waitlist.simulator.booking;

/**
 * Someone on the list as a booking policy sees them.
 *
 * @param id          stable within a replication; ties are broken by it
 * @param alliance    alliance id
 * @param referralDay day of referral, counted from the horizon start (negative if referred before it)
 * @param priority    index of the priority class, 0 = most urgent
 * @param daysWaited  days since referral at the booking moment
 * @param escalated   waited long enough to be treated as most urgent (scenario escalation rule)
 */
public record WaitingReferral(long id, String alliance, double referralDay, int priority, double daysWaited, boolean escalated) {

    /** The class used for ordering: escalated people count as most urgent. */
    public int effectivePriority() {
        return escalated ? 0 : priority;
    }
}
