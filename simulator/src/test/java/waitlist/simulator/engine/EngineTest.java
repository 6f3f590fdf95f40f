package waitlist.simulator.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class EngineTest {

    @Test
    void runsByTimeThenPriorityThenSchedulingOrder() {
        Engine engine = new Engine();
        List<String> log = new ArrayList<>();
        engine.at(2, 5, () -> log.add("t2 p5 first"));
        engine.at(1, 9, () -> log.add("t1 p9"));
        engine.at(2, 1, () -> log.add("t2 p1"));
        engine.at(2, 5, () -> log.add("t2 p5 second"));
        engine.at(0.5, 0, () -> {
            log.add("t0.5");
            engine.after(1.5, 5, () -> log.add("t2 p5 third (scheduled later)"));
        });
        engine.run(10);
        assertThat(log).containsExactly("t0.5", "t1 p9", "t2 p1", "t2 p5 first", "t2 p5 second", "t2 p5 third (scheduled later)");
        assertThat(engine.now()).isEqualTo(10);
        assertThat(engine.eventsRun()).isEqualTo(6);
    }

    @Test
    void negativePrioritiesRunFirstAndOutOfRangeOnesAreRefused() {
        Engine engine = new Engine();
        List<String> log = new ArrayList<>();
        engine.at(1, 3, () -> log.add("p3"));
        engine.at(1, -1, () -> log.add("p-1 first"));
        engine.at(1, 0, () -> log.add("p0"));
        engine.at(1, -4_000_000, () -> log.add("p-4000000"));
        engine.at(1, -1, () -> log.add("p-1 second"));
        engine.run(1);
        assertThat(log).containsExactly("p-4000000", "p-1 first", "p-1 second", "p0", "p3");
        assertThatThrownBy(() -> engine.at(2, 1 << 22, () -> { })).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("priority 4194304 is outside");
    }

    @Test
    void stopsAtTheHorizonAndKeepsLaterEvents() {
        Engine engine = new Engine();
        List<Double> seen = new ArrayList<>();
        for (double t : new double[] {3, 1, 7, 5}) {
            engine.at(t, 0, () -> seen.add(engine.now()));
        }
        engine.run(5);
        assertThat(seen).containsExactly(1.0, 3.0, 5.0);
        assertThat(engine.pending()).isEqualTo(1);
    }

    @Test
    void refusesToScheduleInThePast() {
        Engine engine = new Engine();
        engine.at(4, 0, () -> { });
        engine.run(4);
        assertThatThrownBy(() -> engine.at(3, 0, () -> { })).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("before now");
    }

    @Test
    void heapOrdersManyRandomEventsLikeASort() {
        Engine engine = new Engine();
        SplittableRandom random = new SplittableRandom(1);
        List<double[]> fired = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            double t = random.nextInt(200);
            int p = random.nextInt(3);
            int seq = i;
            engine.at(t, p, () -> fired.add(new double[] {t, p, seq}));
        }
        engine.run(Double.POSITIVE_INFINITY);
        assertThat(fired).hasSize(5000);
        for (int i = 1; i < fired.size(); i++) {
            double[] a = fired.get(i - 1);
            double[] b = fired.get(i);
            boolean ordered = a[0] < b[0] || (a[0] == b[0] && (a[1] < b[1] || (a[1] == b[1] && a[2] < b[2])));
            assertThat(ordered).as("event %d after %d", i, i - 1).isTrue();
        }
    }
}
