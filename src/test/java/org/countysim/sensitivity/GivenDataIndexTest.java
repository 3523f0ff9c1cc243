package org.countysim.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.countysim.testing.McAssert;
import org.junit.jupiter.api.Test;

/**
 * The given-data first-order index against closed forms, unweighted and weighted by a likelihood, and its standard
 * error and bias correction against repeated independent samples.
 *
 * <p>The weighted case is Gaussian: X1, X2, X3 independent N(0, 1) under the prior, an observation of X1 + X2 with
 * sd 1, and Y = X1 + X3/2. Given the evidence (X1, X2) is normal with covariance (I + HᵀH)⁻¹ = [[2, −1], [−1, 2]]/3,
 * so E[X1 | X2] = −X2/2, Var(E[Y | X2]) = ¼ · ⅔ = 1/6, Var Y = ⅔ + ¼ = 11/12: S_X2 = 2/11, while under the prior
 * S_X2 = 0; X3 is untouched by the evidence: S_X3 = ¼ / (11/12) = 3/11.
 */
class GivenDataIndexTest {
    private static final double S_X2 = 2.0 / 11;
    private static final double S_X3 = 3.0 / 11;

    /** Columns x1, x2, x3, y, w of n trials drawn from the prior, weighted by the observation X1 + X2 = 1 (sd 1). */
    private static double[][] gaussian(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] c = new double[5][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 3; j++) {
                c[j][i] = normal(rng);
            }
            c[3][i] = c[0][i] + 0.5 * c[2][i];
            double miss = 1 - c[0][i] - c[1][i];
            c[4][i] = Math.exp(-0.5 * miss * miss);
        }
        return c;
    }

    private static double normal(SplittableRandom rng) {
        return Math.sqrt(-2 * Math.log(1 - rng.nextDouble())) * Math.cos(2 * Math.PI * rng.nextDouble());
    }

    private static GivenDataIndex.Estimate index(double[] x, double[] y, double[] w) {
        return GivenDataIndex.firstOrder(x, Weighted.ascending(x), y, w, GivenDataIndex.bins(Weighted.ess(w)));
    }

    @Test
    void unweightedIndicesOfASumOfUniforms() {
        SplittableRandom rng = new SplittableRandom(11);
        int n = 100_000;
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        double[] y = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            x1[i] = rng.nextDouble();
            x2[i] = rng.nextDouble();
            y[i] = x1[i] + 2 * x2[i];
            w[i] = 1;
        }
        GivenDataIndex.Estimate a = index(x1, y, w);
        GivenDataIndex.Estimate b = index(x2, y, w);
        assertEquals(50, a.bins());
        McAssert.withinSe(0.2, a.value(), a.se(), "S_x1 of x1 + 2 x2");
        McAssert.withinSe(0.8, b.value(), b.se(), "S_x2 of x1 + 2 x2");
    }

    @Test
    void weightedIndicesAreThePosteriors() {
        double[][] c = gaussian(200_000, 5);
        GivenDataIndex.Estimate x2 = index(c[1], c[3], c[4]);
        GivenDataIndex.Estimate x3 = index(c[2], c[3], c[4]);
        McAssert.withinSe(S_X2, x2.value(), x2.se(), "S_X2 given the evidence");
        McAssert.withinSe(S_X3, x3.value(), x3.se(), "S_X3 given the evidence");
        double[] ones = new double[c[4].length];
        java.util.Arrays.fill(ones, 1);
        GivenDataIndex.Estimate prior = index(c[1], c[3], ones);
        McAssert.withinSe(0, prior.value(), prior.se(), "S_X2 under the prior");
        assertTrue(x2.value() > prior.value() + 20 * x2.se(), "the evidence makes X2 informative");
    }

    /**
     * 400 independent samples of 4,000 trials (ESS about 2,000, 44 bins): the estimates centre on the truth (without
     * the noise correction they would sit about two SEs high and cover half as often) and ±1.96 SE covers it about 95% of the time; the bounds
     * are 4 binomial (or normal) SDs wide.
     */
    @Test
    void standardErrorsAndBiasCorrectionHold() {
        int reps = 400;
        int covered = 0;
        double zSum = 0;
        for (int r = 0; r < reps; r++) {
            double[][] c = gaussian(4000, 1000 + r);
            GivenDataIndex.Estimate e = index(c[1], c[3], c[4]);
            double z = (e.value() - S_X2) / e.se();
            zSum += z;
            covered += Math.abs(z) <= 1.959963984540054 ? 1 : 0;
        }
        double coverage = (double) covered / reps;
        double sd = Math.sqrt(0.95 * 0.05 / reps);
        assertTrue(Math.abs(coverage - 0.95) <= 4 * sd, "95% intervals cover " + coverage);
        assertTrue(Math.abs(zSum / reps) <= 4 / Math.sqrt(reps), "mean z " + zSum / reps);
    }

    @Test
    void aConstantOutputHasNoIndex() {
        double[] x = {1, 2, 3, 4};
        double[] y = {5, 5, 5, 5};
        double[] w = {1, 1, 1, 1};
        assertTrue(Double.isNaN(
                GivenDataIndex.firstOrder(x, Weighted.ascending(x), y, w, 10).value()));
    }

    @Test
    void binsFollowTheEffectiveSampleSize() {
        assertEquals(10, GivenDataIndex.bins(50));
        assertEquals(30, GivenDataIndex.bins(900));
        assertEquals(50, GivenDataIndex.bins(1e6));
    }
}
