package waitlist.solver.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import waitlist.scenarios.snapshot.PartOfDay;
import waitlist.scenarios.snapshot.Priority;
import waitlist.scenarios.snapshot.Skill;

/**
 * A first assessment or a review to be put in an OT slot. Its candidate slots are only those an
 * OT could legally take (skill, alliance, both available), which keeps the search small; the
 * hard constraints still check every rule, so a hand-made or imported plan is judged fully.
 */
@PlanningEntity
public class OtAppointment implements Demand {

    @PlanningId
    private String id;
    /** Everything that does not change while solving, in one record: the planning clone copies one reference. */
    private Need need;

    @PlanningVariable(valueRangeProviderRefs = "candidateSlots", allowsUnassigned = true)
    private Slot slot;

    private record Need(AppointmentKind kind, String client, String alliance, Priority priority, Set<Skill> needs,
                        Set<LocalDate> unavailable, PartOfDay prefers, LocalDate waitingSince, String assessedBy,
                        LocalDate afterHorizon, int targetDays, long urgency, List<Slot> candidates) {
    }

    @SuppressWarnings("unused")
    private OtAppointment() {
    }

    /**
     * @param waitingSince referral date (first assessment) or due date (review)
     * @param assessedBy   the assessing OT for a review, else null
     * @param afterHorizon the first day after the horizon: the earliest an unbooked person can now be seen
     * @param targetDays   days from referral to first assessment that the service promises not to exceed
     */
    public OtAppointment(String id, AppointmentKind kind, String client, String alliance, Priority priority,
                         Set<Skill> needs, Set<LocalDate> unavailable, PartOfDay prefers, LocalDate waitingSince,
                         String assessedBy, LocalDate horizonStart, LocalDate afterHorizon, int targetDays,
                         List<Slot> candidateSlots) {
        this.id = id;
        // Leaving out someone who will be past the target by then costs one more unit per day of breach,
        // so that booking "more urgency" never means letting a near-breach referral slip for a newer one.
        long urgency = Demand.urgency(waitingSince, priority, horizonStart) + (kind == AppointmentKind.FIRST_ASSESSMENT
                ? Math.max(0, ChronoUnit.DAYS.between(waitingSince, afterHorizon) - targetDays) : 0);
        this.need = new Need(kind, client, alliance, priority, needs, unavailable, prefers, waitingSince, assessedBy,
                afterHorizon, targetDays, urgency, candidateSlots);
    }

    /**
     * The same need with other candidate slots: for judging plans the planner would never make (a test
     * that puts people in any slot must keep within the value range Timefold checks).
     */
    public OtAppointment withCandidates(List<Slot> candidates) {
        OtAppointment copy = new OtAppointment();
        copy.id = id;
        copy.need = new Need(need.kind(), need.client(), need.alliance(), need.priority(), need.needs(), need.unavailable(),
                need.prefers(), need.waitingSince(), need.assessedBy(), need.afterHorizon(), need.targetDays(), need.urgency(),
                candidates);
        return copy;
    }

    /** Days beyond the target at the booked slot, or, if unbooked, at the earliest day after the horizon. */
    public long breachDays() {
        return breachDaysOn(slot);
    }

    /** Days beyond the target if booked in {@code at} (or unbooked, for null): 0 for reviews, which run on no clock. */
    public long breachDaysOn(Slot at) {
        if (need.kind() != AppointmentKind.FIRST_ASSESSMENT) {
            return 0;
        }
        LocalDate seen = at != null ? at.date() : need.afterHorizon();
        return Math.max(0, ChronoUnit.DAYS.between(need.waitingSince(), seen) - need.targetDays());
    }

    public int getTargetDays() {
        return need.targetDays();
    }

    public boolean isCrossAlliance() {
        return slot != null && !slot.ot().homeAlliance().equals(need.alliance());
    }

    @ValueRangeProvider(id = "candidateSlots")
    public List<Slot> getCandidateSlots() {
        return need.candidates();
    }

    @Override
    public String getId() {
        return id;
    }

    public AppointmentKind getKind() {
        return need.kind();
    }

    @Override
    public String getClient() {
        return need.client();
    }

    @Override
    public String getAlliance() {
        return need.alliance();
    }

    @Override
    public Priority getPriority() {
        return need.priority();
    }

    public Set<Skill> getNeeds() {
        return need.needs();
    }

    @Override
    public Set<LocalDate> getUnavailable() {
        return need.unavailable();
    }

    @Override
    public PartOfDay getPrefers() {
        return need.prefers();
    }

    @Override
    public LocalDate waitingSince() {
        return need.waitingSince();
    }

    public String getAssessedBy() {
        return need.assessedBy();
    }

    public long getUrgency() {
        return need.urgency();
    }

    public Slot getSlot() {
        return slot;
    }

    public void setSlot(Slot slot) {
        this.slot = slot;
    }

    @Override
    public String toString() {
        return id + "->" + slot;
    }
}
