package waitlist.scenarios;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where someone on today's waiting list is. */
public enum WaitingStatus {
    /** Still in triage (admin screening): may yet be redirected. */
    @JsonProperty("in-triage") IN_TRIAGE,
    /** Triaged, waiting to be booked. */
    @JsonProperty("waiting") WAITING,
    /** Booked into the first booking cycle: their appointment takes OT time in the first week(s). */
    @JsonProperty("booked") BOOKED
}
