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
 *
 * <p>One replication's streams are used by the one thread that runs it: the object keeps the parts of the fate keys it
 * has mixed, and is not shared.
 */
public final class RandomStreams {

    /** Kinds of entry into the run whose key prefixes are kept (the models use 0-3); others are mixed afresh each time. */
    private static final int KEPT_KINDS = 8;

    private final long masterSeed;
    private final int replication;
    /** The mix of (seed, replication, FATE) that every fate stream's key starts from: the same for all of this replication's people. */
    private final long fatePrefix;
    /** [alliance * KEPT_KINDS + kind]: the mixed key prefix of that alliance and kind, once asked for; see {@link #fate}. */
    private long[] prefixes = new long[0];
    private boolean[] prefixKnown = new boolean[0];

    public RandomStreams(long masterSeed, int replication) {
        this.masterSeed = masterSeed;
        this.replication = replication;
        long state = mix(masterSeed);
        state = mix(state ^ (0x9E3779B97F4A7C15L * (replication + 1L)));
        this.fatePrefix = mix(state ^ (0xC2B2AE3D27D4EB4FL * (Source.FATE.ordinal() + 1L)));
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
     * costs one multiply to create, and one is made per referral. The key is a chain of seven mixes; the first five depend
     * only on the replication, alliance and kind, so they are kept, and a referral pays for two. (Not thread-safe, like
     * the generators it hands out: one replication runs on one thread.)
     */
    public UniformRandomProvider fate(int alliance, int kind, long number, int generation) {
        long state = mix(prefix(alliance, kind) ^ (0x85EBCA77C2B2AE63L * (number + 1L)));
        state = mix(state ^ (0xFF51AFD7ED558CCDL * (generation + 1L)));
        return new SplitMix64(state);
    }

    private long prefix(int alliance, int kind) {
        if (alliance < 0 || kind < 0 || kind >= KEPT_KINDS) {
            return mixPrefix(alliance, kind);
        }
        int i = alliance * KEPT_KINDS + kind;
        if (i >= prefixes.length) {
            prefixes = java.util.Arrays.copyOf(prefixes, i + KEPT_KINDS);
            prefixKnown = java.util.Arrays.copyOf(prefixKnown, i + KEPT_KINDS);
        }
        if (!prefixKnown[i]) {
            prefixes[i] = mixPrefix(alliance, kind);
            prefixKnown[i] = true;
        }
        return prefixes[i];
    }

    private long mixPrefix(int alliance, int kind) {
        long state = mix(fatePrefix ^ (0x165667B19E3779F9L * (alliance + 1L)));
        return mix(state ^ (0x27D4EB2F165667C5L * (kind + 1L)));
    }

    /** SplitMix64's finaliser: a bijective avalanche mix of 64 bits. */
    static long mix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
