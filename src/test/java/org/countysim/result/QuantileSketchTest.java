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
}
