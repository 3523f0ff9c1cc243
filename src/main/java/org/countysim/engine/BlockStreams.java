package org.countysim.engine;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.countysim.model.DrawSlot;
import org.countysim.distribution.Distribution;

/**
 * The random streams of one block of trials: one XoShiRo256++ stream per random slot, seeded from
 * (master seed, block index, the slot's stream key). Keyed sub-streams give common random numbers across
 * scenarios (a slot's draws do not depend on which other slots exist, model.md §6); per-block seeding
 * makes results independent of the thread count and makes a run of N trials a prefix of a run of 2N.
 */
final class BlockStreams {
    private static final int UNIFORM = 0;
    private static final int NORMAL = 1;
    private static final int BERNOULLI = 2;
    private static final int DISCRETE = 3;
    private static final int TRIANGULAR = 4;
    private static final int OTHER = 5;
    private static final int SMALL_DISCRETE = 6;
    /** Discrete distributions with at most this many values are picked without a loop. */
    private static final int SMALL = 4;

    private final int[] offsets;
    private final int[] counts;
    private final int[] kinds;
    private final UniformRandomProvider[] rngs;
    private final double[] a;
    private final double[] b;
    private final NormalizedGaussianSampler[] gaussians;
    private final double[][] cumulative;
    private final double[][] values;
    /** Small discrete: ⌈cumulative probability · 2^53⌉, padded. */
    private final long[][] thresholds;
    /** Triangular: width, mode − min, max − mode, split (a and b hold min and max). */
    private final double[][] triangles;
    private final Distribution.DoubleSampler[] samplers;
    private double[] scratch = new double[0];

    BlockStreams(List<DrawSlot> randomSlots, long seed, long block) {
        int n = randomSlots.size();
        offsets = new int[n];
        counts = new int[n];
        kinds = new int[n];
        rngs = new UniformRandomProvider[n];
        a = new double[n];
        b = new double[n];
        gaussians = new NormalizedGaussianSampler[n];
        cumulative = new double[n][];
        values = new double[n][];
        thresholds = new long[n][];
        triangles = new double[n][];
        samplers = new Distribution.DoubleSampler[n];
        for (int i = 0; i < n; i++) {
            DrawSlot slot = randomSlots.get(i);
            offsets[i] = slot.offset();
            counts[i] = slot.count();
            rngs[i] = stream(seed, block, slot.streamKey());
            classify(i, slot.distribution());
        }
    }

    /**
     * The common distributions get an inlined path (a switch instead of a call through a megamorphic
     * interface, the largest cost of the inner loop); the others use their own sampler. Both draw the
     * same values from the slot's stream.
     */
    private void classify(int i, Distribution d) {
        if (d instanceof Distribution.Uniform u) {
            kinds[i] = UNIFORM;
            a[i] = u.min();
            b[i] = u.max() - u.min();
        } else if (d instanceof Distribution.Normal nd && Double.isInfinite(nd.lower()) && Double.isInfinite(nd.upper())) {
            kinds[i] = NORMAL;
            a[i] = nd.mean();
            b[i] = nd.sd();
            gaussians[i] = ZigguratSampler.NormalizedGaussian.of(rngs[i]);
        } else if (d instanceof Distribution.Bernoulli be) {
            kinds[i] = BERNOULLI;
            a[i] = be.p();
            b[i] = Math.ceil(be.p() * 0x1.0p53);
        } else if (d instanceof Distribution.Discrete di && di.values().length <= SMALL) {
            kinds[i] = SMALL_DISCRETE;
            // Padded to SMALL outcomes: a threshold above every draw (2^53 + 1) never counts.
            double[] c = di.cumulative();
            int last = di.values().length - 1;
            thresholds[i] = new long[SMALL - 1];
            values[i] = Arrays.copyOf(di.values(), SMALL);
            for (int k = 0; k < SMALL - 1; k++) {
                thresholds[i][k] = k < last ? (long) Math.ceil(c[k] * 0x1.0p53) : (1L << 53) + 1;
            }
        } else if (d instanceof Distribution.Discrete di) {
            kinds[i] = DISCRETE;
            cumulative[i] = di.cumulative();
            values[i] = di.values();
        } else if (d instanceof Distribution.Triangular t && t.max() > t.min()) {
            kinds[i] = TRIANGULAR;
            a[i] = t.min();
            b[i] = t.max();
            double width = t.max() - t.min();
            triangles[i] = new double[] {width, t.mode() - t.min(), t.max() - t.mode(), (t.mode() - t.min()) / width};
        } else {
            kinds[i] = OTHER;
            samplers[i] = d.sampler(rngs[i]);
        }
    }

