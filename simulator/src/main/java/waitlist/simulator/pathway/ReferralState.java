package waitlist.simulator.pathway;

/** Where a referral is. Every referral is in exactly one state at any moment (the conservation check). */
public enum ReferralState {
    IN_TRIAGE,
    WAITING,
    BOOKED,
    AWAITING_PLACE,
    IN_INTERVENTION,
    DISCHARGED,
    DROPPED_OUT,
    REDIRECTED
}
