package waitlist.scenarios;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How someone's intervention is delivered (see {@link Intervention}). */
public enum InterventionMode {
    /** Coach-led weekly group sessions. */
    @JsonProperty("group") GROUP,
    /** OT-led one-to-one sessions first (then, if the pathway says so, a group). */
    @JsonProperty("one-to-one") ONE_TO_ONE
}
