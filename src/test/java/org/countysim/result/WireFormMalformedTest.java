package org.countysim.result;

import static org.countysim.testing.Serialisation.bytes;
import static org.countysim.testing.Serialisation.object;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InvalidObjectException;
import java.util.Arrays;
import org.countysim.model.Counting;
import org.junit.jupiter.api.Test;

/**
 * Malformed wire forms ({@link Wire}) are refused with an {@link InvalidObjectException} and a reason, before anything
 * is allocated on their word: lengths the object cannot hold, counts that disagree, varints not in their shortest
 * form. A sketch's or tally's stream is changed by replacing its wire form, which is the last block of data in it.
 */
class WireFormMalformedTest {
    /** 2^31 − 9, the largest length {@link Wire.In#readFrom} would take: five bytes claim 16 GB of longs. */
    private static final long HUGE = Integer.MAX_VALUE - 8;

    private static final int INDEX_7_5 = (int) (Double.doubleToRawLongBits(7.5) >>> (52 - QuantileSketch.SUB_BITS));

    @Test
    void varintsMustBeInTheirShortestForm() throws Exception {
        assertRefused(() -> in(0x80, 0x00).unsigned(), "shortest form");
        assertRefused(() -> in(0x81, 0x80, 0x00).unsigned(), "shortest form");
        assertEquals(1, in(0x01).unsigned());
        assertEquals(0, in(0x00).unsigned());
    }

    @Test
    void aTenthVarintByteMayHoldOnlyTheTopBit() throws Exception {
        byte[] minusOne = new Wire.Out().unsigned(-1).toByteArray(); // 64 bits set: nine bytes 0xFF, then 0x01
        assertEquals(10, minusOne.length);
        assertEquals(-1, new Wire.In(minusOne).unsigned());
        byte[] tooHigh = minusOne.clone();
        tooHigh[9] = 0x02; // bit 64
        assertRefused(() -> new Wire.In(tooHigh).unsigned(), "64 bits");
        byte[] eleven = Arrays.copyOf(minusOne, 11);
        eleven[9] = (byte) 0x81;
        eleven[10] = 0x01;
        assertRefused(() -> new Wire.In(eleven).unsigned(), "64 bits");
    }

    @Test
    void anArraysClaimedLengthMustBeItsOwn() throws Exception {
        byte[] huge = new Wire.Out().unsigned(HUGE).toByteArray();
        assertEquals(5, huge.length);
        assertRefused(() -> new Wire.In(huge).longCounts(4), "entries");
        assertRefused(() -> new Wire.In(huge).doubles(4), "entries");
        assertRefused(() -> new Wire.In(new Wire.Out().counts(new long[3]).toByteArray()).longCounts(4), "entries");
        assertRefused(() -> new Wire.In(new Wire.Out().doubles(new double[5]).toByteArray()).doubles(4), "entries");
        Wire.In fits =
                new Wire.In(new Wire.Out().counts(new long[] {0, 7, 0, 0}).toByteArray());
        assertArrayEquals(new long[] {0, 7, 0, 0}, fits.longCounts(4));
        fits.end();
    }

    @Test
    void zeroRunsAndZeroDoublesHaveOneForm() throws Exception {
        // {0, 0, 0, 9} is one run of three zeros (0, 2) then 9; two runs (0, 0)(0, 1) would read the same
        assertArrayEquals(new int[] {0, 0, 0, 9}, in(0, 2, 9).counts(4));
        assertRefused(() -> in(0, 0, 0, 1, 9).counts(4), "two runs");
        assertRefused(() -> in(4, 0, 0, 0, 1, 9).longCounts(4), "two runs");
        // a double array of 2 with 1 entry not +0.0: +0.0 itself is never written as one
        assertRefused(() -> in(2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0).doubles(2), "+0.0");
        // 2 entries not +0.0 in an array of 2 cannot skip a zero before the first
        assertRefused(() -> in(2, 2, 1, 0x3F, 0xF0, 0, 0, 0, 0, 0, 0).doubles(2), "outside");
    }

    @Test
    void aHugeClaimedLengthIsRefusedWithoutAllocatingIt() throws Exception {
        QuantileSketch s = sketchOf7_5();
        byte[] stream = bytes(s);
        byte[] wire = quantileWire(2, 1, 1, INDEX_7_5, 1);
        byte[] claim = new Wire.Out().unsigned(HUGE).toByteArray();
        byte[] fewBytes = Arrays.copyOf(claim, claim.length + 3);
        assertRefused(() -> object(splice(stream, framed(wire), fewBytes)), "truncated");
        byte[] beyond = new Wire.Out().unsigned(HUGE + 1).toByteArray();
        assertRefused(() -> object(splice(stream, framed(wire), beyond)), "length");
    }

