package org.countysim.result;

import java.util.Arrays;

/**
 * {@link QuantileSketch}'s log-linear buckets holding the weight of the values in them instead of their number,
 * for quantiles conditioned on evidence: the reported q-quantile is the midpoint of the first bucket where the
 * cumulative weight reaches q·Σw (with every weight 1, the order statistic of rank ⌈qN⌉, as the unweighted sketch).
 * Each bucket holds Σw and Σw² side by side, so that the weight of the values at or above a threshold, and its
 * standard error, come from the buckets exactly when the threshold is a bucket's lower edge ({@link #isEdge}: any
 * whole number below 2048 and most round ones above), without comparing every value with every threshold.
 * Weights are doubles, whose sums depend on their order: the engine keeps a block's values as their buckets and adds
 * blocks in block order ({@link #addBlock}: each bucket gets the block's sum of its weights in trial order, as if a
 * sketch filled by the block were merged), so the result is the same for any thread count.
 *
 * <p>Layout: as {@link QuantileSketch}, one array over the range of bucket indices seen (Σw, Σw² and the number of
 * values of a bucket side by side), not whole powers of two: a unit-year's values span a few hundred buckets, and 60
 * sketches of 16–32 KB each (the powers of two) did not fit in a core's cache beside the block's totals. The number of
 * values gives the prior's band counts in the same pass (the prior keeps no sketch after the base year).
 */
public final class WeightedSketch implements java.io.Serializable {
    private static final long serialVersionUID = 2L;

    private static final int MANTISSA_SHIFT = 52 - QuantileSketch.SUB_BITS;
    private static final double[] NONE = new double[0];

    /** Doubles per bucket: Σw, Σw² and the number of values (the prior's count, exact as a double). */
    private static final int STRIDE = 3;

    /** The bucket index of the first bucket in sums. */
    private int low;
    /** Σw of bucket low + i at 3i, its Σw² at 3i + 1, its number of values at 3i + 2. */
    private double[] sums = NONE;
    /** The lowest and highest bucket index touched (lo > hi: none). */
    private int lo = Integer.MAX_VALUE;

    private int hi = Integer.MIN_VALUE;
    private double nonPositive;
    private double nonPositive2;
    private long nonPositiveCount;

    public void add(double value, double weight) {
        addAll(new double[] {value}, new double[] {weight}, 1);
    }

    /**
     * A column of values with their weights, in order, in one pass: the touched range is kept from the column's
     * smallest and largest value (buckets rise with the value), and the sums grow when a value falls outside them
     * (rarely: they keep slack). Each value is counted too, whatever its weight: the prior's band counts.
     */
    public void addAll(double[] values, double[] weights, int rows) {
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        double[] s = sums;
        int base = low;
        for (int r = 0; r < rows; r++) {
            double y = values[r];
            double w = weights[r];
            if (!(y > 0)) {
                nonPositive += w;
                nonPositive2 += w * w;
                nonPositiveCount++;
                continue;
            }
            min = y < min ? y : min;
            max = y > max ? y : max;
            int at = STRIDE * (index(y) - base);
            if (at < 0 || at + 2 >= s.length) {
                cover(index(y), index(y));
                s = sums;
                base = low;
                at = STRIDE * (index(y) - base);
            }
            s[at] += w;
            s[at + 1] += w * w;
            s[at + 2] += 1;
        }
        if (max > 0) {
            lo = Math.min(lo, index(min));
            hi = Math.max(hi, index(max));
        }
    }

    /** A bucket's index: exponent · 2^SUB_BITS + sub-bucket (the top bits of a positive double). */
    private static int index(double value) {
        return (int) (Double.doubleToRawLongBits(value) >>> MANTISSA_SHIFT);
    }

    /** Grows the sums to cover bucket indices [from, to], with slack on a side that grows. */
    private void cover(int from, int to) {
        if (sums.length == 0) {
            int slack = 8 + (to - from) / 4;
            low = Math.max(0, from - slack);
            sums = new double[STRIDE * (to + slack + 1 - low)];
            return;
        }
        int high = low + sums.length / STRIDE - 1;
        if (from >= low && to <= high) {
            return;
        }
        int slack = 8 + (Math.max(high, to) - Math.min(low, from)) / 4;
        int newLow = from < low ? Math.max(0, from - slack) : low;
        int newHigh = to > high ? to + slack : high;
        double[] grown = new double[STRIDE * (newHigh - newLow + 1)];
        System.arraycopy(sums, 0, grown, STRIDE * (low - newLow), sums.length);
        sums = grown;
        low = newLow;
    }

