package waitlist.simulator.results;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What the chance P that the target holds in a period says, against the stated confidence q:
 * likely to hold (P >= q), at risk (0.5 <= P < q), likely to miss (P < 0.5).
 */
public enum TargetStatus {
    @JsonProperty("likely-to-hold") LIKELY_TO_HOLD("likely to hold"),
    @JsonProperty("at-risk") AT_RISK("at risk"),
    @JsonProperty("likely-to-miss") LIKELY_TO_MISS("likely to miss");

    private final String words;

    TargetStatus(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    /** The machine-readable name, as in JSON and CSV. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static TargetStatus of(double pHolds, double confidence) {
        if (pHolds >= confidence) {
            return LIKELY_TO_HOLD;
        }
        return pHolds >= 0.5 ? AT_RISK : LIKELY_TO_MISS;
    }
}
