package waitlist.solver.domain;

import java.time.LocalDate;
import java.util.List;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;

/** The planning problem and its solution: OT appointments in slots and group starts in sessions. */
@PlanningSolution
public class BookingPlan {

    private LocalDate horizonStart;
    private LocalDate horizonEnd;
    @ProblemFactCollectionProperty
    private List<Staff> staff;
    @ProblemFactCollectionProperty
    private List<Slot> slots;
    @ProblemFactCollectionProperty
    private List<Session> sessions;
    @PlanningEntityCollectionProperty
    private List<OtAppointment> appointments;
    @PlanningEntityCollectionProperty
    private List<GroupStart> groupStarts;
    private ConstraintWeightOverrides<HardMediumSoftScore> constraintWeightOverrides;
    @PlanningScore
    private HardMediumSoftScore score;

    @SuppressWarnings("unused")
    private BookingPlan() {
    }

    public BookingPlan(LocalDate horizonStart, LocalDate horizonEnd, List<Staff> staff, List<Slot> slots,
                       List<Session> sessions, List<OtAppointment> appointments, List<GroupStart> groupStarts) {
        this.horizonStart = horizonStart;
        this.horizonEnd = horizonEnd;
        this.staff = staff;
        this.slots = slots;
        this.sessions = sessions;
        this.appointments = appointments;
        this.groupStarts = groupStarts;
        this.constraintWeightOverrides = ConstraintWeightOverrides.none();
    }

    public LocalDate getHorizonStart() {
        return horizonStart;
    }

    public LocalDate getHorizonEnd() {
        return horizonEnd;
    }

    public List<Staff> getStaff() {
        return staff;
    }

    public List<Slot> getSlots() {
        return slots;
    }

    public List<Session> getSessions() {
        return sessions;
    }

    public List<OtAppointment> getAppointments() {
        return appointments;
    }

    public List<GroupStart> getGroupStarts() {
        return groupStarts;
    }

    public ConstraintWeightOverrides<HardMediumSoftScore> getConstraintWeightOverrides() {
        return constraintWeightOverrides;
    }

    public void setConstraintWeightOverrides(ConstraintWeightOverrides<HardMediumSoftScore> overrides) {
        this.constraintWeightOverrides = overrides;
    }

    public HardMediumSoftScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftScore score) {
        this.score = score;
    }
}
