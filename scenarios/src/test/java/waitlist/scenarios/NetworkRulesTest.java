package waitlist.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import waitlist.scenarios.io.InvalidDocumentException;
import waitlist.scenarios.io.Problem;

/**
 * Stage networks with blocking ({@code holdsUntil}), early leaving ({@code exitShare}), places per
 * alliance and per-alliance order: what a file may say, and the message, JSON path and line a user
 * gets when it says something impossible.
 */
class NetworkRulesTest {

    @TempDir
    Path dir;

    /** A two-alliance file with the given stages (JSON object members) and clock-stopping stage. */
    private Path network(String stages, String clock) throws IOException {
        Path file = dir.resolve("net.json");
        Files.writeString(file, """
                {
                  "name": "net", "description": "d",
                  "horizon": { "start": "2027-01-04", "weeks": 10, "warmUpWeeks": 0 },
                  "target": { "days": 7, "attainment": 0.9, "reportingPeriod": "quarter" },
                  "alliances": [ { "id": "mid", "name": "Mid" }, { "id": "north", "name": "North" } ],
                  "demand": { "annualReferrals": 100, "allianceShares": { "mid": 0.5, "north": 0.5 } },
                  "network": {
                    "stages": {
                %s
                    },
                    "clockStopsAt": "%s"
                  }
                }
                """.formatted(stages, clock));
        return file;
    }

    private static List<Problem> problems(Path file) {
        return catchThrowableOfType(InvalidDocumentException.class, () -> Scenarios.load(file)).problems();
    }

    @Test
    void theBundledConnectVariantsChangeOnlyTheStagesTheyName() {
        Network concurrent = Scenarios.bundled("connect-reablement").scenario().network();
        Network series = Scenarios.bundled("connect-reablement-series").scenario().network();
        Network trial = Scenarios.bundled("connect-reablement-mid-trial").scenario().network();
        assertThat(concurrent.stages().get("care-sourcing").after()).containsExactly("reablement");
        assertThat(series.stages().get("care-sourcing").after()).containsExactly("social-care-assessment");
        assertThat(series.stages().get("care-sourcing").serversByAlliance()).isEqualTo(concurrent.stages().get("care-sourcing").serversByAlliance());
        assertThat(series.stages().get("reablement")).isEqualTo(concurrent.stages().get("reablement"));
        assertThat(series.stageIds()).isEqualTo(concurrent.stageIds());
        // the trial: Mid follows the concurrent order, everyone else the series
        assertThat(trial.stages().get("care-sourcing").afterFor("mid")).containsExactly("reablement");
        assertThat(trial.stages().get("care-sourcing").afterFor("south")).containsExactly("social-care-assessment");
        assertThat(trial.stages().get("domiciliary-care").afterFor("mid")).containsExactly("social-care-assessment", "care-sourcing");
    }

    @Test
    void aValidNetworkWithEveryFeatureLoads() throws IOException {
        Scenario s = Scenarios.load(network("""
                      "r": { "serversByAlliance": { "mid": 2, "north": 3 }, "serviceDays": { "fixed": { "value": 3 } },
                             "holdsUntil": "d", "exitShare": 0.6 },
                      "a": { "after": ["r"], "servers": 2, "serviceDays": { "fixed": { "value": 2 } } },
                      "s": { "after": ["a"], "afterByAlliance": { "mid": ["r"] }, "servers": 1, "serviceDays": { "fixed": { "value": 4 } } },
                      "d": { "after": ["s"], "afterByAlliance": { "mid": ["a", "s"] }, "serviceDays": { "fixed": { "value": 0 } } }
                """, "r")).scenario();
        Stage r = s.network().stages().get("r");
        assertThat(r.holdsUntil()).isEqualTo("d");
        assertThat(r.exitShare()).isEqualTo(0.6);
        assertThat(r.serversByAlliance()).containsEntry("north", 3);
        assertThat(s.network().stages().get("d").limited()).isFalse();
        assertThat(s.network().stageIds()).containsExactly("r", "a", "s", "d");
    }

