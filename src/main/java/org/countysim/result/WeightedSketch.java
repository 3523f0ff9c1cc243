package org.countysim.result;

import java.util.Arrays;

/**
 * {@link QuantileSketch}'s log-linear buckets holding the weight of the values in them instead of their number,
 * for quantiles conditioned on evidence: the reported q-quantile is the midpoint of the first bucket where the
 * cumulative weight reaches q·Σw (with every weight 1, the order statistic of rank ⌈qN⌉, as the unweighted sketch).
 * Each bucket holds Σw and Σw² side by side, so that the weight of the values at or above a threshold, and its
 * standard error, come from the buckets exactly when the threshold is a bucket's lower edge ({@link #isEdge}: any
 * whole number below 2048 and most round ones above), without comparing every value with every threshold.
 * Weights are doubles, whose sums depend on their order: the engine fills one sketch per block and merges blocks in
 * block order, so the result is the same for any thread count. A block's sketch remembers the range of buckets it
 * touched, so that merging and clearing it cost that range, not the whole sketch.
 */
public final class WeightedSketch implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private static final int SUBS = 1 << QuantileSketch.SUB_BITS;
    private static final int MANTISSA_SHIFT = 52 - QuantileSketch.SUB_BITS;
    /** Doubles per chunk: Σw and Σw² of each bucket, side by side (one cache line for both). */
    private static final int WIDTH = 2 * SUBS;

    private int lowExponent;
    private double[][] chunks = new double[0][];
    /** The lowest and highest bucket touched, as exponent · SUBS + sub (lo > hi: none). */
    private long lo = Long.MAX_VALUE;

    private long hi = Long.MIN_VALUE;
    private double nonPositive;
    private double nonPositive2;

    public void add(double value, double weight) {
        addAll(new double[] {value}, new double[] {weight}, 1);
    }

    /**
     * A column of values with their weights, in order. The touched range is kept from the column's smallest and
     * largest value (buckets rise with the value), so the loop itself only adds.
     */
    public void addAll(double[] values, double[] weights, int rows) {
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (int r = 0; r < rows; r++) {
            double y = values[r];
            double w = weights[r];
            if (!(y > 0)) {
                nonPositive += w;
                nonPositive2 += w * w;
                continue;
            }
            min = y < min ? y : min;
            max = y > max ? y : max;
            long bits = Double.doubleToRawLongBits(y);
            int exponent = (int) (bits >>> 52);
            int i = exponent - lowExponent;
            double[] c;
            if (i < 0 || i >= chunks.length || (c = chunks[i]) == null) {
                int made = chunk(exponent); // may replace the chunks array: index it after
                c = chunks[made];
            }
            int at = 2 * (int) ((bits >>> MANTISSA_SHIFT) & (SUBS - 1));
            c[at] += w;
            c[at + 1] += w * w;
        }
        if (max > 0) {
            lo = Math.min(lo, id(min));
            hi = Math.max(hi, id(max));
        }
    }

    /** A bucket's position: exponent · SUBS + sub (the top bits of a positive double). */
    private static long id(double value) {
        return Double.doubleToRawLongBits(value) >>> MANTISSA_SHIFT;
    }

    /** The index of the chunk for {@code exponent}, made if needed. */
    private int chunk(int exponent) {
        if (chunks.length == 0) {
            lowExponent = exponent;
            chunks = new double[1][];
        } else if (exponent < lowExponent) {
            double[][] grown = new double[chunks.length + lowExponent - exponent][];
            System.arraycopy(chunks, 0, grown, lowExponent - exponent, chunks.length);
            chunks = grown;
            lowExponent = exponent;
        } else if (exponent >= lowExponent + chunks.length) {
            chunks = Arrays.copyOf(chunks, exponent - lowExponent + 1);
        }
        int i = exponent - lowExponent;
        if (chunks[i] == null) {
            chunks[i] = new double[WIDTH];
        }
        return i;
    }

    /** Σw (square 0) or Σw² (square 1) of bucket id. */
    private double weight(long id, int square) {
        int i = (int) (id >>> QuantileSketch.SUB_BITS) - lowExponent;
        return i < 0 || i >= chunks.length || chunks[i] == null ? 0 : chunks[i][2 * (int) (id & (SUBS - 1)) + square];
    }

    private double weight(long id) {
        return weight(id, 0);
    }

    /** Whether a threshold is a bucket's lower edge: then "y ≥ threshold" holds exactly for the buckets from its own. */
    public static boolean isEdge(double threshold) {
        return threshold > 0 && (Double.doubleToRawLongBits(threshold) & ((1L << MANTISSA_SHIFT) - 1)) == 0;
    }

    /**
     * Σw and Σw² of the values in [from, to), both bucket edges ({@link #isEdge}); {@code to} may be +∞ and
     * {@code from} 0 (then the values ≤ 0 count too). Summed bucket by bucket in order.
     */
    public double[] weightBetween(double from, double to) {
        double w = 0;
        double w2 = 0;
        if (from <= 0) {
            w += nonPositive;
            w2 += nonPositive2;
        }
        long first = from <= 0 ? lo : Math.max(lo, id(from));
        long end = to == Double.POSITIVE_INFINITY ? hi + 1 : Math.min(hi + 1, id(to));
        for (long id = first; id < end; id++) {
            w += weight(id, 0);
            w2 += weight(id, 1);
        }
        return new double[] {w, w2};
    }

    /** The total weight added, summed bucket by bucket in order. */
    public double total() {
        double total = nonPositive;
        for (long id = lo; id <= hi; id++) {
            total += weight(id);
        }
        return total;
    }

    /** The smallest bucket midpoint at which the cumulative weight reaches q·Σw; NaN when no weight was added. */
    public double quantile(double q) {
        double total = total();
        if (!(total > 0)) {
            return Double.NaN;
        }
        double rank = q * total;
        double seen = nonPositive;
        if (seen >= rank && seen > 0) {
            return 0;
        }
        long last = -1;
        for (long id = lo; id <= hi; id++) {
            double w = weight(id);
            seen += w;
            if (w > 0) {
                last = id;
                if (seen >= rank) {
                    return midpoint(id);
                }
            }
        }
        // rounding can leave the cumulative weight a hair below q·Σw at the end: the last bucket with weight
        return last < 0 ? 0 : midpoint(last);
    }

    private static double midpoint(long id) {
        return Double.longBitsToDouble((id << MANTISSA_SHIFT) | (1L << (MANTISSA_SHIFT - 1)));
    }

    /** Adds a block's weights, bucket by bucket (the caller merges blocks in block order). */
    public void merge(WeightedSketch other) {
        merge(other, false);
    }

    /** Adds a block's weights and clears the block, in one pass over the buckets it touched. */
    public void mergeAndClear(WeightedSketch other) {
        merge(other, true);
    }

    private void merge(WeightedSketch other, boolean clear) {
        nonPositive += other.nonPositive;
        nonPositive2 += other.nonPositive2;
        if (other.lo <= other.hi) {
            chunk((int) (other.lo >>> QuantileSketch.SUB_BITS));
            chunk((int) (other.hi >>> QuantileSketch.SUB_BITS));
            for (long id = other.lo; id <= other.hi; ) {
                int exponent = (int) (id >>> QuantileSketch.SUB_BITS);
                int from = (int) (id & (SUBS - 1));
                int to = exponent == (int) (other.hi >>> QuantileSketch.SUB_BITS)
                        ? (int) (other.hi & (SUBS - 1))
                        : SUBS - 1;
                double[] src = other.chunks[exponent - other.lowExponent];
                if (src != null) {
                    int made = chunk(exponent);
                    double[] dst = chunks[made];
                    for (int s = 2 * from; s <= 2 * to + 1; s++) {
                        dst[s] += src[s];
                    }
                    if (clear) {
                        Arrays.fill(src, 2 * from, 2 * to + 2, 0);
                    }
                }
                id = ((long) exponent + 1) << QuantileSketch.SUB_BITS;
            }
            lo = Math.min(lo, other.lo);
            hi = Math.max(hi, other.hi);
        }
        if (clear) {
            other.nonPositive = 0;
            other.nonPositive2 = 0;
            other.lo = Long.MAX_VALUE;
            other.hi = Long.MIN_VALUE;
        }
    }
}
