package org.countysim.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.countysim.result.PrimResult.Box;
import org.junit.jupiter.api.Test;

/** PRIM finds a box planted in uniform data, names only its factors, and keeps its trajectory consistent. */
class PrimTest {
    /** y = x0 ≥ 0.6 and x1 ≤ 0.5, x2 irrelevant; each label flipped with probability {@code noise}. */
    private static Prim.Found planted(int n, double noise, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] x = new double[n][3];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 3; j++) {
                x[i][j] = rng.nextDouble();
            }
            boolean in = x[i][0] >= 0.6 && x[i][1] <= 0.5;
            y[i] = rng.nextDouble() < noise ? !in : in;
        }
        return new Prim(x, y, 0.05, 0.05).run(0.5);
    }

    @Test
    void findsThePlantedBoxAndOnlyItsFactors() {
        Prim.Found f = planted(20_000, 0, 1);
        Box b = f.chosen();
        assertTrue(b.restricts(0) && b.restricts(1), "both planted limits");
        assertFalse(b.restricts(2), "the irrelevant factor has no limit");
        assertEquals(0.6, b.lower()[0], 0.02);
        assertEquals(0.5, b.upper()[1], 0.02);
        assertTrue(b.density() > 0.95 && b.coverage() > 0.9, b.toString());
    }

    @Test
    void noisyLabelsStillGiveTheBox() {
        Box b = planted(20_000, 0.1, 2).chosen();
        assertTrue(b.restricts(0) && b.restricts(1) && !b.restricts(2), b.toString());
        // inside the box 90% of the labels hold, outside 10% are false positives
        assertTrue(b.density() > 0.8, "density " + b.density());
    }

    @Test
    void trajectoryStartsWithEverythingAndShrinks() {
        Prim.Found f = planted(5_000, 0.2, 3);
        Box first = f.trajectory().get(0);
        assertEquals(1.0, first.coverage());
        assertEquals(1.0, first.mass());
        for (int s = 1; s < f.trajectory().size(); s++) {
            Box prev = f.trajectory().get(s - 1);
            Box now = f.trajectory().get(s);
            assertTrue(now.trials() < prev.trials(), "each peel removes trials");
            assertTrue(now.density() > prev.density(), "each peel raises the density");
            assertTrue(now.mass() >= 0.05, "the box keeps the minimum mass");
        }
        assertTrue(f.trajectory().get(f.chosenStep()).coverage() >= 0.5);
    }

    @Test
    void discreteFactorsPeelWholeValues() {
        SplittableRandom rng = new SplittableRandom(4);
        int n = 4000;
        double[][] x = new double[n][1];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = rng.nextInt(3);
            y[i] = x[i][0] == 2 ? rng.nextDouble() < 0.8 : rng.nextDouble() < 0.1;
        }
        Box b = new Prim(x, y, 0.05, 0.05).run(0.5).chosen();
        assertEquals(2.0, b.lower()[0], "peeled to the value 2");
    }

    /**
     * Two planted boxes, x0 ≥ 0.7 for x1 ≤ 0.5 and x0 ≤ 0.3 for x1 > 0.5 (x2 irrelevant), and weights that leave the
     * upper half of x1 almost nothing (1e-6, as evidence would): weighted PRIM sees only the first box and states it
     * as x0 ≥ 0.7 alone (within the weight that is left, x1 no longer matters), with density and coverage near 1 and
     * mass 0.3 of the weight; unweighted, neither box alone holds half of the hits densely, so the same data give
     * another answer.
     */
    @Test
    void weightsDecideWhichBoxIsFound() {
        SplittableRandom rng = new SplittableRandom(6);
        int n = 20_000;
        double[][] x = new double[n][3];
        boolean[] y = new boolean[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 3; j++) {
                x[i][j] = rng.nextDouble();
            }
            boolean low = x[i][1] <= 0.5;
            y[i] = low ? x[i][0] >= 0.7 : x[i][0] <= 0.3;
            w[i] = low ? 1 : 1e-6;
        }
        Prim.Found weighted = new Prim(x, y, w, 0.05, 0.05).run(0.5);
        Box b = weighted.chosen();
        assertTrue(b.restricts(0) && !b.restricts(1) && !b.restricts(2), "x0 alone: " + b);
        assertEquals(0.7, b.lower()[0], 0.02);
        assertTrue(b.density() > 0.99 && b.coverage() > 0.95, b.toString());
        assertEquals(0.3, b.mass(), 0.02, "the box's share of the weight");
        assertEquals(b.trials() / 2.0, b.ess(), 0.05 * b.trials(), "the upper half of x1 adds trials, not weight");
        Box plain = new Prim(x, y, 0.05, 0.05).run(0.5).chosen();
        assertTrue(plain.density() < 0.9 || plain.restricts(1), "unweighted, another box: " + plain);
    }
}
