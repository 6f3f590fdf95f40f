package waitlist.scenarios.snapshot;

import com.fasterxml.jackson.annotation.JsonProperty;

/** When a client would rather be seen; mornings end at noon. */
public enum PartOfDay {
    @JsonProperty("morning") MORNING,
    @JsonProperty("afternoon") AFTERNOON
}
