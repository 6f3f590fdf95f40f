package waitlist.scenarios.snapshot;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import waitlist.scenarios.rules.MayOmit;
import waitlist.scenarios.rules.Positive;
import waitlist.scenarios.rules.AtMost;
import waitlist.scenarios.rules.MaxItems;
import waitlist.scenarios.rules.SafeId;

/**
 * An OT or a coach and when and where they work.
 *
 * @param id                    also names the practitioner's diary file, so letters, digits, '.', '_' and '-' only
 * @param homeAlliance          where they are based; always allowed
 * @param worksIn               other alliances they may work in (cross-alliance work is allowed only there)
 * @param skills                specialities (OTs); a client who needs one is seen only by an OT who has it
 * @param workingDays           e.g. {@code ["MONDAY", "TUESDAY"]}
 * @param dayStart              start of the working day
 * @param dayEnd                end of the working day
 * @param leave                 days off within the horizon
 * @param maxAppointmentsPerDay OT appointments they take on one day at most
 */
public record Practitioner(
        @SafeId String id,
        @MayOmit String name,
        Role role,
        String homeAlliance,
        @MayOmit @MaxItems(100) List<String> worksIn,
        @MayOmit @MaxItems(10) List<Skill> skills,
        @MaxItems(7) List<DayOfWeek> workingDays,
        LocalTime dayStart,
        LocalTime dayEnd,
        @MayOmit @MaxItems(3660) List<LocalDate> leave,
        @Positive @AtMost(48) int maxAppointmentsPerDay) {

    public List<String> worksInOrEmpty() {
        return worksIn == null ? List.of() : worksIn;
    }

    public List<Skill> skillsOrEmpty() {
        return skills == null ? List.of() : skills;
    }

    public List<LocalDate> leaveOrEmpty() {
        return leave == null ? List.of() : leave;
    }

    /** Whether they may work for a client of this alliance at all. */
    public boolean mayWorkIn(String alliance) {
        return homeAlliance.equals(alliance) || worksInOrEmpty().contains(alliance);
    }

    /** Whether they work on this day: a working day of the week and not on leave. */
    public boolean worksOn(LocalDate day) {
        return workingDays.contains(day.getDayOfWeek()) && !leaveOrEmpty().contains(day);
    }

    /**
     * Why they cannot run something from {@code start} for {@code minutes} on that weekday, or null
     * if it lies within their working pattern (leave is a matter of the date, checked apart).
     */
    public String refuses(DayOfWeek day, LocalTime start, int minutes) {
        if (workingDays == null || !workingDays.contains(day)) {
            return "'" + id + "' does not work on " + dayName(day) + "s";
        }
        if (dayStart != null && start.isBefore(dayStart)) {
            return "'" + id + "' starts work at " + dayStart;
        }
        if (dayEnd != null && endOf(start, minutes).isAfter(dayEnd)) {
            return "'" + id + "' finishes work at " + dayEnd;
        }
        return null;
    }

    /** When something started at {@code start} ends; past midnight counts as the end of the day. */
    static LocalTime endOf(LocalTime start, int minutes) {
        long end = start.toSecondOfDay() / 60 + (long) minutes;
        return end >= 24 * 60 ? LocalTime.MAX : start.plusMinutes(minutes);
    }

    static String dayName(java.time.DayOfWeek day) {
        String n = day.name().toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }
}
