package org.countysim.result;

/**
 * A log-linear histogram of positive values (the HdrHistogram idea): each power of two is split into
 * 2^{@value #SUB_BITS} equal buckets read straight from the double's exponent and top mantissa bits.
 * A quantile is reported as the midpoint of the bucket that holds the exact order statistic, so it is
 * within a relative 2^-11 ≈ 0.049% of the exact value. Counts merge by addition, so the result does not
 * depend on the order of merging; memory depends on the range of values, not on their number.
 * Values ≤ 0 are counted in one bucket reported as 0.
 *
 * <p>Layout: a bucket's index is the double's top bits (exponent · 2^{@value #SUB_BITS} + sub-bucket), and the
 * counts are one array over the range of indices seen so far (grown with some slack), so a sketch takes the
 * range its values span rather than whole powers of two.
 *
 * <p>A {@link #buffered} sketch keeps up to {@value #PENDING} values as 16-bit offsets from a base bucket before
 * counting them. Counting touches one cache line per value: with tens of thousands of sketches (2,850 units × 11
 * years) every line is cold, and a batch of {@value #PENDING} values into one sketch touches each line once
 * (docs/benchmarks.md). Every read counts the pending values first, so buffering changes no result.
 */
public final class QuantileSketch implements java.io.Serializable {
    private static final long serialVersionUID = 2L;

    static final int SUB_BITS = 10;
    private static final int MANTISSA_SHIFT = 52 - SUB_BITS;
    /** The worst relative distance between a reported quantile and the exact order statistic. */
    public static final double RELATIVE_ACCURACY = 1.0 / (2 * (1 << SUB_BITS));
    /** The index of +∞'s bucket, the highest a value can reach: finite positive values lie below it. */
    static final int INFINITY_INDEX = (int) (Double.doubleToRawLongBits(Double.POSITIVE_INFINITY) >>> MANTISSA_SHIFT);
    /** Values a buffered sketch holds before counting them. */
    static final int PENDING = 1024;
    /** Buckets a pending offset can reach: 64 powers of two around the first value. */
    private static final int WINDOW = 1 << 16;

    private static final int[] NONE = new int[0];

    /** The index of counts[0]'s bucket. */
    private int low;

    private int[] counts = NONE;
    private long nonPositive;
    /** Values counted (pending ones not included). */
    private long count;
    /** Whether values are counted in batches; their offsets from {@link #base} wait in {@code pending} (made on use). */
    private final boolean buffered;

    private transient char[] pending;

    private int pendingSize;
    /** The bucket index of offset 0, set by the first positive finite value; a pending offset is 1..WINDOW−1. */
    private int base = -1;

    /** A sketch that counts each value as it is added. */
    public QuantileSketch() {
        this(false);
    }

    private QuantileSketch(boolean buffered) {
        this.buffered = buffered;
    }

    /** A sketch that counts values in batches (for runs with many sketches): the same results. */
    public static QuantileSketch buffered() {
        return new QuantileSketch(true);
    }

    /** Whether values are counted in batches (then {@link #addAll} is the fast way in). */
    public boolean isBuffered() {
        return buffered;
    }

    private static int index(double value) {
        return (int) (Double.doubleToRawLongBits(value) >>> MANTISSA_SHIFT);
    }

    public void add(double value) {
        count++;
        if (!(value > 0)) {
            nonPositive++;
            return;
        }
        int index = index(value);
        int i = index - low;
        if (i < 0 || i >= counts.length) {
            cover(index, index);
            i = index - low;
        }
        counts[i]++;
    }

    /** A column of values, rows 0..rows−1. */
    public void addAll(double[] values, int rows) {
        if (base < 0 && buffered) {
            for (int r = 0; r < rows && base < 0; r++) {
                if (values[r] > 0 && index(values[r]) < INFINITY_INDEX) {
                    base = Math.max(1, Math.min(INFINITY_INDEX - WINDOW, index(values[r]) - WINDOW / 2));
                    pending = new char[PENDING];
                }
            }
        }
        if (base < 0) {
            for (int r = 0; r < rows; r++) {
                add(values[r]);
            }
            return;
        }
        for (int from = 0; from < rows; from += PENDING) {
            int n = Math.min(rows - from, PENDING);
            if (pendingSize + n > PENDING) {
                flush();
            }
            addPending(values, from, from + n);
        }
    }

    /** Values in the window (positive, finite) become pending offsets; the others are counted at once. */
    private void addPending(double[] values, int from, int to) {
        char[] p = pending;
        int size = pendingSize;
        int b = base;
        for (int r = from; r < to; r++) {
            int offset = index(values[r]) - b;
            if (offset > 0 && offset < WINDOW && offset + b < INFINITY_INDEX) {
                p[size++] = (char) offset;
            } else {
                add(values[r]);
            }
        }
        pendingSize = size;
    }

    /** Counts the pending values: one pass for their range, one to count them. */
    private void flush() {
        int size = pendingSize;
        if (size == 0) {
            return;
        }
        char[] p = pending;
        int min = WINDOW;
        int max = 0;
        for (int i = 0; i < size; i++) {
            min = Math.min(min, p[i]);
            max = Math.max(max, p[i]);
        }
        cover(base + min, base + max);
        int[] c = counts;
        int shift = base - low;
        for (int i = 0; i < size; i++) {
            c[p[i] + shift]++;
        }
        count += size;
        pendingSize = 0;
    }

