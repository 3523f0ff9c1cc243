package org.countysim.engine;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.countysim.distribution.Distribution;

/**
 * The random streams of one block of trials: one XoRoShiRo128++ stream per element of a {@link StreamPlan},
 * seeded from (master seed, block index, the element's stream key). XoRoShiRo128++ (Blackman and Vigna 2018)
 * passes the standard test batteries with a period of 2^128, far beyond the ≤ 1024 draws of a block's stream;
 * its two words of state, against XoShiRo256++'s four, make each draw about 10% cheaper. Keyed sub-streams give common random
 * numbers across scenarios (an element's draws do not depend on which other slots exist, model.md §6);
 * per-block seeding makes results independent of the thread count and makes a run of N trials a prefix of
 * a run of 2N.
 */
final class BlockStreams {
    private final StreamPlan plan;
    private final UniformRandomProvider[] rngs;
    private final NormalizedGaussianSampler[] gaussians;
    private final Distribution.DoubleSampler[] samplers;

    BlockStreams(StreamPlan plan, long seed, long block) {
        this.plan = plan;
        rngs = new UniformRandomProvider[plan.size];
        gaussians = new NormalizedGaussianSampler[plan.size];
        samplers = new Distribution.DoubleSampler[plan.size];
        long blockMix = mix(block + 0x632BE59BD9B4E019L);
        for (int i = 0; i < plan.size; i++) {
            rngs[i] = stream(seed, blockMix, plan.keys[i]);
            if (plan.kinds[i] == StreamPlan.NORMAL) {
                gaussians[i] = ZigguratSampler.NormalizedGaussian.of(rngs[i]);
            } else if (plan.kinds[i] == StreamPlan.OTHER) {
                samplers[i] = plan.distributions[i].sampler(rngs[i]);
            }
        }
    }

    /**
     * Draws trials 0..rows−1 of every element into its column (trial r of buffer position p at
     * {@code cols[p][r]}), element by element: each loop stays on one distribution (no dispatch per draw)
     * and one generator.
     */
    void fill(double[][] cols, int rows) {
        for (int i = 0; i < plan.size; i++) {
            draw(i, cols[plan.offsets[i]], rows);
        }
    }

    /** One loop per kind, each its own small method, so that the JIT inlines the generator into every one. */
    private void draw(int i, double[] out, int n) {
        UniformRandomProvider rng = rngs[i];
        switch (plan.kinds[i]) {
            case StreamPlan.UNIFORM -> uniform(rng, plan.a[i], plan.b[i], out, n);
            case StreamPlan.NORMAL -> normal(gaussians[i], plan.a[i], plan.b[i], out, n);
            case StreamPlan.BERNOULLI -> bernoulli(rng, (long) plan.b[i], out, n);
            case StreamPlan.SMALL_DISCRETE -> smallDiscrete(rng, plan.thresholds[i], plan.values[i], out, n);
            case StreamPlan.DISCRETE -> discrete(rng, plan.cumulative[i], plan.values[i], out, n);
            case StreamPlan.TRIANGULAR -> triangular(rng, plan.a[i], plan.b[i], plan.triangles[i], out, n);
            default -> other(samplers[i], out, n);
        }
    }

    private static void uniform(UniformRandomProvider rng, double min, double width, double[] out, int n) {
        for (int k = 0; k < n; k++) {
            out[k] = min + width * rng.nextDouble();
        }
    }

    private static void normal(NormalizedGaussianSampler z, double mean, double sd, double[] out, int n) {
        for (int k = 0; k < n; k++) {
            out[k] = mean + sd * z.sample();
        }
    }

    /** nextDouble() &lt; p, without a branch: the 53 bits below ⌈p·2^53⌉. */
    private static void bernoulli(UniformRandomProvider rng, long threshold, double[] out, int n) {
        for (int k = 0; k < n; k++) {
            out[k] = ((rng.nextLong() >>> 11) - threshold) >>> 63;
        }
    }

    /**
     * Distribution.Discrete.pick unrolled, in integers: nextDouble() = bits·2^-53 ≥ c exactly when
     * bits ≥ ⌈c·2^53⌉, so the index is the number of those thresholds the 53 bits reach.
     */
    private static void smallDiscrete(UniformRandomProvider rng, long[] t, double[] v, double[] out, int n) {
        long t0 = t[0];
        long t1 = t[1];
        long t2 = t[2];
        for (int k = 0; k < n; k++) {
            long bits = rng.nextLong() >>> 11;
            int index = (int) (((bits - t0) >>> 63) ^ 1)
                    + (int) (((bits - t1) >>> 63) ^ 1)
                    + (int) (((bits - t2) >>> 63) ^ 1);
            out[k] = v[index];
        }
    }

    private static void discrete(UniformRandomProvider rng, double[] cumulative, double[] v, double[] out, int n) {
        for (int k = 0; k < n; k++) {
            out[k] = Distribution.Discrete.pick(cumulative, v, rng.nextDouble());
        }
    }

    private static void triangular(UniformRandomProvider rng, double min, double max, double[] t, double[] out, int n) {
        double width = t[0];
        double belowMode = t[1];
        double aboveMode = t[2];
        double split = t[3];
        for (int k = 0; k < n; k++) {
            out[k] = Distribution.Triangular.inverseCdf(rng.nextDouble(), min, max, width, belowMode, aboveMode, split);
        }
    }

    private static void other(Distribution.DoubleSampler sampler, double[] out, int n) {
        for (int k = 0; k < n; k++) {
            out[k] = sampler.sample();
        }
    }

    /** The stream of a key in a block (for tests and diagnostics; the engine hashes keys once, in its plan). */
    static UniformRandomProvider stream(long seed, long block, String key) {
        return stream(seed, mix(block + 0x632BE59BD9B4E019L), StreamPlan.fnv1a(key));
    }

    private static UniformRandomProvider stream(long seed, long blockMix, long keyHash) {
        long state = mix(seed ^ mix(keyHash));
        state = mix(state + blockMix);
        long[] words = new long[2];
        for (int i = 0; i < words.length; i++) {
            state += 0x9E3779B97F4A7C15L;
            words[i] = mix(state);
        }
        return new XoRoShiRo128PlusPlus(words);
    }

    /** SplitMix64's finaliser (Steele, Lea & Flood 2014): a bijective 64-bit mix. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