    /** Σw (square 0), Σw² (square 1) or the number of values (2) of bucket {@code index}. */
    private double weight(int index, int square) {
        int i = index - low;
        return i < 0 || STRIDE * i >= sums.length ? 0 : sums[STRIDE * i + square];
    }

    /**
     * How many values (whatever their weight) lie in [from, to), both bucket edges ({@link #isEdge}) or {@code to} +∞;
     * from 0 counts the values ≤ 0 too: the prior's band counts of a run conditioned on evidence.
     */
    public long countBetween(double from, double to) {
        long n = from <= 0 ? nonPositiveCount : 0;
        long first = from <= 0 ? lo : Math.max(lo, index(from));
        long end = to == Double.POSITIVE_INFINITY ? (long) hi + 1 : Math.min((long) hi + 1, index(to));
        for (long id = first; id < end; id++) {
            n += (long) weight((int) id, 2);
        }
        return n;
    }

    private double weight(int index) {
        return weight(index, 0);
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
        long first = from <= 0 ? lo : Math.max(lo, index(from));
        long end = to == Double.POSITIVE_INFINITY ? (long) hi + 1 : Math.min((long) hi + 1, index(to));
        for (long id = first; id < end; id++) {
            w += weight((int) id, 0);
            w2 += weight((int) id, 1);
        }
        return new double[] {w, w2};
    }

