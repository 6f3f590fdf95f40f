package waitlist.scenarios;

import java.util.List;

import waitlist.scenarios.rules.AtMost;
import waitlist.scenarios.rules.MaxItems;
import waitlist.scenarios.rules.MayOmit;
import waitlist.scenarios.rules.NonNegative;

/**
 * One alliance today. The waiting list is given either as counts by weeks waited or person by
 * person; the caseload either as a count or person by person (not both forms for the same list).
 *
 * @param waitingByWeeksWaited {@code waitingByWeeksWaited[k]} people have waited k to k+1 weeks since referral
 *                             (index 0 = less than a week)
 * @param inService            how many people are in an intervention (start dates unknown)
 * @param waiting              the waiting list person by person, with referral dates and priority classes
 * @param awaitingPlace        people first-assessed but not yet started on an intervention (waiting for a place)
 * @param caseload             people in an intervention, person by person, with start dates
 */
public record AllianceState(
        String alliance,
        @MayOmit @NonNegative @AtMost(100_000) @MaxItems(1040) List<Integer> waitingByWeeksWaited,
        @MayOmit @NonNegative @AtMost(1_000_000) int inService,
        @MayOmit @MaxItems(1_000_000) List<WaitingPerson> waiting,
        @MayOmit @MaxItems(1_000_000) List<AssessedPerson> awaitingPlace,
        @MayOmit @MaxItems(1_000_000) List<PersonInService> caseload) {

    /** The counts form, as the bundled scenarios write it. */
    public AllianceState(String alliance, List<Integer> waitingByWeeksWaited, int inService) {
        this(alliance, waitingByWeeksWaited, inService, null, null, null);
    }

    public List<Integer> waitingByWeeksWaitedOrEmpty() {
        return waitingByWeeksWaited == null ? List.of() : waitingByWeeksWaited;
    }

    public List<WaitingPerson> waitingOrEmpty() {
        return waiting == null ? List.of() : waiting;
    }

    public List<AssessedPerson> awaitingPlaceOrEmpty() {
        return awaitingPlace == null ? List.of() : awaitingPlace;
    }

    public List<PersonInService> caseloadOrEmpty() {
        return caseload == null ? List.of() : caseload;
    }
}
