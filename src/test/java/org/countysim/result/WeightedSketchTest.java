package org.countysim.result;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The weighted sketch's sums by band against every value's weight, and its independence of column sizes. */
class WeightedSketchTest {
    private static final double[] EDGES = {Double.POSITIVE_INFINITY, 1000, 500, 300, 250, 0};
    private static final int TRIALS = 3000;

    private final double[] values = new double[TRIALS];
    private final double[] weights = new double[TRIALS];

    WeightedSketchTest() {
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < TRIALS; i++) {
            double u = random.nextDouble();
            // values on and just below the thresholds, zeros and negatives, one far outlier, the rest spread
            values[i] = u < 0.02
                    ? 0
                    : u < 0.03
                            ? -1
                            : u < 0.031
                                    ? 1e250
                                    : u < 0.1
                                            ? EDGES[1 + random.nextInt(4)]
                                            : 400 * Math.exp(0.5 * random.nextGaussian());
            weights[i] = random.nextDouble() < 0.1 ? 0 : Math.exp(-10 * random.nextDouble());
        }
    }

    /** The trials in blocks of 1024 (each filled column by column, then merged and cleared), as the engine does. */
    private WeightedSketch run(int lanes) {
        WeightedSketch total = new WeightedSketch();
        WeightedSketch block = new WeightedSketch();
        for (int first = 0; first < TRIALS; first += 1024) {
            int end = Math.min(TRIALS, first + 1024);
            for (int from = first; from < end; from += lanes) {
                int rows = Math.min(lanes, end - from);
                block.addAll(
                        java.util.Arrays.copyOfRange(values, from, from + rows),
                        java.util.Arrays.copyOfRange(weights, from, from + rows),
                        rows);
            }
            total.mergeAndClear(block);
        }
        return total;
    }

    @Test
    void bandWeightsAreTheWeightsOfTheValuesInTheBand() {
        WeightedSketch s = run(128);
        for (int k = 0; k + 1 < EDGES.length; k++) {
            double w = 0;
            double w2 = 0;
            for (int i = 0; i < TRIALS; i++) {
                boolean in = values[i] < EDGES[k] && (k + 2 == EDGES.length ? true : values[i] >= EDGES[k + 1]);
                w += in ? weights[i] : 0;
                w2 += in ? weights[i] * weights[i] : 0;
            }
            double[] band = s.weightBetween(EDGES[k + 1], EDGES[k]);
            assertEquals(w, band[0], 1e-12 * w, "Σw in [" + EDGES[k + 1] + ", " + EDGES[k] + ")");
            assertEquals(w2, band[1], 1e-12 * w2, "Σw² in [" + EDGES[k + 1] + ", " + EDGES[k] + ")");
        }
        double all = 0;
        for (double w : weights) {
            all += w;
        }
        assertEquals(all, s.total(), 1e-12 * all);
    }

    @Test
    void theColumnSizeChangesNoBit() {
        WeightedSketch reference = run(1);
        for (int lanes : new int[] {38, 128, 1024}) {
            WeightedSketch s = run(lanes);
            assertEquals(reference.total(), s.total(), 0);
            for (double q = 0.001; q <= 1; q += 0.0173) {
                assertEquals(reference.quantile(q), s.quantile(q), 0, lanes + " lanes, q " + q);
            }
            for (int k = 0; k + 1 < EDGES.length; k++) {
                assertArrayEquals(
                        reference.weightBetween(EDGES[k + 1], EDGES[k]), s.weightBetween(EDGES[k + 1], EDGES[k]), 0);
            }
        }
    }

    /**
     * The engine's way (WeightedTally's blocks): each block kept as its values' buckets, then added through a scratch
     * of the block's range. The same bits as a sketch filled by the block and merged: every bucket's Σw, Σw² and count
     * (the serialised form holds them all) and the values ≤ 0 (zeros and negatives in the data).
     */
    @Test
    void aBlockAddedFromItsBucketsChangesNoBit() throws Exception {
        WeightedSketch total = new WeightedSketch();
        double[] scratch = new double[0];
        for (int first = 0; first < TRIALS; first += 1024) {
            int n = Math.min(1024, TRIALS - first);
            int[] buckets = new int[n];
            WeightedSketch.buckets(java.util.Arrays.copyOfRange(values, first, first + n), n, buckets, 0);
            int from = Integer.MAX_VALUE;
            int to = Integer.MIN_VALUE;
            for (int b : buckets) {
                from = b < 0 ? from : Math.min(from, b);
                to = Math.max(to, b);
            }
            double[] w = java.util.Arrays.copyOfRange(weights, first, first + n);
            double[] w2 = new double[n];
            for (int r = 0; r < n; r++) {
                w2[r] = w[r] * w[r];
            }
            if (scratch.length < WeightedSketch.scratchFor(from, to)) {
                scratch = new double[WeightedSketch.scratchFor(from, to)];
            }
            total.addBlock(buckets, n, w, w2, from, to, scratch);
            for (double x : scratch) {
                assertEquals(0, Double.doubleToRawLongBits(x), "the scratch is left +0.0");
            }
        }
        WeightedSketch reference = run(128);
        for (int k = 0; k + 1 < EDGES.length; k++) {
            assertEquals(reference.countBetween(EDGES[k + 1], EDGES[k]), total.countBetween(EDGES[k + 1], EDGES[k]));
        }
        assertArrayEquals(serialised(reference), serialised(total));
    }

    private static byte[] serialised(WeightedSketch s) throws java.io.IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(s);
        }
        return bytes.toByteArray();
    }
}
