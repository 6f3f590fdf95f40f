package waitlist.scenarios;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Who is booked first when there is less OT time than people waiting. */
public enum BookingPolicy {
    /** By referral date, as a booking team does by hand. */
    @JsonProperty("first-come-first-served") FIRST_COME_FIRST_SERVED,
    /** Most urgent class first, then by referral date. */
    @JsonProperty("priority-first") PRIORITY_FIRST,
    /** The Timefold planner books each cycle (wired in by the application). */
    @JsonProperty("solver") SOLVER
}
