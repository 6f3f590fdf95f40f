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

    /** Days from referral to first assessment that the service promises not to exceed. */
    public static final int TARGET_DAYS = 42;

    @PlanningId
    private String id;
    private AppointmentKind kind;
    private String client;
    private String alliance;
    private Priority priority;
    private Set<Skill> needs;
    private Set<LocalDate> unavailable;
    private PartOfDay prefers;
    private LocalDate waitingSince;
    private String assessedBy;
    private LocalDate afterHorizon;
    private long urgency;
    private Candidates<Slot> candidateSlots;

    @PlanningVariable(valueRangeProviderRefs = "candidateSlots", allowsUnassigned = true)
    private Slot slot;

    @SuppressWarnings("unused")
    private OtAppointment() {
    }

    /**
     * @param waitingSince referral date (first assessment) or due date (review)
     * @param assessedBy   the assessing OT for a review, else null
     * @param afterHorizon the first day after the horizon: the earliest an unbooked person can now be seen
     */
    public OtAppointment(String id, AppointmentKind kind, String client, String alliance, Priority priority,
                         Set<Skill> needs, Set<LocalDate> unavailable, PartOfDay prefers, LocalDate waitingSince,
                         String assessedBy, LocalDate horizonStart, LocalDate afterHorizon, List<Slot> candidateSlots) {
        this.id = id;
        this.kind = kind;
        this.client = client;
        this.alliance = alliance;
        this.priority = priority;
        this.needs = needs;
        this.unavailable = unavailable;
        this.prefers = prefers;
        this.waitingSince = waitingSince;
        this.assessedBy = assessedBy;
        this.afterHorizon = afterHorizon;
        this.candidateSlots = new Candidates<>(candidateSlots);
        // Leaving out someone who will be past six weeks by then costs one more unit per day of breach,
        // so that booking "more urgency" never means letting a near-breach referral slip for a newer one.
        this.urgency = urgency(horizonStart) + (kind == AppointmentKind.FIRST_ASSESSMENT
                ? Math.max(0, ChronoUnit.DAYS.between(waitingSince, afterHorizon) - TARGET_DAYS) : 0);
    }

    /** Days beyond six weeks at the booked slot, or, if unbooked, at the earliest day after the horizon. */
    public long breachDays() {
        if (kind != AppointmentKind.FIRST_ASSESSMENT) {
            return 0;
        }
        LocalDate seen = slot != null ? slot.date() : afterHorizon;
        return Math.max(0, ChronoUnit.DAYS.between(waitingSince, seen) - TARGET_DAYS);
    }

    public boolean isCrossAlliance() {
        return slot != null && !slot.ot().homeAlliance().equals(alliance);
    }

    @ValueRangeProvider(id = "candidateSlots")
    public List<Slot> getCandidateSlots() {
        return candidateSlots.values();
    }

    @Override
    public String getId() {
        return id;
    }

    public AppointmentKind getKind() {
        return kind;
    }

    @Override
    public String getClient() {
        return client;
    }

    @Override
    public String getAlliance() {
        return alliance;
    }

    @Override
    public Priority getPriority() {
        return priority;
    }

    public Set<Skill> getNeeds() {
        return needs;
    }

    @Override
    public Set<LocalDate> getUnavailable() {
        return unavailable;
    }

    @Override
    public PartOfDay getPrefers() {
        return prefers;
    }

    @Override
    public LocalDate waitingSince() {
        return waitingSince;
    }

    public String getAssessedBy() {
        return assessedBy;
    }

    public long getUrgency() {
        return urgency;
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
