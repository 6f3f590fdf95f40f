package waitlist.app.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import waitlist.scenarios.snapshot.Practitioner;
import waitlist.scenarios.snapshot.Snapshot;
import waitlist.solver.plan.Booking;
import waitlist.solver.plan.Plan;

/** One CSV diary per practitioner (spreadsheet-friendly), in date and time order; empty diaries are written too. */
final class Diaries {

    static final String HEADER = "date,start,kind,demand,client,alliance,session,venue";

    private Diaries() {
    }

    /** Writes {@code dir/<practitioner>.csv} for every practitioner; returns how many were written. */
    static int write(Snapshot snapshot, Plan plan, Path dir) {
        Map<String, List<Booking>> byPractitioner = new TreeMap<>();
        for (Practitioner p : snapshot.practitioners()) {
            byPractitioner.put(p.id(), new ArrayList<>());
        }
        for (Booking b : plan.bookings()) {
            byPractitioner.computeIfAbsent(b.practitioner(), k -> new ArrayList<>()).add(b);
        }
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, List<Booking>> e : byPractitioner.entrySet()) {
                StringBuilder csv = new StringBuilder(HEADER).append('\n');
                for (Booking b : e.getValue()) {
                    csv.append(b.date()).append(',').append(b.start()).append(',').append(b.kind()).append(',')
                            .append(b.demand()).append(',').append(b.client()).append(',').append(b.alliance()).append(',')
                            .append(b.session() == null ? "" : b.session()).append(',')
                            .append(b.venue() == null ? "" : b.venue()).append('\n');
                }
                Files.writeString(dir.resolve(e.getKey() + ".csv"), csv, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write diaries to " + dir, e);
        }
        return byPractitioner.size();
    }
}
