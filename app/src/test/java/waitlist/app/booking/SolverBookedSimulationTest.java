package waitlist.app.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import waitlist.app.Main;
import waitlist.scenarios.Booking;
import waitlist.scenarios.BookingPolicy;
import waitlist.scenarios.Scenario;
import waitlist.scenarios.Scenarios;
import waitlist.simulator.Progress;
import waitlist.simulator.ReplicationModel;
import waitlist.simulator.Replications;
import waitlist.simulator.Simulator;
import waitlist.simulator.results.SimulationResult;

/** The baseline booked by the planner: it runs, and the same seed gives the same results whatever the threads. */
class SolverBookedSimulationTest {

    @TempDir
    Path dir;

    /** The bundled baseline with only its booking policy changed (a record copy, not a new bundled file). */
    static Scenario solverBookedBaseline() {
        Scenario s = Scenarios.bundled("reconnect-baseline").scenario();
        Booking b = s.bookingOrDefault();
        return new Scenario(s.name(), s.description(), s.horizon(), s.target(), s.alliances(), s.demand(), s.pathway(),
                s.network(), s.workforce(), new Booking(BookingPolicy.SOLVER, b.cycleDays(), b.urgentReservedShare()),
                s.initialState());
    }

    @Test
    void theSimulatorTakesThePolicyAndOneThreadOrTwoGiveTheSameResult() {
        Scenario variant = solverBookedBaseline();
        ReplicationModel model = Simulator.model(variant, new SolverBookingPolicy());
        SimulationResult one = Simulator.run(variant, model, 5, Replications.of(2), 1, Progress.NONE);
        SimulationResult two = Simulator.run(variant, model, 5, Replications.of(2), 2, Progress.NONE);
        assertThat(two).usingRecursiveComparison().isEqualTo(one);
    }

    @Test
    void simulateRunsASolverBookedScenarioAndRepeatsItselfExactly() throws Exception {
        // The bundled file may sit inside a jar, where a file on disk cannot extend it: copy it beside.
        Files.copy(Scenarios.bundledFile("reconnect-baseline").orElseThrow(), dir.resolve("reconnect-baseline.json"));
        Path scenario = dir.resolve("solver-booked.json");
        Files.writeString(scenario, """
                { "extends": "reconnect-baseline.json", "booking": { "policy": "solver" } }
                """);

        String[] args = {"simulate", scenario.toString(), "--replications", "3", "--seed", "9", "--format", "json"};
        String[] first = run(args);
        String[] second = run(args);
        assertThat(first[0]).as(first[1]).isEqualTo("0");
        assertThat(first[2]).contains("\"replications\"");
        assertThat(second[2]).isEqualTo(first[2]);
        assertThat(first[1]).as("no solver logging on stderr").doesNotContain("Solving started");
    }

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new String[] {Integer.toString(exit), err.toString(), out.toString()};
    }
}
