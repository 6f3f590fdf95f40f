package waitlist.scenarios;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import waitlist.scenarios.rules.MayOmit;
import waitlist.scenarios.rules.MaxItems;
import waitlist.scenarios.rules.MergeKey;

/**
 * A number that may change on dates, as staffing does: a first-assessment write-up time that an AI scribe shortens from
 * a date, a DNA share, a referral volume. Written as a plain number when it never changes ({@code 45}), or as
 * <pre>{"value": 45, "changes": [{"from": "2025-01-06", "value": 20, "source": "assumption: the AI scribe from January 2025"}]}</pre>
 * meaning 45 until 5 January 2025 and 20 from 6 January on. The field's bounds (a share, at most 1440 minutes) hold for
 * {@code value} and every change. When a file {@code extends} another, {@code changes} merge by their {@code from}
 * date, so a variant states only its change, e.g. {@code "writeUpMinutes": {"changes": [{"from": "2025-06-02", "value": 20}]}}
 * over an inherited {@code 45}; a plain number (with or without a source note) replaces the inherited value and its
 * changes whole. What a dated value means for each field (when it is read) is said where the field is.
 *
 * @param value   the value before the first change (and throughout, without changes)
 * @param changes from each date on, the value in force; oldest first, one per date
 */
public record Dated(double value, @MayOmit @MaxItems(Dated.MAX_CHANGES) List<Change> changes) {

    /** Most changes one value may have. */
    public static final int MAX_CHANGES = 100;

    /** From {@code from} on (inclusive), the value is {@code value}. */
    public record Change(@MergeKey LocalDate from, double value) {
    }

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public Dated {
        changes = changes == null ? List.of() : changes.stream().sorted(Comparator.comparing(Change::from)).toList();
    }

    /** A value that never changes; also how a plain number in a file is read. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Dated of(double value) {
        return new Dated(value, List.of());
    }

    /** The value in force on {@code date}: that of the latest change dated on or before it, else {@link #value()}. */
    public double at(LocalDate date) {
        double v = value;
        for (Change c : changes) {
            if (c.from().isAfter(date)) {
                break;
            }
            v = c.value();
        }
        return v;
    }

    /** The date the value in force on {@code date} took effect, or null when it is {@link #value()}. */
    public LocalDate since(LocalDate date) {
        LocalDate since = null;
        for (Change c : changes) {
            if (c.from().isAfter(date)) {
                break;
            }
            since = c.from();
        }
        return since;
    }

    /** As written: a plain number when nothing changes, so files and outputs stay as simple as they were. */
    @JsonValue
    Object json() {
        if (changes.isEmpty()) {
            return value;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("value", value);
        out.put("changes", changes);
        return out;
    }
}