    /** Grows the counts to cover bucket indices [from, to], with slack on a side that grows. */
    private void cover(int from, int to) {
        if (counts.length == 0) {
            int slack = 8 + (to - from) / 4;
            low = Math.max(0, from - slack);
            counts = new int[to + slack + 1 - low];
            return;
        }
        int high = low + counts.length - 1;
        if (from >= low && to <= high) {
            return;
        }
        int slack = 8 + (Math.max(high, to) - Math.min(low, from)) / 4;
        int newLow = from < low ? Math.max(0, from - slack) : low;
        int newHigh = to > high ? to + slack : high;
        int[] grown = new int[newHigh - newLow + 1];
        System.arraycopy(counts, 0, grown, low - newLow, counts.length);
        counts = grown;
        low = newLow;
    }

    public long count() {
        return count + pendingSize;
    }

    /**
     * The q-quantile as the inverse of the empirical distribution function: the order statistic of rank
     * max(1, ⌈q·n⌉), to within {@link #RELATIVE_ACCURACY}. NaN when empty.
     */
    public double quantile(double q) {
        flush();
        if (count == 0) {
            return Double.NaN;
        }
        long rank = Math.max(1, (long) Math.ceil(q * count));
        long seen = nonPositive;
        if (seen >= rank) {
            return 0;
        }
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return midpoint(low + i);
            }
        }
        throw new IllegalStateException("rank beyond count");
    }

    /**
     * How many values lie in [from, to), both bucket edges (as {@link WeightedSketch#isEdge}) or {@code to} +∞; from
     * 0 counts the values ≤ 0 too. Exact: an edge is its bucket's smallest value.
     */
    public long countBetween(double from, double to) {
        flush();
        long n = from <= 0 ? nonPositive : 0;
        int first = from <= 0 ? 0 : index(from) - low;
        int end = to == Double.POSITIVE_INFINITY ? counts.length : index(to) - low;
        for (int i = Math.max(0, first); i < Math.min(end, counts.length); i++) {
            n += counts[i];
        }
        return n;
    }

    private static double midpoint(int index) {
        return Double.longBitsToDouble(((long) index << MANTISSA_SHIFT) | (1L << (MANTISSA_SHIFT - 1)));
    }

    /**
     * {@link #merge}, taking over {@code other}'s counts when this sketch has none yet (no copy: with thousands of
     * sketches a run's total would otherwise double the memory of a worker's); {@code other} is left empty.
     */
    public void absorb(QuantileSketch other) {
        other.flush();
        if (count == 0 && pendingSize == 0 && counts.length == 0) {
            counts = other.counts;
            low = other.low;
            count = other.count;
            nonPositive = other.nonPositive;
            other.counts = NONE;
            other.count = 0;
            other.nonPositive = 0;
            return;
        }
        merge(other);
    }

    public void merge(QuantileSketch other) {
        flush();
        other.flush();
        count += other.count;
        nonPositive += other.nonPositive;
        int[] src = other.counts;
        int first = 0;
        int last = src.length - 1;
        while (first <= last && src[first] == 0) {
            first++;
        }
        while (last >= first && src[last] == 0) {
            last--;
        }
        if (first > last) {
            return;
        }
        cover(other.low + first, other.low + last);
        int shift = other.low - low;
        for (int i = first; i <= last; i++) {
            counts[i + shift] += src[i];
        }
    }

    /** Only {@link #buffered} is serialised by default; the counts go in {@link Wire}'s form ({@link #writeObject}). */
    private static final java.io.ObjectStreamField[] serialPersistentFields = {
        new java.io.ObjectStreamField("buffered", boolean.class)
    };

    /**
     * Serialised in a canonical, compact form: pending values counted, then the number of values, of those ≤ 0 and,
     * for the buckets from the first to the last that holds any, their first index and their counts (varints, runs of
     * empty buckets coded as one). The same values give the same bytes however the sketch grew, and a sketch travels
     * at about a byte a bucket of its range.
     */
    private void writeObject(java.io.ObjectOutputStream out) throws java.io.IOException {
        flush();
        out.defaultWriteObject();
        int first = 0;
        int last = counts.length - 1;
        while (first <= last && counts[first] == 0) {
            first++;
        }
        while (last >= first && counts[last] == 0) {
            last--;
        }
        Wire.Out wire = new Wire.Out().unsigned(count).unsigned(nonPositive).unsigned(last + 1 - first);
        if (first <= last) {
            wire.unsigned(low + first).counts(counts, first, last + 1);
        }
        wire.writeTo(out);
    }

    private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
        in.defaultReadObject();
        Wire.In wire = Wire.In.readFrom(in);
        count = wire.unsigned();
        nonPositive = wire.unsigned();
        int length = wire.index(INFINITY_INDEX + 1);
        low = length == 0 ? 0 : wire.index(INFINITY_INDEX + 1 - length);
        counts = length == 0 ? NONE : wire.counts(length);
        wire.end();
        checkRead();
        pending = null;
        pendingSize = 0;
        base = -1; // set again by the next value added, as in a new sketch
    }

    /** What {@link #writeObject} writes holds: the range trimmed to buckets that hold values, and count their sum. */
    private void checkRead() throws java.io.InvalidObjectException {
        if (counts.length > 0 && (counts[0] == 0 || counts[counts.length - 1] == 0)) {
            throw new java.io.InvalidObjectException("bucket range not trimmed to its counts");
        }
        long total = nonPositive;
        for (int c : counts) {
            total += Integer.toUnsignedLong(c);
            if (total < 0) {
                break;
            }
        }
        if (nonPositive < 0 || total < 0 || total != count) {
            throw new java.io.InvalidObjectException("count " + count + " is not the sum of the buckets'");
        }
    }
}
