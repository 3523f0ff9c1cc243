package org.countysim.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The Sobol estimators against closed-form indices (SALib's checks, with stated error rates). Each index must lie
 * within 4 bootstrap standard errors of its true value: for an estimator close to normal, a false failure has
 * probability about 6e-5 per assertion (2.4e-3 over the 40 assertions here), for any seed. The percentile intervals
 * are checked for their coverage over many independent designs.
 */
class SobolAnalyzerTest {
    private static final double K = 4;

    @Test
    void ishigamiIndicesAreRecovered() {
        TestFunctions.Analytic f = TestFunctions.ishigami(7, 0.1);
        assertEquals(0.3139, f.first()[0], 5e-5);
        assertEquals(0.4424, f.first()[1], 5e-5);
        assertEquals(0.5576, f.total()[0], 5e-5);
        assertEquals(0.2437, f.total()[2], 5e-5);
        check(f, 1 << 14, 11);
    }

    @Test
    void gFunctionIndicesAreRecovered() {
        check(TestFunctions.gFunction(0, 1, 4.5, 9, 99, 99), 1 << 14, 12);
        check(TestFunctions.gFunction(0, 0.5, 3, 9), 1 << 13, 13);
    }

    private static void check(TestFunctions.Analytic f, int n, long seed) {
        double[] y = SaltelliSampler.evaluate(SaltelliSampler.sample(f.k(), n, seed), f.f());
        SobolAnalyzer.Indices s = SobolAnalyzer.analyze(y, n, f.k(), 300, 0.95, seed);
        for (int i = 0; i < f.k(); i++) {
            within(f.name() + " S" + (i + 1), f.first()[i], s.first()[i]);
            within(f.name() + " ST" + (i + 1), f.total()[i], s.total()[i]);
        }
    }

    private static void within(String what, double truth, SobolAnalyzer.Estimate e) {
        assertTrue(
                Math.abs(e.value() - truth) <= K * e.se() + 1e-12,
                what + " = " + e.value() + " ± " + e.se() + ", truth " + truth);
        assertTrue(e.lo() <= e.value() + 1e-12 && e.value() <= e.hi() + 1e-12, what + " interval holds its estimate");
    }

    /**
     * Over 200 independent Ishigami designs of N = 1024, each 95% percentile interval of S1 and ST1 covers the truth
     * in 95% of them; the count of covering designs is binomial (sd 3.1), so the bounds at 4 sd (≥ 178 of 200) fail
     * with probability about 3e-5 (a little more as the bootstrap interval is itself approximate).
     */
    @Test
    void percentileIntervalsCoverAtTheirLevel() {
        TestFunctions.Analytic f = TestFunctions.ishigami(7, 0.1);
        int n = 1024;
        int designs = 200;
        int[] covered = new int[2];
        for (int d = 0; d < designs; d++) {
            double[] y = SaltelliSampler.evaluate(SaltelliSampler.sample(3, n, 1000 + d), f.f());
            SobolAnalyzer.Indices s = SobolAnalyzer.analyze(y, n, 3, 200, 0.95, d);
            covered[0] += s.first()[0].lo() <= f.first()[0] && f.first()[0] <= s.first()[0].hi() ? 1 : 0;
            covered[1] += s.total()[0].lo() <= f.total()[0] && f.total()[0] <= s.total()[0].hi() ? 1 : 0;
        }
        for (int c : covered) {
            assertTrue(c >= 178 && c <= 200, "coverage " + c + " of " + designs);
        }
    }

    @Test
    void aConstantOutputHasNoIndices() {
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> SobolAnalyzer.analyze(new double[4 * 10], 10, 2, 10, 0.95, 1));
    }
}
