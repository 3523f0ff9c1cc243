package org.countysim.result;

import java.util.Arrays;

/**
 * A log-linear histogram of positive values (the HdrHistogram idea): each power of two is split into
 * 2^{@value #SUB_BITS} equal buckets read straight from the double's exponent and top mantissa bits.
 * A quantile is reported as the midpoint of the bucket that holds the exact order statistic, so it is
 * within a relative 2^-11 ≈ 0.049% of the exact value. Counts merge by addition, so the result does not
 * depend on the order of merging; memory depends on the range of values, not on their number.
 * Values ≤ 0 are counted in one bucket reported as 0.
 */
public final class QuantileSketch implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    static final int SUB_BITS = 10;
    private static final int SUBS = 1 << SUB_BITS;
    private static final int MANTISSA_SHIFT = 52 - SUB_BITS;
    /** The worst relative distance between a reported quantile and the exact order statistic. */
    public static final double RELATIVE_ACCURACY = 1.0 / (2 * SUBS);

    private int lowExponent;
    private int[][] chunks = new int[0][];
    private long nonPositive;
    private long count;

    public void add(double value) {
        count++;
        if (!(value > 0)) {
            nonPositive++;
            return;
        }
        long bits = Double.doubleToRawLongBits(value);
        int exponent = (int) (bits >>> 52);
        int sub = (int) ((bits >>> MANTISSA_SHIFT) & (SUBS - 1));
        int i = exponent - lowExponent;
        int[] c;
        if (i >= 0 && i < chunks.length && (c = chunks[i]) != null) {
            c[sub]++;
        } else {
            chunk(exponent)[sub]++;
        }
    }

    private int[] chunk(int exponent) {
        if (chunks.length == 0) {
            lowExponent = exponent;
            chunks = new int[1][];
        } else if (exponent < lowExponent) {
            int[][] grown = new int[chunks.length + lowExponent - exponent][];
            System.arraycopy(chunks, 0, grown, lowExponent - exponent, chunks.length);
            chunks = grown;
            lowExponent = exponent;
        } else if (exponent >= lowExponent + chunks.length) {
            chunks = Arrays.copyOf(chunks, exponent - lowExponent + 1);
        }
        int i = exponent - lowExponent;
        if (chunks[i] == null) {
            chunks[i] = new int[SUBS];
        }
        return chunks[i];
    }

    public long count() {
        return count;
    }

    /**
     * The q-quantile as the inverse of the empirical distribution function: the order statistic of rank
     * max(1, ⌈q·n⌉), to within {@link #RELATIVE_ACCURACY}. NaN when empty.
     */
    public double quantile(double q) {
        if (count == 0) {
            return Double.NaN;
        }
        long rank = Math.max(1, (long) Math.ceil(q * count));
        long seen = nonPositive;
        if (seen >= rank) {
            return 0;
        }
        for (int i = 0; i < chunks.length; i++) {
            int[] c = chunks[i];
            if (c == null) {
                continue;
            }
            for (int sub = 0; sub < SUBS; sub++) {
                seen += c[sub];
                if (seen >= rank) {
                    return midpoint(lowExponent + i, sub);
                }
            }
        }
        throw new IllegalStateException("rank beyond count");
    }

    private static double midpoint(int exponent, int sub) {
        long bits = ((long) exponent << 52) | ((long) sub << MANTISSA_SHIFT) | (1L << (MANTISSA_SHIFT - 1));
        return Double.longBitsToDouble(bits);
    }

    public void merge(QuantileSketch other) {
        count += other.count;
        nonPositive += other.nonPositive;
        for (int i = 0; i < other.chunks.length; i++) {
            int[] src = other.chunks[i];
            if (src != null) {
                int[] dst = chunk(other.lowExponent + i);
                for (int s = 0; s < SUBS; s++) {
                    dst[s] += src[s];
                }
            }
        }
    }
}
