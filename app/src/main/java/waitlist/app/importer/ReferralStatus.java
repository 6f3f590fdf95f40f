package waitlist.app.importer;

import java.util.Arrays;
import java.util.List;

/** Where a referral stood when the extract was taken, as the extract's {@code status} column spells it. */
public enum ReferralStatus {
    /** Referred, not yet first-assessed. */
    WAITING("waiting"),
    /** Found not eligible at triage; left the list. */
    REDIRECTED("redirected"),
    /** Left the list before a first assessment. */
    DROPPED_OUT("dropped-out"),
    /** First-assessed, not yet started on an intervention. */
    ASSESSED("assessed"),
    /** In an intervention. */
    IN_SERVICE("in-service"),
    /** Intervention over (or closed after assessment). */
    DISCHARGED("discharged");

    private final String code;

    ReferralStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The status with this code, or null. */
    public static ReferralStatus of(String code) {
        for (ReferralStatus s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        return null;
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(ReferralStatus::code).toList();
    }

    /** Left the list without a first assessment. */
    public boolean leftWithoutAssessment() {
        return this == REDIRECTED || this == DROPPED_OUT;
    }
}
