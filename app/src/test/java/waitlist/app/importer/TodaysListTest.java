package waitlist.app.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import waitlist.scenarios.AllianceState;
import waitlist.scenarios.AssessedPerson;
import waitlist.scenarios.PersonInService;
import waitlist.scenarios.WaitingPerson;
import waitlist.scenarios.WaitingStatus;

/** Where each referral of the tiny extract stood at the start of a given day. */
class TodaysListTest {

    private static AllianceState state(TodaysList t, String alliance) {
        return t.state().alliances().stream().filter(s -> s.alliance().equals(alliance)).findFirst().orElseThrow();
    }

    @Test
    void theDayAfterTheExtract() {
        // A1 discharged, A5 dropped out, A6 redirected: gone. A2 and A8 in service, A3 assessed, A4 and A7 waiting.
        TodaysList t = TodaysList.of(TinyExtract.rows(), LocalDate.of(2026, 3, 2), TinyExtract.ALLIANCES);
        assertThat(List.of(t.waiting(), t.inTriage(), t.awaitingPlace(), t.inService())).containsExactly(2, 0, 1, 2);
        assertThat(state(t, "mid").waiting()).containsExactly(new WaitingPerson("A7", LocalDate.of(2026, 2, 9), "routine", null));
        assertThat(state(t, "mid").caseload()).containsExactly(
                new PersonInService("A2", LocalDate.of(2026, 1, 6), LocalDate.of(2026, 2, 16), null));
        assertThat(state(t, "west").awaitingPlace()).containsExactly(
                new AssessedPerson("A3", LocalDate.of(2026, 1, 12), LocalDate.of(2026, 2, 27)));
        assertThat(state(t, "west").waiting()).extracting(WaitingPerson::id).containsExactly("A4");
        assertThat(state(t, "west").caseload()).extracting(PersonInService::id).containsExactly("A8");
        assertThat(state(t, "south-east").waiting()).isEmpty();
        assertThat(t.referredLater()).isEmpty();
    }

    @Test
    void anEarlierDayUndoesWhatHappenedOnOrAfterIt() {
        // On 2026-02-09: A7 (referred that day) is not yet referred; A1 is in service (discharged later); A2, A3 and A8
        // (assessed on or after the 9th) are waiting; A5 and A6 left before.
        TodaysList t = TodaysList.of(TinyExtract.rows(), LocalDate.of(2026, 2, 9), TinyExtract.ALLIANCES);
        assertThat(t.referredLater()).containsExactly(8);
        assertThat(state(t, "mid").waiting()).extracting(WaitingPerson::id).containsExactly("A2");
        assertThat(state(t, "mid").waiting().getFirst().priority()).isEqualTo("urgent");
        assertThat(state(t, "mid").caseload()).extracting(PersonInService::id).containsExactly("A1");
        assertThat(state(t, "west").waiting()).extracting(WaitingPerson::id).containsExactly("A3", "A4", "A8");
        assertThat(t.awaitingPlace()).isZero();
    }

    @Test
    void someoneRedirectedLaterIsStillInTriage() {
        // On 2026-02-05: A6 (referred 2 Feb, redirected 6 Feb) is in triage; A8 is referred that day, so not yet.
        TodaysList t = TodaysList.of(TinyExtract.rows(), LocalDate.of(2026, 2, 5), TinyExtract.ALLIANCES);
        assertThat(state(t, "mid").waiting()).extracting(WaitingPerson::id, WaitingPerson::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("A2", null),
                org.assertj.core.groups.Tuple.tuple("A6", WaitingStatus.IN_TRIAGE));
        assertThat(t.inTriage()).isEqualTo(1);
        assertThat(t.referredLater()).containsExactly(8, 9);
    }

    @Test
    void aLeaverWithoutALeftDateIsTakenAsGoneAndListed() {
        List<ExtractRow> rows = TinyExtract.rows().stream()
                .map(r -> r.id().equals("A5") ? new ExtractRow(r.line(), r.id(), r.referral(), r.alliance(), r.priority(), r.status(),
                        null, null, null, null, null) : r)
                .toList();
        TodaysList t = TodaysList.of(rows, LocalDate.of(2026, 2, 1), TinyExtract.ALLIANCES);
        assertThat(t.leftUndated()).containsExactly(6);
        assertThat(state(t, "mid").waiting()).extracting(WaitingPerson::id).containsExactly("A2");
    }
}
