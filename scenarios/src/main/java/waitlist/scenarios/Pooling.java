package waitlist.scenarios;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether spare capacity in one alliance may serve another's waiting list. */
public enum Pooling {
    /** Each alliance's staff see only their own alliance's referrals. */
    @JsonProperty("none") NONE,
    /** Staff may work anywhere in the county once their own alliance's list is served. */
    @JsonProperty("county") COUNTY
}
