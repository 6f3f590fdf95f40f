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
}
