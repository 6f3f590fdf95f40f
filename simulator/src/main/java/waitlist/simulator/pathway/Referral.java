package waitlist.simulator.pathway;

/** One person's referral as it moves through the pathway (mutable: the model moves it). */
final class Referral {

    /** How someone came to be in the run; part of the key of their fate's stream. */
    static final int NEW = 0;
    static final int WAITING_AT_START = 1;
    static final int IN_SERVICE_AT_START = 2;
    static final int AWAITING_PLACE_AT_START = 3;

    final long id;
    final int alliance;
    final int kind;
    final long number;
    final int generation;
    final double referralDay;
    final Fate fate;
    ReferralState state;
    /** Where the census keeps this referral among those not yet finished; -1 once finished. */
    int openIndex = -1;
    /** Patience left, in days on the list; spent only while waiting, not while booked. */
    double patienceLeft;
    /** When they last joined the list; a pending dropout acts only if it still matches. */
    double onListSince = Double.NaN;
    /** Sum of the log DNA shares of the appointments booked so far (see {@link Fate#missDraw()}). */
    private double missLogChance;
    double interventionEnd;
    double nextReviewDay;
    /** The due day of the last review counted as OT demand, so an overdue review is demanded once. */
    double reviewDemandCounted = Double.NaN;
    double placeWaitSince;
    int oneToOneWeeksLeft;
    boolean inGroup;
    boolean needsGroupAfterOneToOne;

    Referral(int alliance, int kind, long number, int generation, double referralDay, Fate fate, ReferralState state) {
        this.id = id(alliance, kind, number, generation);
        this.alliance = alliance;
        this.kind = kind;
        this.number = number;
        this.generation = generation;
        this.referralDay = referralDay;
        this.fate = fate;
        this.state = state;
        this.patienceLeft = fate.patienceDays();
    }

    /**
     * The same id for the same person in every scenario run with the same seed (policies break ties by it), unlike a
     * counter, which would depend on the order events happened in.
     */
    static long id(int alliance, int kind, long number, int generation) {
        return ((long) alliance << 50) | ((long) kind << 48) | ((long) generation << 40) | number;
    }

    /**
     * Whether they miss the appointment they are at, given the log of the DNA share in force today: their k-th is missed
     * when their draw is at most the sum of the log shares of appointments 1..k (see {@link Fate#missDraw()}).
     */
    boolean missesAppointment(double logDidNotAttendShare) {
        missLogChance += logDidNotAttendShare;
        return fate.missDraw() <= missLogChance;
    }

    int priority() {
        return fate.priority();
    }
}