    @Test
    void aLengthNotInItsShortestFormIsRefused() throws Exception {
        byte[] stream = bytes(sketchOf7_5());
        byte[] wire = quantileWire(2, 1, 1, INDEX_7_5, 1);
        byte[] padded = new byte[wire.length + 2];
        padded[0] = (byte) (0x80 | wire.length);
        System.arraycopy(wire, 0, padded, 2, wire.length);
        assertRefused(() -> object(splice(stream, framed(wire), padded)), "shortest form");
        // the splice itself changes nothing: the same wire form reads back
        assertEquals(2, ((QuantileSketch) object(splice(stream, framed(wire), framed(wire)))).count());
    }

    @Test
    void aSketchsCountMustBeTheSumOfItsBuckets() throws Exception {
        byte[] stream = bytes(sketchOf7_5());
        byte[] wire = quantileWire(2, 1, 1, INDEX_7_5, 1);
        assertRefused(() -> object(splice(stream, framed(wire), framed(quantileWire(3, 1, 1, INDEX_7_5, 1)))), "sum");
        assertRefused(() -> object(splice(stream, framed(wire), framed(quantileWire(1, 1, 1, INDEX_7_5, 1)))), "sum");
        assertRefused(() -> object(splice(stream, framed(wire), framed(quantileWire(-1, 1, 1, INDEX_7_5, 1)))), "sum");
        // count and nonPositive wrapping around to agree: 2^64 − 1 values ≤ 0 and one in a bucket make 0
        assertRefused(() -> object(splice(stream, framed(wire), framed(quantileWire(0, -1, 1, INDEX_7_5, 1)))), "sum");
    }

    @Test
    void aSketchsBucketRangeIsTrimmedAndWithinTheDoubles() throws Exception {
        byte[] stream = bytes(sketchOf7_5());
        byte[] wire = quantileWire(2, 1, 1, INDEX_7_5, 1);
        byte[] leadingZero = new Wire.Out()
                .unsigned(2)
                .unsigned(1)
                .unsigned(2)
                .unsigned(INDEX_7_5 - 1)
                .counts(new int[] {0, 1}, 0, 2)
                .toByteArray();
        assertRefused(() -> object(splice(stream, framed(wire), framed(leadingZero))), "trimmed");
        byte[] pastInfinity = quantileWire(2, 1, 1, QuantileSketch.INFINITY_INDEX + 1, 1);
        assertRefused(() -> object(splice(stream, framed(wire), framed(pastInfinity))), "outside");
    }

    @Test
    void aWeightedSketchsRangeCannotPassInfinitysBucket() throws Exception {
        WeightedSketch s = new WeightedSketch();
        s.add(7.5, 0.5);
        byte[] stream = bytes(s);
        byte[] wire = weightedWire(1, INDEX_7_5, 0, 0, 1, 0.5);
        // the range [0, 2^31 / 3) the reader allowed before: 5.7 GB of doubles
        byte[] vast = weightedWire(1, 0, Integer.MAX_VALUE / 3 - 1, INDEX_7_5, 1, 0.5);
        assertRefused(() -> object(splice(stream, framed(wire), framed(vast))), "outside");
        byte[] topBucket = weightedWire(1, QuantileSketch.INFINITY_INDEX, 0, 0, 1, 0.5); // +∞'s bucket is allowed
        assertEquals(0.5, ((WeightedSketch) object(splice(stream, framed(wire), framed(topBucket)))).total());
        byte[] pastTop = weightedWire(1, QuantileSketch.INFINITY_INDEX + 1, 0, 0, 1, 0.5);
        assertRefused(() -> object(splice(stream, framed(wire), framed(pastTop))), "outside");
    }

    @Test
    void aWeightedSketchsBucketsAreFilledAndTheirCountsExact() throws Exception {
        WeightedSketch s = new WeightedSketch();
        s.add(7.5, 0.5);
        byte[] stream = bytes(s);
        byte[] wire = weightedWire(1, INDEX_7_5, 0, 0, 1, 0.5);
        byte[] moreFilledThanRange = new Wire.Out()
                .raw(0)
                .raw(0)
                .unsigned(0)
                .unsigned(2) // two filled buckets in a range of one
                .unsigned(INDEX_7_5)
                .unsigned(0)
                .toByteArray();
        assertRefused(() -> object(splice(stream, framed(wire), framed(moreFilledThanRange))), "filled");
        byte[] empty = weightedWire(1, INDEX_7_5, 0, 0, 0, 0);
        assertRefused(() -> object(splice(stream, framed(wire), framed(empty))), "empty");
        byte[] inexact = weightedWire(1, INDEX_7_5, 0, 0, (1L << 53) + 1, 0.5);
        assertRefused(() -> object(splice(stream, framed(wire), framed(inexact))), "values");
    }

