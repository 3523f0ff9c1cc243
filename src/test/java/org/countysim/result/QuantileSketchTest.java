package org.countysim.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The sketch against exact order statistics: within its stated relative accuracy. */
class QuantileSketchTest {
    private static double exact(double[] sorted, double q) {
        long rank = Math.max(1, (long) Math.ceil(q * sorted.length));
        return sorted[(int) rank - 1];
    }

    @Test
    void quantilesOf100kValuesAreWithinTheStatedAccuracy() {
        SplittableRandom random = new SplittableRandom(12);
        for (double scale : new double[] {0.01, 1, 250, 1e6}) {
            double[] values = new double[100_000];
            QuantileSketch sketch = new QuantileSketch();
            for (int i = 0; i < values.length; i++) {
                values[i] = scale * Math.exp(random.nextGaussian());
                sketch.add(values[i]);
            }
            Arrays.sort(values);
            for (double q : new double[] {0.001, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.999, 1}) {
                double e = exact(values, q);
                double relative = Math.abs(sketch.quantile(q) - e) / e;
                assertTrue(
                        relative <= QuantileSketch.RELATIVE_ACCURACY, "q " + q + " scale " + scale + ": " + relative);
            }
        }
        assertTrue(QuantileSketch.RELATIVE_ACCURACY < 0.001, "documented as within 0.1%");
    }

    @Test
    void mergingInAnyOrderGivesTheSameSketch() {
        SplittableRandom random = new SplittableRandom(3);
        QuantileSketch[] parts = new QuantileSketch[3];
        for (int p = 0; p < 3; p++) {
            parts[p] = new QuantileSketch();
            for (int i = 0; i < 1000; i++) {
                parts[p].add(Math.pow(10, 4 * random.nextDouble() - 1 + p));
            }
        }
        QuantileSketch forward = new QuantileSketch();
        QuantileSketch backward = new QuantileSketch();
        for (int p = 0; p < 3; p++) {
            forward.merge(parts[p]);
            backward.merge(parts[2 - p]);
        }
        for (double q = 0.01; q < 1; q += 0.07) {
            assertEquals(forward.quantile(q), backward.quantile(q), 0);
        }
        assertEquals(3000, forward.count());
    }

    @Test
    void zeroAndNegativeValuesCountAsZero() {
        QuantileSketch s = new QuantileSketch();
        s.add(0);
        s.add(-1);
        s.add(5);
        assertEquals(0, s.quantile(0.5), 0);
        assertEquals(5, s.quantile(1), 5 * QuantileSketch.RELATIVE_ACCURACY);
    }

    /** Columns of values: lognormal, with zeros, negatives, values far outside any window, and columns of any length. */
    private static double[][] columns(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] columns = new double[count][];
        for (int c = 0; c < count; c++) {
            double[] column = new double[1 + random.nextInt(130)];
            for (int r = 0; r < column.length; r++) {
                double u = random.nextDouble();
                column[r] = u < 0.01
                        ? 0
                        : u < 0.02
                                ? -u
                                : u < 0.025 ? 1e-200 : u < 0.03 ? 1e200 : 300 * Math.exp(0.3 * random.nextGaussian());
            }
            columns[c] = column;
        }
        return columns;
    }

    /** Buffering is only when values are counted: every read, merge and count is the same as counting at once. */
    @Test
    void aBufferedSketchAgreesWithOneThatCountsAtOnce() {
        for (long seed = 1; seed <= 5; seed++) {
            QuantileSketch direct = new QuantileSketch();
            QuantileSketch buffered = QuantileSketch.buffered();
            for (double[] column : columns(seed, 60)) {
                for (double v : column) {
                    direct.add(v);
                }
                buffered.addAll(column, column.length);
                if (seed == 5 && column.length % 7 == 0) {
                    assertEquals(
                            direct.quantile(0.5), buffered.quantile(0.5), 0, "a read in between counts the pending");
                }
            }
            assertEquals(direct.count(), buffered.count());
            for (double q = 0.001; q <= 1; q += 0.0137) {
                assertEquals(direct.quantile(q), buffered.quantile(q), 0, "q " + q);
            }
            double[] edges = {Double.POSITIVE_INFINITY, 1000, 500, 300, 250, 1, 0};
            for (int k = 0; k + 1 < edges.length; k++) {
                assertEquals(
                        direct.countBetween(edges[k + 1], edges[k]), buffered.countBetween(edges[k + 1], edges[k]));
            }
            QuantileSketch total = new QuantileSketch();
            total.absorb(buffered);
            QuantileSketch again = QuantileSketch.buffered();
            again.addAll(columns(seed + 10, 1)[0], 1);
            total.absorb(again);
            QuantileSketch reference = new QuantileSketch();
            reference.merge(direct);
            reference.add(columns(seed + 10, 1)[0][0]);
            for (double q = 0.001; q <= 1; q += 0.0137) {
                assertEquals(reference.quantile(q), total.quantile(q), 0, "absorbed, q " + q);
            }
            assertEquals(0, buffered.count(), "an absorbed sketch is left empty");
        }
    }

    /** Counts between bucket edges are exact: "v ≥ threshold" is decided by the bucket alone. */
    @Test
    void countsBetweenEdgesAreExact() {
        double[] thresholds = {1000, 500, 300, 250};
        SplittableRandom random = new SplittableRandom(7);
        QuantileSketch sketch = QuantileSketch.buffered();
        double[] values = new double[5000];
        for (int i = 0; i < values.length; i++) {
            // many values on a threshold, just below it, or between
            double t = thresholds[random.nextInt(thresholds.length)];
            values[i] = switch (random.nextInt(3)) {
                case 0 -> t;
                case 1 -> Math.nextDown(t);
                default -> 200 + 1000 * random.nextDouble();
            };
        }
        sketch.addAll(values, values.length);
        double upper = Double.POSITIVE_INFINITY;
        for (double t : thresholds) {
            double from = t;
            double to = upper;
            long exact = Arrays.stream(values).filter(v -> v >= from && v < to).count();
            assertEquals(exact, sketch.countBetween(t, upper), "[" + t + ", " + upper + ")");
            upper = t;
        }
        double below = upper;
        assertEquals(Arrays.stream(values).filter(v -> v < below).count(), sketch.countBetween(0, upper));
    }
}
