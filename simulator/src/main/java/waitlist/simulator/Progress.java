package waitlist.simulator;

/** Told how far a run has got (replications done so far); for a terminal progress line. */
@FunctionalInterface
public interface Progress {

    void replicationsDone(long done, long planned);

    Progress NONE = (done, planned) -> { };
}
