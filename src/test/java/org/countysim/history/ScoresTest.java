package org.countysim.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.countysim.testing.McAssert;
import org.junit.jupiter.api.Test;

/**
 * The scores against closed forms. Monte Carlo assertions allow 4 standard errors: a correct implementation fails
 * one with probability about 6e-5; seeds are fixed.
 */
class ScoresTest {
    static final NormalDistribution STANDARD = NormalDistribution.of(0, 1);

    /** CRPS(N(μ, σ²), y) = σ[z(2Φ(z) − 1) + 2φ(z) − 1/√π], z = (y − μ)/σ (Gneiting &amp; Raftery 2007, eq. 5). */
    static double normalCrps(double mu, double sigma, double y) {
        double z = (y - mu) / sigma;
        return sigma
                * (z * (2 * STANDARD.cumulativeProbability(z) - 1) + 2 * STANDARD.density(z) - 1 / Math.sqrt(Math.PI));
    }

    /** E|x − X'| for X' ~ N(μ, σ²): the projection of the spread term, for the estimator's standard error. */
    static double meanDistance(double mu, double sigma, double x) {
        double z = (x - mu) / sigma;
        return (x - mu) * (2 * STANDARD.cumulativeProbability(z) - 1) + 2 * sigma * STANDARD.density(z);
    }

    static double[] normals(double mu, double sigma, int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = mu + sigma * Synthetic.gaussian(random);
        }
        return x;
    }

    /**
     * The ensemble CRPS of normal draws agrees with the closed form. Its Monte Carlo SE comes from the estimator's
     * linear part, |X − y| − E|X − X'|_{X'} per draw (the U-statistic's projection): sd/√n.
     */
    @Test
    void ensembleCrpsMatchesTheNormalClosedForm() {
        double mu = 4500;
        double sigma = 120;
        int n = 50_000;
        for (double y : new double[] {4500, 4380, 4800, 5100, 3900}) {
            double[] x = normals(mu, sigma, n, (long) y);
            double[] linear = new double[n];
            for (int i = 0; i < n; i++) {
                linear[i] = Math.abs(x[i] - y) - meanDistance(mu, sigma, x[i]);
            }
            double se = Moments.sd(linear) / Math.sqrt(n);
            McAssert.withinSe(normalCrps(mu, sigma, y), Scores.crps(x, y), se, "CRPS at y = " + y);
        }
    }

    @Test
    void crpsOfAPointMassIsTheDistance() {
        assertEquals(7, Scores.crps(new double[] {10, 10, 10}, 3), 1e-12);
        assertEquals(0, Scores.crps(new double[] {10, 10, 10}, 10), 1e-12);
    }

    /** Two values a < b: E|X − X'| over distinct pairs is b − a, so CRPS = E|X − y| − (b − a)/2. */
    @Test
    void spreadUsesDistinctPairs() {
        assertEquals((1 + 3) / 2.0 - 2 / 2.0, Scores.crps(new double[] {3, 1}, 0), 1e-12);
        assertEquals(0, Scores.crps(new double[] {3, 1}, 2), 1e-12);
    }

    @Test
    void pitCountsTiesHalf() {
        double[] sorted = {1, 2, 2, 3};
        assertEquals(0, Scores.pit(sorted, 0.5));
        assertEquals(0.125, Scores.pit(sorted, 1));
        assertEquals(0.5, Scores.pit(sorted, 2));
        assertEquals(1, Scores.pit(sorted, 4));
    }

    @Test
    void quantilesAreTheProjectsOrderStatistics() {
        double[] sorted = new double[20];
        for (int i = 0; i < 20; i++) {
            sorted[i] = i + 1;
        }
        assertEquals(1, Scores.quantile(sorted, 0.05));
        assertEquals(10, Scores.quantile(sorted, 0.5));
        assertEquals(19, Scores.quantile(sorted, 0.95));
    }

    /** A band's CRPS is the mean of the point CRPS over the band (the score is linear in E|X − y|). */
    @Test
    void aBandScoresItsMassAndTheMeanCrpsOverIt() {
        double[] x = normals(100, 10, 20_000, 7);
        java.util.Arrays.sort(x);
        Score s = Scores.score(new Actual("u", "u", 2021, 95, 120, 2), x);
        double[] sorted = x.clone();
        java.util.Arrays.sort(sorted);
        double spread = Scores.halfMeanDifference(sorted);
        double sum = 0;
        int grid = 2000;
        for (int i = 0; i < grid; i++) {
            sum += Scores.meanDistance(sorted, 95 + 25 * (i + 0.5) / grid) - spread;
        }
        assertEquals(sum / grid, s.crps(), 1e-4);
        double inside =
                java.util.Arrays.stream(x).filter(v -> v >= 95 && v <= 120).count() / (double) x.length;
        assertEquals(inside, s.pBand(), 1e-12);
        assertTrue(Double.isNaN(s.pit()));
        // [P5, P95] ≈ [83.6, 116.4]: the share of [95, 120] inside is (116.4 − 95)/25
        assertEquals((s.quantiles()[6] - 95) / 25, s.inside90(), 1e-12);
    }

    /**
     * Actuals drawn from the forecast's own law are scored as calibrated: PITs uniform (each decile holds a tenth,
     * mean 1/2), P5–P95 covers 90% and P25–P75 50%, within 4 SE. The forecast is an ensemble of N values, so its
     * quantiles carry their own error: the SEs are widened by √(1 + M/N) for M actuals.
     */
    @Test
    void actualsFromTheForecastsLawAreCalibrated() {
        int m = 4000;
        int n = 20_000;
        double[] forecast = normals(0, 1, n, 99);
        java.util.Arrays.sort(forecast);
        double[] truth = normals(0, 1, m, 100);
        double[] pits = new double[m];
        int[] deciles = new int[10];
        double in90 = 0;
        double in50 = 0;
        for (int i = 0; i < m; i++) {
            Score s = Scores.score(new Actual("u", "u", 2021, truth[i], truth[i], 2), forecast);
            pits[i] = s.pit();
            deciles[Math.min(9, (int) (10 * s.pit()))]++;
            in90 += s.inside90();
            in50 += s.inside50();
        }
        double widen = Math.sqrt(1 + (double) m / n);
        McAssert.withinSe(0.5, Moments.mean(pits), widen * Math.sqrt(1.0 / 12 / m), "mean PIT");
        for (int d = 0; d < 10; d++) {
            McAssert.withinSe(0.1, deciles[d] / (double) m, widen * Math.sqrt(0.09 / m), "PIT decile " + d);
        }
        McAssert.withinSe(0.9, in90 / m, widen * Math.sqrt(0.09 / m), "P5–P95 coverage");
        McAssert.withinSe(0.5, in50 / m, widen * Math.sqrt(0.25 / m), "P25–P75 coverage");
    }
}