    @Test
    void aPlaceCanOnlyBeHeldUntilALaterStageThatExists() throws IOException {
        List<Problem> problems = problems(network("""
                      "r": { "servers": 1, "serviceDays": { "fixed": { "value": 3 } }, "holdsUntil": "ghost" },
                      "a": { "after": ["r"], "servers": 1, "serviceDays": { "fixed": { "value": 2 } }, "holdsUntil": "r" },
                      "b": { "servers": 1, "serviceDays": { "fixed": { "value": 2 } }, "holdsUntil": "b" }
                """, "r"));
        assertThat(problems).extracting(Problem::path, Problem::line, Problem::message).containsExactly(
                tuple("/network/stages/r/holdsUntil", 9, "stage \"ghost\" is not defined; stages: r, a, b"),
                tuple("/network/stages/a/holdsUntil", 10, "\"r\" does not come after \"a\": a place can only be held until a later"
                        + " stage starts (one reached through the \"after\" lists)"),
                tuple("/network/stages/b/holdsUntil", 11,
                        "a stage cannot hold its place until it starts itself; name a later stage, e.g. the start of onward care"));
    }

    @Test
    void aHoldMustBeDownstreamForEveryAlliance() throws IOException {
        // for mid, "s" no longer comes after "a", so "a" cannot hold its place until "s" starts
        Problem p = problems(network("""
                      "a": { "servers": 1, "serviceDays": { "fixed": { "value": 3 } }, "holdsUntil": "s" },
                      "s": { "after": ["a"], "afterByAlliance": { "mid": [] }, "servers": 1, "serviceDays": { "fixed": { "value": 4 } } }
                """, "a")).getFirst();
        assertThat(p.path()).isEqualTo("/network/stages/a/holdsUntil");
        assertThat(p.message()).startsWith("\"s\" does not come after \"a\" for alliance \"mid\"");
    }

    @Test
    void aCycleInOneAlliancesOrderIsNamed() throws IOException {
        List<Problem> problems = problems(network("""
                      "a": { "after": [], "afterByAlliance": { "north": ["b"], "nowhere": ["a"] }, "servers": 1, "serviceDays": { "fixed": { "value": 1 } } },
                      "b": { "after": ["a", "ghost"], "servers": 1, "serviceDays": { "fixed": { "value": 1 } } }
                """, "a"));
        assertThat(problems).extracting(Problem::path, Problem::message).containsExactlyInAnyOrder(
                tuple("/network/stages/a/afterByAlliance/nowhere", "alliance \"nowhere\" is not defined; defined alliances: mid, north"),
                tuple("/network/stages/b/after/1", "stage \"ghost\" is not defined; stages: a, b"),
                tuple("/network/stages", "the stages' \"after\" lists form a cycle for alliance \"north\": a -> b -> a"));
    }

    @Test
    void nobodyMayLeaveBeforeTheClockStops() throws IOException {
        Problem p = problems(network("""
                      "r": { "servers": 1, "serviceDays": { "fixed": { "value": 3 } }, "exitShare": 0.5 },
                      "d": { "after": ["r"], "servers": 1, "serviceDays": { "fixed": { "value": 1 } } }
                """, "d")).getFirst();
        assertThat(p.path()).isEqualTo("/network/stages/r/exitShare");
        assertThat(p.message()).isEqualTo("people who leave after \"r\" would never reach \"d\", where the clock stops;"
                + " leaving is only allowed at or after the clock-stopping stage");
    }

    @Test
    void placesAreOnePoolOrOnePerAllianceForEveryAllianceWithReferrals() throws IOException {
        List<Problem> problems = problems(network("""
                      "both": { "servers": 1, "serversByAlliance": { "mid": 1, "north": 1 }, "serviceDays": { "fixed": { "value": 1 } } },
                      "some": { "serversByAlliance": { "mid": 1 }, "serviceDays": { "fixed": { "value": 1 } } },
                      "none": { "serversByAlliance": { "mid": 0, "north": 2 }, "serviceDays": { "fixed": { "value": 1 } } }
                """, "both"));
        assertThat(problems).extracting(Problem::path, Problem::message).containsExactly(
                tuple("/network/stages/both", "give \"servers\" (one pool of places county-wide) or \"serversByAlliance\""
                        + " (places per alliance), not both"),
                tuple("/network/stages/some/serversByAlliance", "no places given for north; list every alliance (0 for one that gets no referrals)"),
                tuple("/network/stages/none/serversByAlliance/mid", "alliance \"mid\" gets referrals but has no places here, so its people"
                        + " would wait for ever; give at least 1"));
        // shape errors come first, on their own, with every one listed
        List<Problem> shape = problems(network("""
                      "odd": { "serversByAlliance": { "mid": -1, "north": 1.5 }, "serviceDays": { "fixed": { "value": 1 } }, "exitShare": 2 }
                """, "odd"));
        assertThat(shape).extracting(Problem::path).containsExactly(
                "/network/stages/odd/serversByAlliance/mid", "/network/stages/odd/serversByAlliance/north", "/network/stages/odd/exitShare");
    }
}
