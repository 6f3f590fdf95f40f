package waitlist.app.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import waitlist.app.output.OutputFolder;
import waitlist.app.output.SafeFileName;
import waitlist.app.output.SpreadsheetCsv;
import waitlist.scenarios.snapshot.Practitioner;
import waitlist.scenarios.snapshot.Snapshot;
import waitlist.solver.plan.Booking;
import waitlist.solver.plan.Plan;

/**
 * One CSV diary per practitioner (spreadsheet-friendly), in date and time order; empty diaries are
 * written too. The file is named from a safe form of the practitioner's id ({@link SafeFileName}),
 * and every cell goes through {@link SpreadsheetCsv}, so an id or a name can neither shift columns
 * nor run as a formula.
 */
final class Diaries {

    static final String FOLDER = "diaries";
    static final String HEADER = "date,start,kind,demand,client,alliance,session,venue";

    private Diaries() {
    }

    /** Stages {@code diaries/<practitioner>.csv} for every practitioner; returns how many. */
    static int write(Snapshot snapshot, Plan plan, OutputFolder.Writing out) {
        Map<String, List<Booking>> byPractitioner = new TreeMap<>();
        for (Practitioner p : snapshot.practitioners()) {
            byPractitioner.put(p.id(), new ArrayList<>());
        }
        for (Booking b : plan.bookings()) {
            byPractitioner.computeIfAbsent(b.practitioner(), k -> new ArrayList<>()).add(b);
        }
        SafeFileName names = new SafeFileName();
        for (Map.Entry<String, List<Booking>> e : byPractitioner.entrySet()) {
            StringBuilder text = new StringBuilder();
            SpreadsheetCsv csv = new SpreadsheetCsv(text);
            csv.row((Object[]) HEADER.split(","));
            for (Booking b : e.getValue()) {
                csv.row(b.date(), b.start(), b.kind(), b.demand(), b.client(), b.alliance(), b.session(), b.venue());
            }
            out.write(FOLDER + "/" + names.of(e.getKey(), ".csv"), text.toString());
        }
        return byPractitioner.size();
    }
}
