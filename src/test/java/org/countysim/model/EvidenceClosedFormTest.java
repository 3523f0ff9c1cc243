package org.countysim.model;

import java.nio.file.Path;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.countysim.engine.SimulationEngine;
import org.countysim.result.Summary;
import org.countysim.result.Tally;
import org.countysim.result.WeightedSummarizer;
import org.countysim.scenario.CompiledScenario;
import org.countysim.testing.Fixtures;
import org.countysim.testing.McAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Evidence against closed forms (model.md §11). Two units drawn uniform on their bands, X1 ~ U[a1, b1] and
 * X2 ~ U[a2, b2], observed through their sum S = X1 + X2 = v: the posterior density of X1 is proportional to
 * ∫ L(v − x1 − x2) dx2 over [a2, b2] on [a1, b1]; for a Gaussian tolerance sd that is
 * Φ((v − x1 − a2)/sd) − Φ((v − x1 − b2)/sd), for a uniform half-width h the length of
 * [a2, b2] ∩ [v − x1 − h, v − x1 + h]. Its mean and P(X1 ≥ x) are integrated numerically (Simpson, 20,000
 * intervals: error far below the Monte Carlo SE) and compared with the weighted run within 4 of the run's own
 * delta-method SEs. Each comparison fails a correct implementation with probability about 6e-5 (two-sided normal
 * tail, McAssert); the 8 comparisons of this class together about 5e-4; seeds are fixed, so CI is repeatable.
 */
class EvidenceClosedFormTest {
    static final double A1 = 100;
    static final double B1 = 200;
    static final double A2 = 50;
    static final double B2 = 150;
    static final double X = 150;
    static final long TRIALS = 200_000;

    @TempDir
    Path dir;

    private Summary conditioned(String tolerance, double value) throws Exception {
        return conditioned(tolerance, value, X);
    }

    private Summary conditioned(String tolerance, double value, double threshold) throws Exception {
        CompiledScenario c = new Fixtures(dir)
                .baseline(Fixtures.banded("u1", A1, B1), Fixtures.banded("u2", A2, B2))
                .with("tiers", "tiers:\n  bands:\n    - {threshold: " + threshold + ", target: 1}")
                .with("evidence", "evidence:\n  - {units: all, year: 2021, value: " + value + ", " + tolerance + "}")
                .compile();
        Tally t = new SimulationEngine(c.model()).run(TRIALS, 17, 2);
        return WeightedSummarizer.summarize(
                t, c.model().evidence(), c.model().thresholds(), c.model().targets(), 2021, List.of());
    }

    /** u1 in the base year: the mean and P(X1 ≥ X) with their SEs. */
    private static Summary.UnitYear u1(Summary s) {
        return s.unitYears().stream()
                .filter(u -> u.unit() == 0 && u.year() == 2021)
                .findFirst()
                .orElseThrow();
    }

    /** ∫ f over [a, b] by Simpson's rule. */
    static double simpson(DoubleUnaryOperator f, double a, double b) {
        int n = 20_000;
        double h = (b - a) / n;
        double sum = f.applyAsDouble(a) + f.applyAsDouble(b);
        for (int i = 1; i < n; i++) {
            sum += (i % 2 == 1 ? 4 : 2) * f.applyAsDouble(a + i * h);
        }
        return sum * h / 3;
    }

    private static void check(Summary s, DoubleUnaryOperator density, String what) {
        check(s, density, what, X);
    }

    private static void check(Summary s, DoubleUnaryOperator density, String what, double threshold) {
        double mass = simpson(density, A1, B1);
        double mean = simpson(x -> x * density.applyAsDouble(x), A1, B1) / mass;
        double above = simpson(density, threshold, B1) / mass;
        Summary.UnitYear u = u1(s);
        // not a vacuous check: the evidence moves the mean far from the band's midpoint
        org.junit.jupiter.api.Assertions.assertTrue(
                Math.abs(mean - (A1 + B1) / 2) > 20 * u.mean().se(),
                what + ": the posterior mean " + mean + " is far from the prior's " + (A1 + B1) / 2);
        McAssert.withinSe(mean, u.mean().value(), u.mean().se(), what + ": E[X1 | S]");
        McAssert.withinSe(above, u.pReach()[0].value(), u.pReach()[0].se(), what + ": P(X1 ≥ " + threshold + " | S)");
    }

    @Test
    void gaussianToleranceMatchesNumericalIntegration() throws Exception {
        double v = 280;
        double sd = 15;
        NormalDistribution phi = NormalDistribution.of(0, 1);
        check(
                conditioned("sd: " + sd, v),
                x -> phi.cumulativeProbability((v - x - A2) / sd) - phi.cumulativeProbability((v - x - B2) / sd),
                "sum 280 ± 15 (sd)");
    }

    /** An observation far in the prior's tail (its 2nd percentile) with a tight sd: few trials carry the weight. */
    @Test
    void tailObservationMatchesNumericalIntegration() throws Exception {
        double v = 170;
        double sd = 5;
        NormalDistribution phi = NormalDistribution.of(0, 1);
        check(
                conditioned("sd: " + sd, v),
                x -> phi.cumulativeProbability((v - x - A2) / sd) - phi.cumulativeProbability((v - x - B2) / sd),
                "sum 170 ± 5 (sd)");
    }

    /**
     * A threshold that is no bucket edge of the weighted sketch (150.3): band weights are then counted trial by
     * trial instead of read from the sketch, and must agree with the integral all the same.
     */
    @Test
    void thresholdOffTheSketchEdgesMatchesNumericalIntegration() throws Exception {
        double v = 280;
        double sd = 15;
        double t = 150.3;
        org.junit.jupiter.api.Assertions.assertFalse(org.countysim.result.WeightedSketch.isEdge(t));
        NormalDistribution phi = NormalDistribution.of(0, 1);
        check(
                conditioned("sd: " + sd, v, t),
                x -> phi.cumulativeProbability((v - x - A2) / sd) - phi.cumulativeProbability((v - x - B2) / sd),
                "sum 280 ± 15 (sd), threshold 150.3",
                t);
    }

    @Test
    void uniformToleranceMatchesNumericalIntegration() throws Exception {
        double v = 300;
        double h = 10;
        check(
                conditioned("within: " + h, v),
                x -> Math.max(0, Math.min(B2, v - x + h) - Math.max(A2, v - x - h)),
                "sum 300 ± 10 (uniform)");
    }
}
