package waitlist.solver.constraints;

import java.util.List;

/** Constraint ids: shown in reports and used as keys to override weights for one run. */
public final class ConstraintNames {
    public static final String SLOT_DOUBLE_BOOKED = "Slot double-booked";
    public static final String SESSION_OVER_CAPACITY = "Group session over capacity";
    public static final String OT_LACKS_SKILL = "OT lacks the skill";
    public static final String VENUE_LACKS_FACILITY = "Venue lacks the facility";
    public static final String CLIENT_UNAVAILABLE_FOR_APPOINTMENT = "Client unavailable for appointment";
    public static final String CLIENT_UNAVAILABLE_FOR_GROUP = "Client unavailable for group start";
    public static final String PRACTITIONER_UNAVAILABLE = "OT on leave";
    public static final String COACH_UNAVAILABLE = "Coach on leave";
    public static final String OT_OVER_DAILY_MAXIMUM = "OT over daily maximum";
    public static final String CROSS_ALLIANCE_NOT_ALLOWED = "Cross-alliance work not allowed";
    public static final String CLIENT_BOOKED_TWICE = "Client booked twice on one day";
    public static final String CLIENT_GROUP_AND_APPOINTMENT = "Client has group start and appointment on one day";
    public static final String CLIENT_TWO_GROUPS = "Client starts two groups on one day";
    public static final String APPOINTMENT_NOT_BOOKED = "Appointment not booked";
    public static final String GROUP_START_NOT_BOOKED = "Group start not booked";
    public static final String SIX_WEEK_BREACH = "Six-week breach";
    public static final String WAITERS_FIRST = "Longer waiters and urgent first";
    public static final String REVIEW_CONTINUITY = "Review with another OT";
    public static final String OT_TRAVEL = "OT travels across alliance";
    public static final String GROUP_TRAVEL = "Group outside client's alliance";
    public static final String APPOINTMENT_PREFERRED_TIME = "Appointment at unpreferred time";
    public static final String GROUP_PREFERRED_TIME = "Group start at unpreferred time";
    public static final String OT_WORKLOAD_BALANCE = "Unbalanced OT workload";
    public static final String GROUP_FILL_BALANCE = "Uneven group fill";

    public static final List<String> ALL = List.of(SLOT_DOUBLE_BOOKED, SESSION_OVER_CAPACITY, OT_LACKS_SKILL,
            VENUE_LACKS_FACILITY, CLIENT_UNAVAILABLE_FOR_APPOINTMENT, CLIENT_UNAVAILABLE_FOR_GROUP,
            PRACTITIONER_UNAVAILABLE, COACH_UNAVAILABLE, OT_OVER_DAILY_MAXIMUM, CROSS_ALLIANCE_NOT_ALLOWED,
            CLIENT_BOOKED_TWICE, CLIENT_GROUP_AND_APPOINTMENT, CLIENT_TWO_GROUPS, APPOINTMENT_NOT_BOOKED, GROUP_START_NOT_BOOKED,
            SIX_WEEK_BREACH, WAITERS_FIRST, REVIEW_CONTINUITY, OT_TRAVEL, GROUP_TRAVEL,
            APPOINTMENT_PREFERRED_TIME, GROUP_PREFERRED_TIME, OT_WORKLOAD_BALANCE, GROUP_FILL_BALANCE);

    private ConstraintNames() {
    }
}
