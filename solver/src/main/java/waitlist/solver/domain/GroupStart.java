package waitlist.solver.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import waitlist.scenarios.snapshot.Facility;
import waitlist.scenarios.snapshot.PartOfDay;
import waitlist.scenarios.snapshot.Priority;

/**
 * A client ready to start an intervention, to be given a place in a group session. Candidate
 * sessions are those on or after the day they are ready, of their activity, at a venue with the
 * facilities they need, on a day they are free.
 */
@PlanningEntity
public class GroupStart implements Demand {

    @PlanningId
    private String id;
    private String client;
    private String alliance;
    private Priority priority;
    private Set<Facility> facilities;
    private Set<LocalDate> unavailable;
    private PartOfDay prefers;
    private LocalDate ready;
    private long urgency;
    private Candidates<Session> candidateSessions;

    @PlanningVariable(valueRangeProviderRefs = "candidateSessions", allowsUnassigned = true)
    private Session session;

    @SuppressWarnings("unused")
    private GroupStart() {
    }

    public GroupStart(String id, String client, String alliance, Priority priority, Set<Facility> facilities,
                      Set<LocalDate> unavailable, PartOfDay prefers, LocalDate ready, LocalDate horizonStart,
                      List<Session> candidateSessions) {
        this.id = id;
        this.client = client;
        this.alliance = alliance;
        this.priority = priority;
        this.facilities = facilities;
        this.unavailable = unavailable;
        this.prefers = prefers;
        this.ready = ready;
        this.candidateSessions = new Candidates<>(candidateSessions);
        this.urgency = urgency(horizonStart);
    }

    public boolean isCrossAlliance() {
        return session != null && !session.alliance().equals(alliance);
    }

    @ValueRangeProvider(id = "candidateSessions")
    public List<Session> getCandidateSessions() {
        return candidateSessions.values();
    }

    @Override
    public String getId() {
        return id;
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

    public Set<Facility> getFacilities() {
        return facilities;
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
        return ready;
    }

    public long getUrgency() {
        return urgency;
    }

    public Session getSession() {
        return session;
    }

    public void setSession(Session session) {
        this.session = session;
    }

    @Override
    public String toString() {
        return id + "->" + session;
    }
}
