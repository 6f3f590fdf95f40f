package waitlist.solver.plan;

import java.time.LocalDate;
import java.time.LocalTime;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One booked piece of demand, as written to the plan file and diaries.
 *
 * @param kind         {@code first-assessment}, {@code review} or {@code group-start}
 * @param practitioner the OT, or the coach running the session
 * @param session      the group session (group starts only)
 * @param venue        the venue (group starts only; OT appointments are with the client)
 */
public record Booking(String demand, String kind, String client, String alliance, String practitioner,
                      String session, String venue, LocalDate date, LocalTime start) {

    public static final String FIRST_ASSESSMENT = "first-assessment";
    public static final String REVIEW = "review";
    public static final String GROUP_START = "group-start";

    @JsonIgnore
    public boolean isOtAppointment() {
        return !GROUP_START.equals(kind);
    }
}
