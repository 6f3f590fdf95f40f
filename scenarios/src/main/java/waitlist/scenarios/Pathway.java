package waitlist.scenarios;

import java.util.List;

import waitlist.scenarios.rules.MayOmit;
import waitlist.scenarios.rules.Share;
import waitlist.scenarios.rules.MaxItems;

/**
 * A referral's life in the Reconnect-style service (docs/domain.md): triage, waiting for a first
 * assessment by an OT, an intervention (group or one-to-one), reviews, discharge, re-referral.
 *
 * @param dropoutPerWeek  chance that someone still waiting leaves the list in a given week
 * @param priorities      priority classes, most urgent first; shares sum to 1
 * @param escalation      optional: people nearing the target move to the most urgent class
 * @param reReferralShare share of discharged people who are referred again later
 * @param reReferralAfterWeeks when the re-referral comes, counted from discharge (needed when the share is above 0)
 */
public record Pathway(
        Triage triage,
        @Share double dropoutPerWeek,
        @MaxItems(10) List<PriorityClass> priorities,
        @MayOmit Escalation escalation,
        FirstAssessment firstAssessment,
        Intervention intervention,
        Reviews reviews,
        @MayOmit @Share double reReferralShare,
        @MayOmit Distribution reReferralAfterWeeks) {
}
