package waitlist.scenarios.snapshot;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A clinical speciality a client needs and an OT may have. */
public enum Skill {
    @JsonProperty("learning-disability") LEARNING_DISABILITY,
    @JsonProperty("physical-disability") PHYSICAL_DISABILITY,
    @JsonProperty("mental-health") MENTAL_HEALTH
}
