package waitlist.scenarios;

import java.time.LocalDate;

import waitlist.scenarios.rules.MayOmit;

/**
 * Someone first-assessed who has not started an intervention: they wait for a group place
 * (the hidden second queue).
 *
 * @param id       the service's referral id, for tracing (optional)
 * @param referred referral date (optional; for tracing)
 * @param assessed first-assessment date, on or before the horizon start
 */
public record AssessedPerson(@MayOmit String id, @MayOmit LocalDate referred, LocalDate assessed) {
}
