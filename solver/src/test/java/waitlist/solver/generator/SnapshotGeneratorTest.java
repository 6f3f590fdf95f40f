package waitlist.solver.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import waitlist.scenarios.snapshot.Referral;
import waitlist.scenarios.snapshot.Snapshot;
import waitlist.scenarios.snapshot.SnapshotCheck;
import waitlist.scenarios.snapshot.SnapshotFiles;

class SnapshotGeneratorTest {

    @Test
    void sameSeedGivesTheSameBytesAndAnotherSeedDoesNot() {
        String a = SnapshotFiles.toJson(new SnapshotGenerator(SnapshotRecipe.reconnectBaseline(), 1).generate(40));
        String b = SnapshotFiles.toJson(new SnapshotGenerator(SnapshotRecipe.reconnectBaseline(), 1).generate(40));
        String c = SnapshotFiles.toJson(new SnapshotGenerator(SnapshotRecipe.reconnectBaseline(), 2).generate(40));
        assertThat(a).isEqualTo(b).isNotEqualTo(c);
    }

    @Test
    void generatedSnapshotPassesItsOwnChecksAndHasTheReferralsAsked() {
        Snapshot s = new SnapshotGenerator(SnapshotRecipe.reconnectBaseline(), 9).generate(500);
        List<String> problems = new ArrayList<>();
        new SnapshotCheck().check(s, (pointer, message) -> problems.add(pointer + ": " + message));
        assertThat(problems).isEmpty();
        assertThat(s.demand().referrals()).hasSize(500);
        assertThat(s.demand().referrals().stream().map(Referral::alliance).distinct()).hasSize(5);
        // about 10 % urgent, and some already waiting past six weeks
        long urgent = s.demand().referrals().stream().filter(r -> r.priority() == waitlist.scenarios.snapshot.Priority.URGENT).count();
        assertThat(urgent).isBetween(25L, 80L);
        assertThat(s.demand().referrals()).anyMatch(r -> r.referred().plusDays(42).isBefore(s.horizon().start()));
    }

    /** At the default capacity a generated week is one a booking team could book: almost everyone has a legal slot or place. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"20, 1", "40, 1", "40, 2", "40, 3", "100, 4", "500, 5", "1000, 1"})
    void atLeast95PercentOfDemandHasALegalSlot(int referrals, long seed) {
        Snapshot s = new SnapshotGenerator(SnapshotRecipe.reconnectBaseline(), seed).generate(referrals);
        var p = waitlist.solver.ProblemBuilder.build(s);
        long all = p.getAppointments().size() + p.getGroupStarts().size();
        long bookable = p.getAppointments().stream().filter(a -> !a.getCandidateSlots().isEmpty()).count()
                + p.getGroupStarts().stream().filter(g -> !g.getCandidateSessions().isEmpty()).count();
        assertThat((double) bookable / all).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void nobodyWorksAndNoGroupRunsOnBankHolidaysOrAtChristmas() {
        Snapshot s = new SnapshotGenerator(SnapshotRecipe.reconnectBaseline().withStart(java.time.LocalDate.of(2026, 12, 14)), 1).generate(200);
        assertThat(s.closedDays()).contains(java.time.LocalDate.of(2026, 12, 25), java.time.LocalDate.of(2026, 12, 28), java.time.LocalDate.of(2027, 1, 1));
        assertThat(s.groupSessionsOrEmpty()).noneMatch(g -> s.closedDays().contains(g.date()));
        var p = waitlist.solver.ProblemBuilder.build(s);
        assertThat(p.getAppointments()).allSatisfy(a -> assertThat(a.getCandidateSlots()).noneMatch(x -> s.closedDays().contains(x.date())));
        List<String> problems = new ArrayList<>();
        new SnapshotCheck().check(s, (pointer, message) -> problems.add(pointer + ": " + message));
        assertThat(problems).isEmpty();
    }
}
