package waitlist.scenarios.snapshot;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import waitlist.scenarios.rules.MayOmit;
import waitlist.scenarios.rules.Positive;

/**
 * An OT or a coach and when and where they work.
 *
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
        String id,
        @MayOmit String name,
        Role role,
        String homeAlliance,
        @MayOmit List<String> worksIn,
        @MayOmit List<Skill> skills,
        List<DayOfWeek> workingDays,
        LocalTime dayStart,
        LocalTime dayEnd,
        @MayOmit List<LocalDate> leave,
        @Positive int maxAppointmentsPerDay) {

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
}
