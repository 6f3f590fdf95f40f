package waitlist.app.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import waitlist.scenarios.Scenarios;
import waitlist.scenarios.snapshot.SnapshotFiles;
import waitlist.solver.generator.SnapshotGenerator;
import waitlist.solver.generator.SnapshotRecipe;

/**
 * The documents the fuzzer starts from: the bundled scenarios cut to a few weeks (so a valid
 * mutant simulates in milliseconds), two variants that extend by name and merge dated lists, and
 * two planning snapshots. Mutations are applied to these texts.
 */
enum FuzzBases {
    BASELINE(Kind.SCENARIO), MMC_QUEUE(Kind.SCENARIO), CONNECT(Kind.SCENARIO), AI_VARIANT(Kind.SCENARIO),
    WEST_VARIANT(Kind.SCENARIO), TINY_SNAPSHOT(Kind.SNAPSHOT), GENERATED_SNAPSHOT(Kind.SNAPSHOT);

    enum Kind { SCENARIO, SNAPSHOT }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final Path SCENARIOS = Path.of("../scenarios").toAbsolutePath().normalize();

    final Kind kind;
    private String text;

    FuzzBases(Kind kind) {
        this.kind = kind;
    }

    synchronized String text() {
        if (text == null) {
            text = make();
        }
        return text;
    }

    private String make() {
        return switch (this) {
            case BASELINE -> shortened("reconnect-baseline", 8, null);
            case MMC_QUEUE -> shortened("mmc-queue", 8, 1);
            case CONNECT -> shortened("connect-reablement", 8, 1);
            case AI_VARIANT -> shortened("reconnect-ai-assessment", 8, null);
            case WEST_VARIANT -> shortened("reconnect-west-expansion", 30, null);
            case TINY_SNAPSHOT -> TINY;
            case GENERATED_SNAPSHOT -> SnapshotFiles.toJson(new SnapshotGenerator(
                    SnapshotRecipe.from(Scenarios.bundled("reconnect-baseline").scenario(), LocalDate.of(2026, 3, 2)), 1).generate(20));
        };
    }

    private static String shortened(String name, int weeks, Integer warmUp) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(Files.readString(SCENARIOS.resolve(name + ".json")));
            root.remove("$schema");
            ObjectNode horizon = root.has("horizon") ? (ObjectNode) root.get("horizon") : root.putObject("horizon");
            horizon.put("weeks", weeks);
            if (warmUp != null) {
                horizon.put("warmUpWeeks", warmUp);
            }
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final String TINY = """
            {
              "name": "tiny",
              "horizon": {"start": "2026-03-02", "end": "2026-03-06"},
              "otSlotMinutes": 150,
              "alliances": [{"id": "mid", "name": "Mid Essex"}, {"id": "west", "name": "West Essex"}],
              "practitioners": [
                {"id": "ot-1", "role": "ot", "homeAlliance": "mid", "worksIn": ["west"], "skills": ["learning-disability"],
                 "workingDays": ["MONDAY", "TUESDAY"], "dayStart": "09:00", "dayEnd": "17:00",
                 "leave": ["2026-03-03"], "maxAppointmentsPerDay": 3},
                {"id": "coach-1", "role": "coach", "homeAlliance": "mid", "workingDays": ["MONDAY"],
                 "dayStart": "09:00", "dayEnd": "17:00", "maxAppointmentsPerDay": 1}
              ],
              "venues": [{"id": "pool", "alliance": "mid", "facilities": ["pool-pod"]}],
              "groupSessions": [{"id": "swim-1", "venue": "pool", "coach": "coach-1", "date": "2026-03-02", "start": "10:00",
                                 "minutes": 75, "activity": "swimming", "capacity": 8, "alreadyBooked": 6, "needs": "pool-pod"}],
              "demand": {
                "referrals": [{"id": "R1", "referred": "2026-01-20", "alliance": "mid", "priority": "urgent",
                               "needs": ["learning-disability"], "facilities": ["hoist"], "unavailable": ["2026-03-03"], "prefers": "morning"},
                              {"id": "R2", "referred": "2026-02-20", "alliance": "west", "priority": "routine"}],
                "reviews": [{"id": "V1", "client": "C1", "alliance": "mid", "due": "2026-03-04", "assessedBy": "ot-1"}],
                "interventionStarts": [{"id": "S1", "client": "C2", "alliance": "mid", "ready": "2026-02-20", "activity": "swimming"}]
              }
            }
            """;
}
