package waitlist.solver.rules;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The rules a plan must never break. The constraint streams and the independent checker both name
 * their findings by these ids, so a plan's hard score and the checker's verdict can be compared rule
 * by rule. Rules marked {@code scored = false} are ones the planner's model cannot break (its
 * candidate slots and sessions exclude them by construction); only the checker tests them, for plans
 * made or edited elsewhere.
 */
public enum HardRule {
    SLOT_DOUBLE_BOOKED("slot-double-booked", true, "an OT slot holds more than one appointment"),
    SESSION_OVER_CAPACITY("session-over-capacity", true, "a group session takes more new starters than it has free places"),
    OT_LACKS_SKILL("ot-lacks-skill", true, "a client who needs a speciality is booked with an OT who lacks it"),
    VENUE_LACKS_FACILITY("venue-lacks-facility", true, "a client who needs a facility joins a group at a venue without it"),
    CLIENT_UNAVAILABLE_FOR_APPOINTMENT("client-unavailable-for-appointment", true, "an appointment on a day the client cannot do"),
    CLIENT_UNAVAILABLE_FOR_GROUP("client-unavailable-for-group", true, "a group start on a day the client cannot do"),
    OT_ON_LEAVE("ot-on-leave", true, "an appointment with an OT on leave"),
    COACH_ON_LEAVE("coach-on-leave", true, "a group start in a session whose coach is on leave"),
    SERVICE_CLOSED("service-closed", true, "a booking on a day the service is closed (bank holiday, Christmas period)"),
    OT_OVER_DAILY_MAXIMUM("ot-over-daily-maximum", true, "an OT sees more people in a day than their stated maximum"),
    CROSS_ALLIANCE_NOT_ALLOWED("cross-alliance-not-allowed", true, "an OT sees a client of an alliance they may not work in"),
    CLIENT_TWO_APPOINTMENTS_ON_A_DAY("client-two-appointments-on-a-day", true, "a client has two OT appointments on one day"),
    CLIENT_GROUP_AND_APPOINTMENT_ON_A_DAY("client-group-and-appointment-on-a-day", true, "a client has a group start and an OT appointment on one day"),
    CLIENT_TWO_GROUPS_ON_A_DAY("client-two-groups-on-a-day", true, "a client starts two groups on one day"),

    NOT_IN_SNAPSHOT("not-in-snapshot", false, "a booking names a demand, practitioner or session the snapshot does not have"),
    BOOKED_MORE_THAN_ONCE("booked-more-than-once", false, "one piece of demand is booked twice"),
    NOT_ACCOUNTED_FOR("not-accounted-for", false, "a piece of demand is neither booked nor listed as unbooked"),
    BOOKED_AND_UNBOOKED("booked-and-unbooked", false, "a piece of demand is both booked and listed as unbooked"),
    OUTSIDE_HORIZON("outside-horizon", false, "a booking falls outside the snapshot's horizon"),
    OUTSIDE_WORKING_PATTERN("outside-working-pattern", false,
            "an appointment not in one of the OT's slots, or a session outside its coach's working days and hours or its venue's opening times"),
    WRONG_KIND("wrong-kind", false, "a booking of the wrong kind for its demand (a referral in a group, a group start with an OT, a review with a coach)"),
    SESSION_MISMATCH("session-mismatch", false, "a group start's date, time, coach or venue differ from its session's"),
    BEFORE_READY("before-ready", false, "a group start before the client is ready"),
    WRONG_ACTIVITY("wrong-activity", false, "a group start in an activity other than the one agreed");

    private final String id;
    private final boolean scored;
    private final String meaning;

    HardRule(String id, boolean scored, String meaning) {
        this.id = id;
        this.scored = scored;
        this.meaning = meaning;
    }

    /** The constraint name and the checker's rule name. */
    @JsonValue
    public String id() {
        return id;
    }

    /** Whether the planner's score has a constraint for it. */
    public boolean scored() {
        return scored;
    }

    public String meaning() {
        return meaning;
    }

    @Override
    public String toString() {
        return id;
    }
}
