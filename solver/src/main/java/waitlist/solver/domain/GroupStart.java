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
    /** Everything that does not change while solving, in one record: the planning clone copies one reference. */
    private Need need;

    @PlanningVariable(valueRangeProviderRefs = "candidateSessions", allowsUnassigned = true)
    private Session session;

    private record Need(String client, String alliance, Priority priority, Set<Facility> facilities,
                        Set<LocalDate> unavailable, PartOfDay prefers, LocalDate ready, String activity, long urgency,
                        List<Session> candidates) {
    }

    @SuppressWarnings("unused")
    private GroupStart() {
    }

    public GroupStart(String id, String client, String alliance, Priority priority, Set<Facility> facilities,
                      Set<LocalDate> unavailable, PartOfDay prefers, LocalDate ready, String activity, LocalDate horizonStart,
                      List<Session> candidateSessions) {
        this.id = id;
        this.need = new Need(client, alliance, priority, facilities, unavailable, prefers, ready, activity,
                Demand.urgency(ready, priority, horizonStart), candidateSessions);
    }

    /** The same need with other candidate sessions (see {@link OtAppointment#withCandidates}). */
    public GroupStart withCandidates(List<Session> candidates) {
        GroupStart copy = new GroupStart();
        copy.id = id;
        copy.need = new Need(need.client(), need.alliance(), need.priority(), need.facilities(), need.unavailable(),
                need.prefers(), need.ready(), need.activity(), need.urgency(), candidates);
        return copy;
    }

    /** The activity agreed at assessment, or null for any. */
    public String getActivity() {
        return need.activity();
    }

    public boolean isCrossAlliance() {
        return session != null && !session.alliance().equals(need.alliance());
    }

    @ValueRangeProvider(id = "candidateSessions")
    public List<Session> getCandidateSessions() {
        return need.candidates();
    }

    @Override
    public String getId() {
        return id;
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

    public Set<Facility> getFacilities() {
        return need.facilities();
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
        return need.ready();
    }

    public long getUrgency() {
        return need.urgency();
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
