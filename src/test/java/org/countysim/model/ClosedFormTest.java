package org.countysim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.countysim.result.Summary;
import org.countysim.result.Tally;
import org.countysim.testing.Fixtures;
import org.countysim.testing.McAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One unit, no interventions: the model against closed forms of compound normal growth. */
class ClosedFormTest {
    @TempDir
    Path dir;

    private Fixtures oneUnit(double mu, double sigma, double rho, int horizon) throws Exception {
        return new Fixtures(dir)
                .baseline(Fixtures.exact("u1", 100))
                .with("horizon", "horizon: " + horizon)
                .with("trend", "trend:\n  real_growth: " + mu)
                .with("shocks", "shocks: {common_sd: 0, unit_sd: " + sigma + ", rho: " + rho + "}");
    }

    /** Y_1 = B(1 + μ + σz), so P(Y_1 ≥ K) = 1 − Φ((K/B − 1 − μ)/σ). */
    @Test
    void oneYearExceedanceMatchesNormalTail() throws Exception {
        long n = 40_000;
        Summary s = oneUnit(0.05, 0.1, 0, 2022).summary(n, 7);
        double expected = 1 - NormalDistribution.of(0, 1).cumulativeProbability((110.0 / 100 - 1.05) / 0.1);
        double estimate = s.tiers().bands().get(0).met().value();
        McAssert.probability(expected, estimate, n, "P(Y ≥ 110)");
    }

    /** Independent yearly growth: E[Y_T] = B(1+μ)^T and Var Y_T = B²[((1+μ)²+σ²)^T − (1+μ)^{2T}]. */
    @Test
    void fourYearMeanAndVarianceMatchCompoundGrowth() throws Exception {
        long n = 100_000;
        Tally t = oneUnit(0.05, 0.08, 0, 2025).tally(n, 11);
        int v = t.variable(0, 4);
        double mean = t.sum(v) / n;
        double variance = t.sumSquares(v) / n - mean * mean;
        double expectedMean = 100 * Math.pow(1.05, 4);
        double expectedVar = 100 * 100 * (Math.pow(1.05 * 1.05 + 0.0064, 4) - Math.pow(1.05, 8));
        McAssert.withinSe(expectedMean, mean, Math.sqrt(expectedVar / n), "E[Y_2025]");
        // SE of a sample variance ≈ σ²·sqrt(2/n) for a near-normal variable (here Y is a product of normals, close to
        // it).
        McAssert.withinSe(expectedVar, variance, expectedVar * Math.sqrt(2.0 / n) * 1.2, "Var Y_2025");
    }

    /** AR(1) shocks with a stationary start: E[Y_2] = B[(1+μ)² + ρσ²], the covariance term of the two years. */
    @Test
    void autocorrelatedShocksAddTheirCovariance() throws Exception {
        long n = 200_000;
        double mu = 0.05;
        double sigma = 0.1;
        double rho = 0.6;
        Tally t = oneUnit(mu, sigma, rho, 2023).tally(n, 3);
        int v = t.variable(0, 2);
        double mean = t.sum(v) / n;
        double sd = Math.sqrt(t.sumSquares(v) / n - mean * mean);
        McAssert.withinSe(100 * ((1 + mu) * (1 + mu) + rho * sigma * sigma), mean, sd / Math.sqrt(n), "E[Y_2] with ρ");
    }

    /** No randomness at all: the deterministic path, exactly, and every trial identical. */
    @Test
    void zeroShockScenarioReproducesDeterministicPath() throws Exception {
        Tally t = oneUnit(0.05, 0, 0, 2024).with("deflator", "deflator: 0.02").tally(3000, 1);
        double expected = 100;
        for (int year = 1; year <= 3; year++) {
            expected *= 1.05 * 1.02;
            int v = t.variable(0, year);
            assertEquals(expected, t.sum(v) / 3000, 1e-9 * expected, "year " + year);
            assertEquals(0, t.sumSquares(v) / 3000 - Math.pow(t.sum(v) / 3000, 2), 1e-6 * expected * expected);
        }
    }
}
