package org.countysim.result;

import static org.countysim.testing.Serialisation.bytes;
import static org.countysim.testing.Serialisation.object;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InvalidObjectException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.countysim.model.Counting;
import org.junit.jupiter.api.Test;

/**
 * The compact wire form of sketches and tallies ({@link Wire}): what is read back answers every question as the
 * original did, bit for bit, and writes the same bytes again; the same contents give the same bytes however the arrays
 * grew; and what a piece of a national run leaves unused (the unit bands, the sums) does not travel.
 */
class WireFormTest {
    /** Band edges of the sketches (bucket edges, as the engine's thresholds are). */
    private static final double[] EDGES = {0, 250, 300, 500, 1000, Double.POSITIVE_INFINITY};

    /** Values as the engine meets them: mostly spread around 400, some zeros, negatives, NaN, +∞ and a far outlier. */
    private static double[] values(long seed, int n) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double u = random.nextDouble();
            out[i] = u < 0.02
                    ? 0
                    : u < 0.03
                            ? -3
                            : u < 0.031 ? Double.NaN : u < 0.032 ? 1e250 : 400 * Math.exp(0.5 * random.nextGaussian());
        }
        out[n / 2] = Double.POSITIVE_INFINITY;
        return out;
    }

    private static double[] weights(long seed, int n) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = random.nextDouble() < 0.1 ? 0 : Math.exp(-10 * random.nextDouble());
        }
        return out;
    }

    @Test
    void aSketchReadBackGivesTheSameQuantilesCountsAndBytes() throws Exception {
        for (boolean buffered : new boolean[] {false, true}) {
            QuantileSketch s = buffered ? QuantileSketch.buffered() : new QuantileSketch();
            double[] v = values(1, 5000);
            s.addAll(v, v.length);
            QuantileSketch back = roundTrip(s);
            assertSameSketch(s, back);
            assertEquals(buffered, back.isBuffered());
            assertArrayEquals(bytes(s), bytes(back), "written again, the same bytes");
        }
    }

    @Test
    void aBufferedSketchTravelsWithItsPendingValuesCounted() throws Exception {
        QuantileSketch pending = QuantileSketch.buffered();
        double[] v = values(2, 700); // fewer than a batch: all of them wait, but for the outliers
        pending.addAll(v, v.length);
        QuantileSketch counted = QuantileSketch.buffered();
        for (double x : v) {
            counted.add(x);
        }
        assertArrayEquals(bytes(counted), bytes(pending));
        QuantileSketch back = roundTrip(pending);
        assertEquals(700, back.count());
        assertSameSketch(counted, back);
        // read back, it counts new values as a new sketch would: 700 more of them, batched again
        back.addAll(v, v.length);
        counted.addAll(v, v.length);
        assertSameSketch(counted, back);
        assertArrayEquals(bytes(counted), bytes(back));
    }

    @Test
    void theSameValuesGiveTheSameBytesHoweverTheCountsGrew() throws Exception {
        double[] v = values(3, 4000);
        double[] sorted = v.clone();
        Arrays.sort(sorted); // ascending: the counts grow upwards, with other slack than in the values' order
        double[] descending = new double[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            descending[i] = sorted[sorted.length - 1 - i];
        }
        QuantileSketch a = new QuantileSketch();
        QuantileSketch b = new QuantileSketch();
        QuantileSketch c = new QuantileSketch();
        QuantileSketch halves = new QuantileSketch();
        QuantileSketch second = new QuantileSketch();
        for (int i = 0; i < v.length; i++) {
            a.add(v[i]);
            b.add(sorted[i]);
            c.add(descending[i]);
            (i < v.length / 2 ? halves : second).add(v[i]);
        }
        halves.merge(second);
        assertArrayEquals(bytes(a), bytes(b));
        assertArrayEquals(bytes(a), bytes(c));
        assertArrayEquals(bytes(a), bytes(halves));
    }

    @Test
    void sketchesReadBackMergeAsTheOriginalsDo() throws Exception {
        QuantileSketch[] parts = new QuantileSketch[4];
        QuantileSketch direct = QuantileSketch.buffered();
        QuantileSketch shipped = QuantileSketch.buffered();
        for (int p = 0; p < parts.length; p++) {
            parts[p] = QuantileSketch.buffered();
            double[] v = values(10 + p, 3000);
            parts[p].addAll(v, v.length);
            QuantileSketch copy = roundTrip(parts[p]);
            if (p == 0) {
                shipped.absorb(copy);
            } else {
                shipped.merge(copy);
            }
            direct.merge(parts[p]);
        }
        assertSameSketch(direct, shipped);
        assertArrayEquals(bytes(direct), bytes(shipped));
    }

    @Test
    void emptyAndNonPositiveSketchesTravel() throws Exception {
        QuantileSketch empty = roundTrip(QuantileSketch.buffered());
        assertEquals(0, empty.count());
        assertTrue(Double.isNaN(empty.quantile(0.5)));
        assertArrayEquals(bytes(QuantileSketch.buffered()), bytes(empty));
        QuantileSketch zeros = new QuantileSketch();
        zeros.add(0);
        zeros.add(-1);
        zeros.add(Double.NaN);
        QuantileSketch back = roundTrip(zeros);
        assertEquals(3, back.count());
        assertEquals(0, back.quantile(1));
        assertEquals(3, back.countBetween(0, Double.POSITIVE_INFINITY));
        // an empty sketch read back takes values as a new one does
        double[] v = values(4, 2000);
        empty.addAll(v, v.length);
        QuantileSketch fresh = QuantileSketch.buffered();
        fresh.addAll(v, v.length);
        assertSameSketch(fresh, empty);
    }

    /** Counts beyond 32 bits in the long fields, and a bucket of 2^30 (a five-byte varint). */
    @Test
    void hugeCountsTravel() throws Exception {
        QuantileSketch s = new QuantileSketch();
        s.add(7.5);
        QuantileSketch zeros = new QuantileSketch();
        zeros.add(-1);
        for (int i = 0; i < 34; i++) {
            zeros.merge(zeros); // doubles every count
            if (i < 30) {
                s.merge(s);
            }
        }
        s.merge(zeros);
        assertEquals((1L << 34) + (1L << 30), s.count());
        QuantileSketch back = roundTrip(s);
        assertEquals(s.count(), back.count());
        assertEquals(1L << 34, back.countBetween(0, 4));
        assertEquals(1L << 30, back.countBetween(4, 8));
        assertSameSketch(s, back);
        assertArrayEquals(bytes(s), bytes(back));
    }

    @Test
    void aWeightedSketchReadBackGivesTheSameBitsAndBytes() throws Exception {
        double[] v = values(5, 3000);
        double[] w = weights(6, 3000);
        WeightedSketch s = new WeightedSketch();
        s.addAll(v, w, v.length);
        WeightedSketch back = roundTrip(s);
        assertSameWeighted(s, back);
        assertArrayEquals(bytes(s), bytes(back));
        long buckets = Arrays.stream(v)
                .filter(x -> x > 0)
                .mapToLong(x -> Double.doubleToRawLongBits(x) >>> (52 - QuantileSketch.SUB_BITS))
                .distinct()
                .count();
        int size = bytes(s).length;
        assertTrue(size < 19 * buckets + 100, size + " bytes: about 18 a bucket that holds values (" + buckets + ")");
    }

    /**
     * The blocks' sketches read back and merged in block order give the total's bits; a block cleared by its merge
     * travels as an empty sketch; the same values give the same bytes whether they came in one column or two.
     */
    @Test
    void weightedBlocksReadBackMergeAsTheOriginalsDo() throws Exception {
        WeightedSketch direct = new WeightedSketch();
        WeightedSketch shipped = new WeightedSketch();
        WeightedSketch block = new WeightedSketch();
        for (int b = 0; b < 3; b++) {
            double[] v = values(20 + b, 1024);
            double[] w = weights(30 + b, 1024);
            block.addAll(v, w, 512);
            block.addAll(Arrays.copyOfRange(v, 512, 1024), Arrays.copyOfRange(w, 512, 1024), 512);
            WeightedSketch oneColumn = new WeightedSketch();
            oneColumn.addAll(v, w, 1024);
            assertArrayEquals(bytes(oneColumn), bytes(block));
            shipped.mergeAndClear(roundTrip(block));
            direct.mergeAndClear(block);
            assertArrayEquals(bytes(new WeightedSketch()), bytes(block), "cleared: empty");
        }
        assertSameWeighted(direct, shipped);
        assertArrayEquals(bytes(direct), bytes(shipped));
        WeightedSketch empty = roundTrip(new WeightedSketch());
        assertTrue(Double.isNaN(empty.quantile(0.5)));
        assertEquals(0, empty.total());
        WeightedSketch zeros = new WeightedSketch();
        zeros.add(0, 0.25);
        zeros.add(-2, 0.5);
        assertSameWeighted(zeros, roundTrip(zeros));
    }

    @Test
    void aTallyReadBackHoldsTheSameCounts() throws Exception {
        Tally t = new Tally(3, 2, 2);
        t.addTrials(5);
        t.addCount(Counting.EXCLUSIVE, 1, 2);
        t.addCount(Counting.CUMULATIVE, 0, 3);
        t.addUnitBands(2, 1, new long[] {0, 4, (1L << 40) + 1});
        t.addTrialOutcome(1, 0);
        t.addClamps(1);
        t.mergeSums(new double[t.variables()], new double[t.variables()]);
        double[] sums = new double[t.variables()];
        sums[3] = -0.0;
        sums[5] = 1e300;
        t.mergeSums(sums, sums);
        double[] v = values(7, 100);
        t.sketch(4).addAll(v, v.length);
        Tally back = roundTrip(t);
        assertEquals(5, back.trials());
        assertEquals(1, back.clamps());
        assertEquals(1, back.allMet());
        assertArrayEquals(t.countHistogram(Counting.EXCLUSIVE, 1), back.countHistogram(Counting.EXCLUSIVE, 1));
        assertArrayEquals(t.countHistogram(Counting.CUMULATIVE, 0), back.countHistogram(Counting.CUMULATIVE, 0));
        assertArrayEquals(new long[] {0, 4, (1L << 40) + 1}, back.unitBands(2, 1));
        for (int i = 0; i < t.variables(); i++) {
            assertEquals(Double.doubleToRawLongBits(t.sum(i)), Double.doubleToRawLongBits(back.sum(i)));
            assertEquals(Double.doubleToRawLongBits(t.sumSquares(i)), Double.doubleToRawLongBits(back.sumSquares(i)));
        }
        assertSameSketch(t.sketch(4), back.sketch(4));
        assertArrayEquals(bytes(t), bytes(back));
    }

    /**
     * A piece of the 2,850-unit study: its unit bands (read from the sketches) and sums (sent block by block) are
     * zeros, which do not travel: an empty tally of that shape is a few bytes a variable, where its unit bands alone
     * were 1.25 MB of longs.
     */
    @Test
    void aNationalPiecesUnusedArraysDoNotTravel() throws Exception {
        Tally t = new Tally(2850, 10, 4);
        t.readUnitBandsFromSketches(new double[] {1000, 500, 300, 250});
        int size = bytes(t).length;
        assertTrue(size < 16 * t.variables(), size + " bytes for " + t.variables() + " variables");
        Tally back = roundTrip(t);
        assertEquals(t.variables(), back.variables());
        assertArrayEquals(new long[] {0, 0, 0, 0, 0}, back.unitBands(2849, 10));
    }

    /** Malformed bytes are refused, not read as other counts. */
    @Test
    void malformedWireBytesAreRefused() throws Exception {
        byte[] counts = new Wire.Out()
                .unsigned(3)
                .counts(new int[] {5, 0, 0, 300}, 0, 4)
                .toByteArray();
        Wire.In whole = new Wire.In(counts);
        assertEquals(3, whole.unsigned());
        assertArrayEquals(new int[] {5, 0, 0, 300}, whole.counts(4));
        whole.end();
        Wire.In cut = new Wire.In(Arrays.copyOf(counts, counts.length - 1)); // 300 takes two bytes: its last is gone
        cut.unsigned();
        assertThrows(InvalidObjectException.class, () -> cut.counts(4));
        Wire.In longer = new Wire.In(Arrays.copyOf(counts, counts.length + 1));
        longer.unsigned();
        longer.counts(4);
        assertThrows(InvalidObjectException.class, longer::end, "a byte left over");
        Wire.In shorterArray = new Wire.In(counts);
        shorterArray.unsigned();
        assertThrows(InvalidObjectException.class, () -> shorterArray.counts(2), "a run of zeros past the end");
    }

    private static void assertSameSketch(QuantileSketch expected, QuantileSketch actual) {
        assertEquals(expected.count(), actual.count());
        for (double q = 0; q <= 1; q += 0.001) {
            assertEquals(
                    Double.doubleToRawLongBits(expected.quantile(q)),
                    Double.doubleToRawLongBits(actual.quantile(q)),
                    "q " + q);
        }
        for (int k = 0; k + 1 < EDGES.length; k++) {
            assertEquals(
                    expected.countBetween(EDGES[k], EDGES[k + 1]),
                    actual.countBetween(EDGES[k], EDGES[k + 1]),
                    "[" + EDGES[k] + ", " + EDGES[k + 1] + ")");
        }
    }

    private static void assertSameWeighted(WeightedSketch expected, WeightedSketch actual) {
        assertEquals(Double.doubleToRawLongBits(expected.total()), Double.doubleToRawLongBits(actual.total()));
        for (double q = 0; q <= 1; q += 0.01) { // each a pass over the outlier's range of buckets
            assertEquals(
                    Double.doubleToRawLongBits(expected.quantile(q)),
                    Double.doubleToRawLongBits(actual.quantile(q)),
                    "q " + q);
        }
        for (int k = 0; k + 1 < EDGES.length; k++) {
            double[] e = expected.weightBetween(EDGES[k], EDGES[k + 1]);
            double[] a = actual.weightBetween(EDGES[k], EDGES[k + 1]);
            assertEquals(Double.doubleToRawLongBits(e[0]), Double.doubleToRawLongBits(a[0]));
            assertEquals(Double.doubleToRawLongBits(e[1]), Double.doubleToRawLongBits(a[1]));
            assertEquals(expected.countBetween(EDGES[k], EDGES[k + 1]), actual.countBetween(EDGES[k], EDGES[k + 1]));
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Serializable> T roundTrip(T object) throws Exception {
        T back = (T) object(bytes(object));
        assertNotNull(back);
        return back;
    }
}
