package waitlist.scenarios;

import java.time.LocalDate;

import waitlist.scenarios.rules.MayOmit;

/**
 * Someone on today's waiting list for a first assessment. The six-week clock runs from
 * {@code referred}.
 *
 * @param id       the service's referral id, for tracing (optional)
 * @param referred referral date, on or before the horizon start
 * @param priority a priority class of {@code /pathway/priorities}; omitted: drawn by the classes' shares
 * @param status   where they are on the list; omitted: {@code waiting}
 */
public record WaitingPerson(
        @MayOmit String id,
        LocalDate referred,
        @MayOmit String priority,
        @MayOmit WaitingStatus status) {

    public WaitingStatus statusOrDefault() {
        return status == null ? WaitingStatus.WAITING : status;
    }
}
