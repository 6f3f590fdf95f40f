package waitlist.simulator.pathway;

/** One person's referral as it moves through the pathway (mutable: the model moves it). */
final class Referral {
    final long id;
    final int alliance;
    final double referralDay;
    final int priority;
    ReferralState state;
    /** When a pending dropout would happen; a dropout event only acts if it still matches. */
    double dropoutDay = Double.NaN;
    double lengthDays;
    double interventionEnd;
    double nextReviewDay;
    /** The due day of the last review counted as OT demand, so an overdue review is demanded once. */
    double reviewDemandCounted = Double.NaN;
    double placeWaitSince;
    int oneToOneWeeksLeft;
    boolean inGroup;
    boolean needsGroupAfterOneToOne;

    Referral(long id, int alliance, double referralDay, int priority, ReferralState state) {
        this.id = id;
        this.alliance = alliance;
        this.referralDay = referralDay;
        this.priority = priority;
        this.state = state;
    }
}
