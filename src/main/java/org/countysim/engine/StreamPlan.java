package org.countysim.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.countysim.distribution.Distribution;
import org.countysim.model.DrawSlot;

/**
 * What a model draws, element by element, worked out once per model: each value of a random slot (a
 * slot of several values has one per unit or project) has its own sub-stream, keyed by the slot's key and
 * the element's index, and a kind that {@link BlockStreams} draws on an inlined path. Immutable.
 */
final class StreamPlan {
    static final int UNIFORM = 0;
    static final int NORMAL = 1;
    static final int BERNOULLI = 2;
    static final int DISCRETE = 3;
    static final int TRIANGULAR = 4;
    static final int OTHER = 5;
    static final int SMALL_DISCRETE = 6;
    /** Discrete distributions with at most this many values are picked without a loop. */
    static final int SMALL = 4;

    final int size;
    /** The element's position in the draw buffer (its column). */
    final int[] offsets;
    /** FNV-1a hash of the element's stream key. */
    final long[] keys;

    final int[] kinds;
    /** Uniform: min and width; normal: mean and sd; Bernoulli: p and ⌈p·2^53⌉; triangular: min and max. */
    final double[] a;

    final double[] b;
    final double[][] cumulative;
    final double[][] values;
    /** Small discrete: ⌈cumulative probability · 2^53⌉, padded with 2^53 + 1 (above every draw). */
    final long[][] thresholds;
    /** Triangular: width, mode − min, max − mode, split. */
    final double[][] triangles;

    final Distribution[] distributions;

    /** One value to draw for every trial: its draw-buffer position, its stream key, its distribution. */
    record Element(int offset, String key, Distribution distribution) {}

    /** The elements of random slots: each value of a slot of several values is one. */
    static List<Element> elements(List<DrawSlot> randomSlots) {
        List<Element> out = new ArrayList<>();
        for (DrawSlot slot : randomSlots) {
            for (int j = 0; j < slot.count(); j++) {
                out.add(new Element(slot.offset() + j, elementKey(slot, j), slot.distribution()));
            }
        }
        return out;
    }

    /** The plan that draws every element of the given random slots. */
    static StreamPlan of(List<DrawSlot> randomSlots) {
        return new StreamPlan(elements(randomSlots));
    }

    StreamPlan(List<Element> elements) {
        size = elements.size();
        offsets = new int[size];
        keys = new long[size];
        kinds = new int[size];
        a = new double[size];
        b = new double[size];
        cumulative = new double[size][];
        values = new double[size][];
        thresholds = new long[size][];
        triangles = new double[size][];
        distributions = new Distribution[size];
        for (int i = 0; i < size; i++) {
            Element e = elements.get(i);
            offsets[i] = e.offset();
            keys[i] = fnv1a(e.key());
            distributions[i] = e.distribution();
            classify(i, e.distribution());
        }
    }

    /** Element j of a slot draws from its own stream: the slot's key, with "#j" after it when the slot has several. */
    static String elementKey(DrawSlot slot, int j) {
        return slot.count() == 1 ? slot.streamKey() : slot.streamKey() + "#" + j;
    }

    /**
     * The common distributions get an inlined path (a switch instead of a call through a megamorphic
     * interface, the largest cost of the inner loop); the others use their own sampler. Both draw the
     * same values from the element's stream.
     */
    private void classify(int i, Distribution d) {
        if (d instanceof Distribution.Uniform u) {
            kinds[i] = UNIFORM;
            a[i] = u.min();
            b[i] = u.max() - u.min();
        } else if (d instanceof Distribution.Normal nd
                && Double.isInfinite(nd.lower())
                && Double.isInfinite(nd.upper())) {
            kinds[i] = NORMAL;
            a[i] = nd.mean();
            b[i] = nd.sd();
        } else if (d instanceof Distribution.Bernoulli be) {
            kinds[i] = BERNOULLI;
            a[i] = be.p();
            b[i] = Math.ceil(be.p() * 0x1.0p53);
        } else if (d instanceof Distribution.Discrete di && di.values().length <= SMALL) {
            kinds[i] = SMALL_DISCRETE;
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
            triangles[i] = t.parts();
        } else {
            kinds[i] = OTHER;
        }
    }

    /** FNV-1a over the key's UTF-8 bytes: a stable hash, unlike String.hashCode's 32 bits. */
    static long fnv1a(String key) {
        long h = 0xCBF29CE484222325L;
        for (byte x : key.getBytes(StandardCharsets.UTF_8)) {
            h ^= x & 0xFF;
            h *= 0x100000001B3L;
        }
        return h;
    }
}
