package waitlist.simulator.random;

/**
 * The sources of randomness in a run. Each gets its own stream, so changing how one source is
 * used (say, a longer intervention) does not shift the numbers drawn by another (arrivals):
 * two scenarios run with the same seed then share random numbers where they agree.
 * Append new sources at the end: the ordinal is part of the seed derivation.
 */
public enum Source {
    ARRIVALS,
    TRIAGE,
    PRIORITY,
    DROPOUT,
    DID_NOT_ATTEND,
    INTERVENTION_MIX,
    INTERVENTION_LENGTH,
    RE_REFERRAL,
    INITIAL_STATE,
    SERVICE,
    BOOKING,
    /** One stream per referral: its whole fate (see {@link RandomStreams#fate}). */
    FATE
}
