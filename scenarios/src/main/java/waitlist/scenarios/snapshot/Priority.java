package waitlist.scenarios.snapshot;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Triage priority of a piece of demand; urgent people are booked first. */
public enum Priority {
    @JsonProperty("urgent") URGENT,
    @JsonProperty("routine") ROUTINE
}
