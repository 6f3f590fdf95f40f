package waitlist.app.importer;

import java.util.List;
import java.util.Map;

import waitlist.scenarios.Scenarios;

/** Eight referrals whose every consequence is worked out by hand in the tests that read them. */
final class TinyExtract {

    static final String CSV = """
            id,referral_date,alliance,priority,status,first_assessment_date,intervention_start_date,discharge_date,left_date
            A1,2026-01-05,mid,routine,discharged,2026-01-19,2026-01-26,2026-02-20,
            A2,2026-01-06,mid,urgent,in-service,2026-02-10,2026-02-16,,
            A3,2026-01-12,west,routine,assessed,2026-02-27,,,
            A4,2026-01-20,west,routine,waiting,,,,
            A5,2026-01-21,mid,routine,dropped-out,,,,2026-02-04
            A6,2026-02-02,mid,routine,redirected,,,,2026-02-06
            A7,2026-02-09,mid,routine,waiting,,,,
            A8,05/02/2026,west,routine,in-service,09/02/2026,16/02/2026,,
            """;

    static final List<String> ALLIANCES = List.of("south-east", "south-west", "mid", "north-east", "west");

    private TinyExtract() {
    }

    static List<ExtractRow> rows() {
        ExtractReader.Extract e = new ExtractReader("tiny.csv", Vocabulary.of(Scenarios.bundled("reconnect-baseline").scenario()), Map.of(), ',')
                .read(CSV, "0");
        if (!e.problems().isEmpty()) {
            throw new IllegalStateException(e.problems().toString());
        }
        return e.rows();
    }
}
