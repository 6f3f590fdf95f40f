package waitlist.simulator.random;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.SplitMix64;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The random streams of one replication: one independent generator per (source, index), seeded
 * from (master seed, replication number, source, index) only. A replication's numbers therefore
 * do not depend on which thread runs it or in which order replications run.
 *
 * <p>Generator: xoroshiro128++ ({@link RandomSource#XO_RO_SHI_RO_128_PP}), seeded with two
 * 64-bit words from a SplitMix64 mix of the four inputs (SplitMix64 is the seeding function its
 * authors recommend; see Steele, Lea and Flood, "Fast splittable pseudorandom number generators",
 * OOPSLA 2014).
 */
public final class RandomStreams {

    private final long masterSeed;
    private final int replication;

    public RandomStreams(long masterSeed, int replication) {
        this.masterSeed = masterSeed;
        this.replication = replication;
    }

    public int replication() {
        return replication;
    }

    /** The stream for a source of randomness. */
    public UniformRandomProvider stream(Source source) {
        return stream(source, 0);
    }

    /** The stream for one instance of a source, e.g. arrivals of alliance 3 or service at stage 2. */
    public UniformRandomProvider stream(Source source, int index) {
        long state = mix(masterSeed);
        state = mix(state ^ (0x9E3779B97F4A7C15L * (replication + 1L)));
        state = mix(state ^ (0xC2B2AE3D27D4EB4FL * (source.ordinal() + 1L)));
        state = mix(state ^ (0x165667B19E3779F9L * (index + 1L)));
        long[] seed = {mix(state + 1), mix(state + 2)};
        return RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    }

    /**
     * The stream of one person's fate: keyed by who they are, (alliance, how they came in, their number among those, and the
     * generation for re-referrals), never by when or in what order the model serves them. Two scenarios run with the same
     * seed therefore give the n-th referral of an alliance the same fate, whatever else changed. A SplitMix64 generator
     * costs one multiply to create, and one is made per referral.
     */
    public UniformRandomProvider fate(int alliance, int kind, long number, int generation) {
        long state = mix(masterSeed);
        state = mix(state ^ (0x9E3779B97F4A7C15L * (replication + 1L)));
        state = mix(state ^ (0xC2B2AE3D27D4EB4FL * (Source.FATE.ordinal() + 1L)));
        state = mix(state ^ (0x165667B19E3779F9L * (alliance + 1L)));
        state = mix(state ^ (0x27D4EB2F165667C5L * (kind + 1L)));
        state = mix(state ^ (0x85EBCA77C2B2AE63L * (number + 1L)));
        state = mix(state ^ (0xFF51AFD7ED558CCDL * (generation + 1L)));
        return new SplitMix64(state);
    }

    /** SplitMix64's finaliser: a bijective avalanche mix of 64 bits. */
    static long mix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