    /**
     * Draws the random values of trials 0..rows−1 into columns (trial r of buffer position p at
     * {@code cols[p][r]}), slot by slot: each slot's stream is consumed in the same order as trial by trial
     * (trial r's values of the slot, then trial r+1's), so the values are identical, while each loop stays on
     * one distribution (no dispatch per draw) and one generator. A slot of one value draws straight into
     * its column; a wider slot draws in stream order into a scratch array, then spreads it over its columns.
     */
    void fill(double[][] cols, int rows) {
        for (int i = 0; i < kinds.length; i++) {
            int count = counts[i];
            int n = rows * count;
            if (count > 1 && scratch.length < n) {
                scratch = new double[n];
            }
            double[] out = count == 1 ? cols[offsets[i]] : scratch;
            draw(i, out, n);
            for (int j = 0; j < count && count > 1; j++) {
                double[] column = cols[offsets[i] + j];
                for (int r = 0; r < rows; r++) {
                    column[r] = scratch[r * count + j];
                }
            }
        }
    }

    /** n draws of slot i, in stream order, into out[0..n). */
    private void draw(int i, double[] out, int n) {
        UniformRandomProvider rng = rngs[i];
        double lo = a[i];
        double span = b[i];
        switch (kinds[i]) {
            case UNIFORM -> {
                for (int k = 0; k < n; k++) {
                    out[k] = lo + span * rng.nextDouble();
                }
            }
            case NORMAL -> {
                NormalizedGaussianSampler z = gaussians[i];
                for (int k = 0; k < n; k++) {
                    out[k] = lo + span * z.sample();
                }
            }
            case BERNOULLI -> {
                // nextDouble() < p, without a branch: the 53 bits below ⌈p·2^53⌉ (b[i]).
                long threshold = (long) span;
                for (int k = 0; k < n; k++) {
                    out[k] = ((rng.nextLong() >>> 11) - threshold) >>> 63;
                }
            }
            case DISCRETE -> {
                double[] c = cumulative[i];
                double[] v = values[i];
                for (int k = 0; k < n; k++) {
                    out[k] = Distribution.Discrete.pick(c, v, rng.nextDouble());
                }
            }
            case SMALL_DISCRETE -> {
                // Distribution.Discrete.pick unrolled, in integers: nextDouble() = bits·2^-53 ≥ c exactly when
                // bits ≥ ⌈c·2^53⌉, so the index is the number of those thresholds the 53 bits reach.
                long[] t = thresholds[i];
                double[] v = values[i];
                long t0 = t[0];
                long t1 = t[1];
                long t2 = t[2];
                for (int k = 0; k < n; k++) {
                    long bits = rng.nextLong() >>> 11;
                    int index = (int) (((bits - t0) >>> 63) ^ 1) + (int) (((bits - t1) >>> 63) ^ 1)
                            + (int) (((bits - t2) >>> 63) ^ 1);
                    out[k] = v[index];
                }
            }
            case TRIANGULAR -> {
                double[] t = triangles[i];
                double width = t[0];
                double belowMode = t[1];
                double aboveMode = t[2];
                double split = t[3];
                for (int k = 0; k < n; k++) {
                    out[k] = Distribution.Triangular.inverseCdf(rng.nextDouble(), lo, span, width, belowMode,
                            aboveMode, split);
                }
            }
            default -> {
                Distribution.DoubleSampler sampler = samplers[i];
                for (int k = 0; k < n; k++) {
                    out[k] = sampler.sample();
                }
            }
        }
    }

    static UniformRandomProvider stream(long seed, long block, String key) {
        long state = mix(seed ^ mix(fnv1a(key)));
        state = mix(state + mix(block + 0x632BE59BD9B4E019L));
        long[] words = new long[4];
        for (int i = 0; i < words.length; i++) {
            state += 0x9E3779B97F4A7C15L;
            words[i] = mix(state);
        }
        return RandomSource.XO_SHI_RO_256_PP.create(words);
    }

    /** SplitMix64's finaliser (Steele, Lea & Flood 2014): a bijective 64-bit mix. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** FNV-1a over the key's UTF-8 bytes: a stable hash, unlike String.hashCode's 32 bits. */
    static long fnv1a(String key) {
        long h = 0xCBF29CE484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xFF;
            h *= 0x100000001B3L;
        }
        return h;
    }
}
