package waitlist.scenarios;

import java.time.LocalDate;

import waitlist.scenarios.rules.MayOmit;

/**
 * Someone in an intervention today. The simulator gives them the rest of an intervention length
 * drawn given that it has already lasted since {@code started}, and reviews every review interval
 * counted from {@code started}.
 *
 * @param id       the service's referral id, for tracing (optional)
 * @param referred referral date (optional; for tracing)
 * @param started  intervention start date, on or before the horizon start
 * @param mode     group or one-to-one; omitted: drawn by {@code /pathway/intervention/groupShare}
 */
public record PersonInService(
        @MayOmit String id,
        @MayOmit LocalDate referred,
        LocalDate started,
        @MayOmit InterventionMode mode) {
}
