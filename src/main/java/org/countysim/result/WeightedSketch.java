package org.countysim.result;

import java.util.Arrays;

/**
 * {@link QuantileSketch}'s log-linear buckets holding the weight of the values in them instead of their number,
 * for quantiles conditioned on evidence: the reported q-quantile is the midpoint of the first bucket where the
 * cumulative weight reaches q·Σw (with every weight 1, the order statistic of rank ⌈qN⌉, as the unweighted sketch).
 * Weights are doubles, whose sums depend on their order: the engine fills one sketch per block and merges blocks in
 * block order, so the result is the same for any thread count. A block's sketch remembers which buckets it touched,
 * so that merging and clearing it cost the range of its values, not the whole sketch.
 */
public final class WeightedSketch {
    private static final int SUBS = 1 << QuantileSketch.SUB_BITS;
    private static final int MANTISSA_SHIFT = 52 - QuantileSketch.SUB_BITS;

    private int lowExponent;
    private double[][] chunks = new double[0][];
    /** Per chunk, the lowest and highest bucket touched since the last clear (lo > hi: none). */
    private int[] lo = new int[0];
    private int[] hi = new int[0];
    private double nonPositive;
    private double total;

    public void add(double value, double weight) {
        total += weight;
        if (!(value > 0)) {
            nonPositive += weight;
            return;
        }
        long bits = Double.doubleToRawLongBits(value);
        int exponent = (int) (bits >>> 52);
        int sub = (int) ((bits >>> MANTISSA_SHIFT) & (SUBS - 1));
        int i = exponent - lowExponent;
        if (i < 0 || i >= chunks.length || chunks[i] == null) {
            i = chunk(exponent);
        }
        chunks[i][sub] += weight;
        if (sub < lo[i]) {
            lo[i] = sub;
        }
        if (sub > hi[i]) {
            hi[i] = sub;
        }
    }

    /** The index of the chunk for {@code exponent}, made if needed. */
    private int chunk(int exponent) {
        if (chunks.length == 0) {
            lowExponent = exponent;
            grow(1, 0);
        } else if (exponent < lowExponent) {
            grow(chunks.length + lowExponent - exponent, lowExponent - exponent);
            lowExponent = exponent;
        } else if (exponent >= lowExponent + chunks.length) {
            grow(exponent - lowExponent + 1, 0);
        }
        int i = exponent - lowExponent;
        if (chunks[i] == null) {
            chunks[i] = new double[SUBS];
        }
        return i;
    }

    private void grow(int length, int shift) {
        double[][] c = new double[length][];
        int[] l = new int[length];
        int[] h = new int[length];
        Arrays.fill(l, SUBS);
        Arrays.fill(h, -1);
        System.arraycopy(chunks, 0, c, shift, chunks.length);
        System.arraycopy(lo, 0, l, shift, lo.length);
        System.arraycopy(hi, 0, h, shift, hi.length);
        chunks = c;
        lo = l;
        hi = h;
    }

    /** The total weight added. */
    public double total() {
        return total;
    }

    /** The smallest bucket midpoint at which the cumulative weight reaches q·Σw; NaN when no weight was added. */
    public double quantile(double q) {
        if (!(total > 0)) {
            return Double.NaN;
        }
        double rank = q * total;
        double seen = nonPositive;
        if (seen >= rank && seen > 0) {
            return 0;
        }
        for (int i = 0; i < chunks.length; i++) {
            double[] c = chunks[i];
            if (c == null) {
                continue;
            }
            for (int sub = lo[i]; sub <= hi[i]; sub++) {
                seen += c[sub];
                if (seen >= rank && c[sub] > 0) {
                    return midpoint(lowExponent + i, sub);
                }
            }
        }
        return lastMidpoint();
    }

    /** Rounding can leave the cumulative weight a hair below q·Σw at the end: the last bucket with weight. */
    private double lastMidpoint() {
        for (int i = chunks.length - 1; i >= 0; i--) {
            if (chunks[i] != null) {
                for (int sub = hi[i]; sub >= lo[i]; sub--) {
                    if (chunks[i][sub] > 0) {
                        return midpoint(lowExponent + i, sub);
                    }
                }
            }
        }
        return 0;
    }

    private static double midpoint(int exponent, int sub) {
        long bits = ((long) exponent << 52) | ((long) sub << MANTISSA_SHIFT) | (1L << (MANTISSA_SHIFT - 1));
        return Double.longBitsToDouble(bits);
    }

    /** Adds a block's weights, bucket by bucket (the caller merges blocks in block order). */
    public void merge(WeightedSketch other) {
        total += other.total;
        nonPositive += other.nonPositive;
        for (int j = 0; j < other.chunks.length; j++) {
            double[] src = other.chunks[j];
            if (src == null || other.lo[j] > other.hi[j]) {
                continue;
            }
            int i = chunk(other.lowExponent + j);
            double[] dst = chunks[i];
            int from = other.lo[j];
            int to = other.hi[j];
            for (int s = from; s <= to; s++) {
                dst[s] += src[s];
            }
            lo[i] = Math.min(lo[i], from);
            hi[i] = Math.max(hi[i], to);
        }
    }

    /** Back to empty, keeping the chunks for the next block. */
    public void clear() {
        total = 0;
        nonPositive = 0;
        for (int i = 0; i < chunks.length; i++) {
            if (chunks[i] != null && lo[i] <= hi[i]) {
                Arrays.fill(chunks[i], lo[i], hi[i] + 1, 0);
            }
            lo[i] = SUBS;
            hi[i] = -1;
        }
    }
}