    @Test
    void aTallysArraysHaveTheLengthsItsSizesGive() throws Exception {
        Tally small = new Tally(1, 1, 1);
        Tally larger = new Tally(2, 1, 1);
        byte[] stream = bytes(larger);
        byte[] wire = tallyWire(2, 1, 1);
        assertEquals(larger.variables(), ((Tally) object(splice(stream, framed(wire), framed(wire)))).variables());
        // a smaller tally's arrays in a larger one's stream: each length is checked against units, years and bands
        assertRefused(() -> object(splice(stream, framed(wire), framed(tallyWire(1, 1, 1)))), "entries");
        assertEquals(small.variables(), ((Tally) object(bytes(small))).variables());
        Wire.Out hugeUnitBands = new Wire.Out().unsigned(Counting.values().length);
        for (int m = 0; m < Counting.values().length; m++) {
            hugeUnitBands.counts(new long[1 * (2 + 1)]); // bands · (units + 1)
        }
        hugeUnitBands.unsigned(HUGE);
        assertRefused(() -> object(splice(stream, framed(wire), framed(hugeUnitBands.toByteArray()))), "entries");
        byte[] oneHistogram = new Wire.Out().unsigned(1).toByteArray();
        assertRefused(() -> object(splice(stream, framed(wire), framed(oneHistogram))), "histograms");
    }

    private static QuantileSketch sketchOf7_5() {
        QuantileSketch s = new QuantileSketch();
        s.add(7.5);
        s.add(-1);
        return s;
    }

    /** A sketch's wire form with one bucket. */
    private static byte[] quantileWire(long count, long nonPositive, int length, int low, int bucketCount) {
        return new Wire.Out()
                .unsigned(count)
                .unsigned(nonPositive)
                .unsigned(length)
                .unsigned(low)
                .counts(new int[] {bucketCount}, 0, 1)
                .toByteArray();
    }

    /** A weighted sketch's wire form with one filled bucket (weight w, w² its square) and nothing ≤ 0. */
    private static byte[] weightedWire(int filled, int first, int span, int skipped, long n, double w) {
        return new Wire.Out()
                .raw(0)
                .raw(0)
                .unsigned(0)
                .unsigned(filled)
                .unsigned(first)
                .unsigned(span)
                .unsigned(skipped)
                .unsigned(n)
                .raw(w)
                .raw(w * w)
                .toByteArray();
    }

    /** A new tally's wire form, as {@link Tally}'s writeObject writes it. */
    private static byte[] tallyWire(int units, int years, int bands) {
        Wire.Out out = new Wire.Out().unsigned(Counting.values().length);
        for (int m = 0; m < Counting.values().length; m++) {
            out.counts(new long[bands * (units + 1)]);
        }
        int variables = Tally.variables(units, years, 0);
        return out.counts(new long[units * (years + 1) * (bands + 1)])
                .doubles(new double[variables])
                .doubles(new double[variables])
                .toByteArray();
    }

    /** A wire form as {@link Wire.Out#writeTo} frames it: its length, then its bytes. */
    private static byte[] framed(byte[] wire) {
        byte[] length = new Wire.Out().unsigned(wire.length).toByteArray();
        byte[] out = Arrays.copyOf(length, length.length + wire.length);
        System.arraycopy(wire, 0, out, length.length, wire.length);
        return out;
    }

    /**
     * The stream with its last block of data, which must be {@code old}, replaced by {@code replacement} (both shorter
     * than 256 bytes: one short block, then the end of the object's data).
     */
    private static byte[] splice(byte[] stream, byte[] old, byte[] replacement) {
        int start = stream.length - 1 - old.length - 2;
        assertEquals(0x77, stream[start], "a block of data");
        assertEquals(old.length, stream[start + 1] & 0xFF);
        assertArrayEquals(old, Arrays.copyOfRange(stream, start + 2, stream.length - 1), "the wire form expected");
        assertEquals(0x78, stream[stream.length - 1], "the end of the object's data");
        assertTrue(replacement.length < 256);
        byte[] out = Arrays.copyOf(stream, start + 2 + replacement.length + 1);
        out[start + 1] = (byte) replacement.length;
        System.arraycopy(replacement, 0, out, start + 2, replacement.length);
        out[out.length - 1] = 0x78;
        return out;
    }

    private static Wire.In in(int... bytes) {
        byte[] b = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            b[i] = (byte) bytes[i];
        }
        return new Wire.In(b);
    }

    private interface Read {
        void run() throws Exception;
    }

    private static void assertRefused(Read read, String reason) {
        Exception e = assertThrows(Exception.class, read::run);
        assertInstanceOf(InvalidObjectException.class, e, () -> "refused as " + e);
        assertTrue(e.getMessage().contains(reason), () -> "reason '" + e.getMessage() + "' without '" + reason + "'");
    }
}
