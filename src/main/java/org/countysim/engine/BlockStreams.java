package org.countysim.engine;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.countysim.model.DrawSlot;
import org.countysim.scenario.Distribution;

/**
 * The random streams of one block of trials: one XoShiRo256++ stream per random slot, seeded from
 * (master seed, block index, the slot's stream key). Keyed sub-streams give common random numbers across
 * scenarios (a slot's draws do not depend on which other slots exist, model.md §6); per-block seeding
 * makes results independent of the thread count and makes a run of N trials a prefix of a run of 2N.
 */
final class BlockStreams {
    private final int[] offsets;
    private final int[] counts;
    private final Distribution.DoubleSampler[] samplers;

    BlockStreams(List<DrawSlot> randomSlots, long seed, long block) {
        int n = randomSlots.size();
        offsets = new int[n];
        counts = new int[n];
        samplers = new Distribution.DoubleSampler[n];
        for (int i = 0; i < n; i++) {
            DrawSlot slot = randomSlots.get(i);
            offsets[i] = slot.offset();
            counts[i] = slot.count();
            samplers[i] = slot.distribution().sampler(stream(seed, block, slot.streamKey()));
        }
    }

    /** Draws one trial's random values into the buffer (fixed values stay as the template set them). */
    void fill(double[] buf) {
        for (int i = 0; i < samplers.length; i++) {
            Distribution.DoubleSampler s = samplers[i];
            int end = offsets[i] + counts[i];
            for (int j = offsets[i]; j < end; j++) {
                buf[j] = s.sample();
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
