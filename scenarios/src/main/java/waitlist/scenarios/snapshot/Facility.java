package waitlist.scenarios.snapshot;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Equipment a venue has and some clients or activities need. */
public enum Facility {
    @JsonProperty("pool-pod") POOL_POD,
    @JsonProperty("hoist") HOIST,
    @JsonProperty("changing-place") CHANGING_PLACE
}