    /** The total weight added, summed bucket by bucket in order. */
    public double total() {
        double total = nonPositive;
        for (long id = lo; id <= hi; id++) {
            total += weight((int) id);
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
            double w = weight((int) id);
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

    /** The bucket of a value as {@link WeightedTally} keeps it for a block: its index, or −1 for a value ≤ 0 (or NaN). */
    static int bucket(double value) {
        return value > 0 ? index(value) : -1;
    }

    /** {@link #bucket} of each value, into {@code into} from {@code at}. */
    static void buckets(double[] values, int rows, int[] into, int at) {
        for (int r = 0; r < rows; r++) {
            double y = values[r];
            into[at + r] = y > 0 ? (int) (Double.doubleToRawLongBits(y) >>> MANTISSA_SHIFT) : -1;
        }
    }

    /** The doubles of scratch {@link #addBlock} needs for a block whose values lie in buckets [from, to]. */
    static int scratchFor(int from, int to) {
        return from <= to ? STRIDE * (to - from + 1) : 0;
    }

    /**
     * Adds one block's values, given by their buckets ({@link #bucket}, trial order) and the trials' weights and
     * squared weights: first the block's sums per bucket in {@code scratch} (over the block's range [from, to] only),
     * then those sums to the buckets. The same additions in the same order as filling a sketch with the block
     * ({@link #addAll}) and merging it ({@link #merge}), so the same bytes; the scratch is left zero.
     */
    void addBlock(int[] buckets, int n, double[] w, double[] w2, int from, int to, double[] scratch) {
        double below = 0;
        double below2 = 0;
        long belowCount = 0;
        for (int r = 0; r < n; r++) {
            int at = STRIDE * (buckets[r] - from);
            if (buckets[r] < 0) {
                below += w[r];
                below2 += w2[r];
                belowCount++;
                continue;
            }
            scratch[at] += w[r];
            scratch[at + 1] += w2[r];
            scratch[at + 2] += 1;
        }
        nonPositive += below;
        nonPositive2 += below2;
        nonPositiveCount += belowCount;
        if (from <= to) {
            cover(from, to);
            double[] dst = sums;
            int end = STRIDE * (to - from + 1);
            int shift = STRIDE * (from - low);
            for (int s = 0; s < end; s++) {
                dst[s + shift] += scratch[s];
                scratch[s] = 0;
            }
            lo = Math.min(lo, from);
            hi = Math.max(hi, to);
        }
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
        nonPositiveCount += other.nonPositiveCount;
        if (other.lo <= other.hi) {
            cover(other.lo, other.hi);
            double[] src = other.sums;
            double[] dst = sums;
            int from = STRIDE * (other.lo - other.low);
            int to = STRIDE * (other.hi - other.low + 1);
            int shift = STRIDE * (other.low - low);
            for (int s = from; s < to; s++) {
                dst[s + shift] += src[s];
            }
            if (clear) {
                Arrays.fill(src, from, to, 0);
            }
            lo = Math.min(lo, other.lo);
            hi = Math.max(hi, other.hi);
        }
        if (clear) {
            other.nonPositive = 0;
            other.nonPositive2 = 0;
            other.nonPositiveCount = 0;
            other.lo = Integer.MAX_VALUE;
            other.hi = Integer.MIN_VALUE;
        }
    }

    /** Nothing is serialised by default: {@link #writeObject} writes the buckets in {@link Wire}'s form. */
    private static final java.io.ObjectStreamField[] serialPersistentFields = {};

    /** Counts of values are whole numbers in doubles, exact to 2^53: they travel as varints. */
    private static final double MOST_EXACT_COUNT = 0x1p53;

    /**
     * Serialised in a canonical, compact form: the values ≤ 0 (Σw and Σw² as raw doubles, their number), the touched
     * range [lo, hi] and, for each of its buckets that is not empty, the empty buckets skipped before it, its number
     * of values (a varint) and its Σw and Σw² (raw doubles, bit-exact). The same values and weights give the same
     * bytes however the sketch grew, and a sketch travels at about 18 bytes a bucket that holds values.
     */
    private void writeObject(java.io.ObjectOutputStream out) throws java.io.IOException {
        out.defaultWriteObject();
        Wire.Out wire = new Wire.Out().raw(nonPositive).raw(nonPositive2).unsigned(nonPositiveCount);
        if (lo > hi) {
            wire.unsigned(0);
        } else {
            int filled = 0;
            for (int id = lo; id <= hi; id++) {
                filled += isEmpty(id) ? 0 : 1;
            }
            wire.unsigned(filled).unsigned(lo).unsigned(hi - lo);
            int skipped = 0;
            for (int id = lo; id <= hi; id++) {
                if (isEmpty(id)) {
                    skipped++;
                    continue;
                }
                wire.unsigned(skipped)
                        .unsigned(wholeCount(id))
                        .raw(weight(id, 0))
                        .raw(weight(id, 1));
                skipped = 0;
            }
        }
        wire.writeTo(out);
    }

    private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
        in.defaultReadObject();
        Wire.In wire = Wire.In.readFrom(in);
        nonPositive = wire.raw();
        nonPositive2 = wire.raw();
        nonPositiveCount = wire.unsigned();
        int filled = wire.index(QuantileSketch.INFINITY_INDEX + 1);
        low = 0;
        sums = NONE;
        lo = Integer.MAX_VALUE;
        hi = Integer.MIN_VALUE;
        if (filled > 0) {
            // the range cannot pass +∞'s bucket, nor hold fewer buckets than are filled
            int first = wire.index(QuantileSketch.INFINITY_INDEX);
            int last = first + wire.index(QuantileSketch.INFINITY_INDEX - first);
            if (filled > last + 1 - first) {
                throw new java.io.InvalidObjectException(
                        filled + " buckets filled in a range of " + (last + 1 - first));
            }
            low = first;
            sums = new double[STRIDE * (last + 1 - first)];
            lo = first;
            hi = last;
            int id = first - 1;
            for (int b = 0; b < filled; b++) {
                id += 1 + wire.index(last - id - (filled - b));
                long n = wire.unsigned();
                if (n < 0 || n > (long) MOST_EXACT_COUNT) { // compared as longs: 2^53 + 1 rounds to 2^53
                    throw new java.io.InvalidObjectException("bucket of " + Long.toUnsignedString(n) + " values");
                }
                put(id, n, wire.raw(), wire.raw());
                if (isEmpty(id)) {
                    throw new java.io.InvalidObjectException("an empty bucket written as filled");
                }
            }
        }
        wire.end();
    }

    /** Whether bucket {@code index} holds nothing: its Σw, Σw² and number of values all +0.0. */
    private boolean isEmpty(int index) {
        return Double.doubleToRawLongBits(weight(index, 0)) == 0
                && Double.doubleToRawLongBits(weight(index, 1)) == 0
                && Double.doubleToRawLongBits(weight(index, 2)) == 0;
    }

    /** Bucket {@code index}'s number of values, which is a whole number of values added one by one. */
    private long wholeCount(int index) {
        double n = weight(index, 2);
        if (!(n >= 0 && n <= MOST_EXACT_COUNT && n == Math.rint(n))) {
            throw new IllegalStateException("bucket " + index + " holds " + n + " values");
        }
        return (long) n;
    }

    /** Sets bucket {@code index} (covered by the sums) to hold n values of weights Σw and Σw². */
    private void put(int index, long n, double w, double w2) {
        int at = STRIDE * (index - low);
        sums[at] = w;
        sums[at + 1] = w2;
        sums[at + 2] = n;
    }
}
