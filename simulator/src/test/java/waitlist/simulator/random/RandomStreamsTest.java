package waitlist.simulator.random;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import waitlist.scenarios.Distribution;
import waitlist.scenarios.Pooling;
import waitlist.scenarios.ReportingPeriod;
import waitlist.simulator.Fixtures;
import waitlist.simulator.ReplicationModel;
import waitlist.simulator.Simulator;
import waitlist.simulator.results.Metric;
import waitlist.simulator.results.ReplicationResult;

class RandomStreamsTest {

    @Test
    void aStreamDependsOnlyOnSeedReplicationSourceAndIndex() {
        long a = new RandomStreams(7, 3).stream(Source.DROPOUT, 2).nextLong();
        long b = new RandomStreams(7, 3).stream(Source.DROPOUT, 2).nextLong();
        assertThat(a).isEqualTo(b);
        Set<Long> firsts = new HashSet<>();
        for (long seed : new long[] {7, 8}) {
            for (int rep = 0; rep < 3; rep++) {
                for (Source s : Source.values()) {
                    for (int i = 0; i < 3; i++) {
                        firsts.add(new RandomStreams(seed, rep).stream(s, i).nextLong());
                    }
                }
            }
        }
        assertThat(firsts).hasSize(2 * 3 * Source.values().length * 3);
    }

    @Test
    void aPersonsFateStreamIsTheSameWhateverWasAskedBefore() {
        RandomStreams used = new RandomStreams(7, 3);
        Set<Long> firsts = new HashSet<>();
        int asked = 0;
        for (int generation : new int[] {0, 2}) {
            for (long number : new long[] {1000, 1, 0}) {
                for (int kind = 9; kind >= 0; kind--) {
                    for (int alliance = 0; alliance < 7; alliance++) {
                        long first = used.fate(alliance, kind, number, generation).nextLong();
                        assertThat(first).as("alliance %d kind %d number %d generation %d", alliance, kind, number, generation)
                                .isEqualTo(new RandomStreams(7, 3).fate(alliance, kind, number, generation).nextLong());
                        firsts.add(first);
                        asked++;
                    }
                }
            }
        }
        assertThat(firsts).as("every key its own stream").hasSize(asked);
    }

    @Test
    void scenariosThatDifferInStaffingShareTheirReferrals() {
        // Common random numbers: more OT changes who is seen when, not who is referred.
        double[] referrals = new double[2];
        double[] waits = new double[2];
        double[] otFte = {0.8, 1.6};
        for (int v = 0; v < 2; v++) {
            var knobs = new Fixtures.PathwayKnobs(List.of("a", "b"), 400, 0.08, 4, 0.01, 0.1, 75, 30, 45, 0.08, 0.85, 8,
                    60, 8, true, new Distribution.Lognormal(75, 40), 12, 45, 0, otFte[v], 1.2, Pooling.NONE,
                    waitlist.scenarios.BookingPolicy.FIRST_COME_FIRST_SERVED, 0, List.of(5, 4, 3), 150, 52, 0, 42,
                    ReportingPeriod.YEAR);
            ReplicationModel model = Simulator.model(Fixtures.pathway(knobs), null);
            ReplicationResult r = model.run(new RandomStreams(11, 4));
            int base = (model.periods().wholeIndex() * 3 + 2) * Metric.values().length;
            referrals[v] = r.periodValues()[base + Metric.REFERRALS.ordinal()];
            waits[v] = r.periodValues()[base + Metric.WAIT_MEAN.ordinal()];
        }
        assertThat(waits[1]).isLessThan(waits[0]);
        // arrivals have their own stream, so (with no re-referrals, which follow discharges) they are identical
        assertThat(referrals[0]).isGreaterThan(300).isEqualTo(referrals[1]);
    }
}
