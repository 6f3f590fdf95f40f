package waitlist.scenarios.snapshot;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a practitioner does: OTs assess and review, coaches run group sessions. */
public enum Role {
    @JsonProperty("ot") OT,
    @JsonProperty("coach") COACH
}
