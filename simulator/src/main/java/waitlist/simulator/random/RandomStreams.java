package waitlist.simulator.random;

import org.apache.commons.rng.UniformRandomProvider;
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

    /** SplitMix64's finaliser: a bijective avalanche mix of 64 bits. */
    static long mix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
