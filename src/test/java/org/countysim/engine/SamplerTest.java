package org.countysim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.countysim.distribution.Distribution;
import org.countysim.model.DrawSlot;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every distribution as the engine draws it (the inlined paths of {@link BlockStreams} and the samplers
 * behind them) against the distribution's own quantile function and mean: the share of draws at or below
 * F⁻¹(q) is q, within 4 binomial standard errors; the sample mean is the closed-form mean within 4 standard
 * errors. Draws go through a slot of several values, so the spreading of a wide slot over columns is covered.
 */
class SamplerTest {
    private static final int TRIALS = 40_000;
    private static final int WIDTH = 3;
    private static final double[] QUANTILES = {0.05, 0.25, 0.5, 0.75, 0.95};

    static Stream<Arguments> distributions() {
        return Stream.of(
                Arguments.of(new Distribution.Uniform(2, 5)),
                Arguments.of(new Distribution.Normal(0.05, 0.01, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY)),
                // truncated: both sampling methods (rejection with much mass kept, inverse CDF with little),
                // and bounds on one side of the mean, on both sides, asymmetric and symmetric
                Arguments.of(new Distribution.Normal(1, 0.5, 0.8, Double.POSITIVE_INFINITY)),
                Arguments.of(new Distribution.Normal(1, 0.5, 0.8, 3)),
                Arguments.of(new Distribution.Normal(0, 1, -1, 1)),
                Arguments.of(new Distribution.Normal(1, 0.5, Double.NEGATIVE_INFINITY, 1.2)),
                Arguments.of(new Distribution.Normal(0, 1, 2, Double.POSITIVE_INFINITY)),
                Arguments.of(new Distribution.Normal(0, 1, -3, -2.5)),
                Arguments.of(new Distribution.LogNormal(3, 0.4)),
                Arguments.of(new Distribution.Triangular(20, 40, 80)),
                Arguments.of(new Distribution.Triangular(0, 0, 1)),
                Arguments.of(new Distribution.Pert(0.05, 0.12, 1.0)),
                Arguments.of(new Distribution.Pert(10, 30, 30)),
                Arguments.of(new Distribution.Beta(2, 5, 0, 1)),
                Arguments.of(new Distribution.Beta(0.5, 0.7, -1, 1)));
    }

    @ParameterizedTest
    @MethodSource("distributions")
    void drawsFollowTheQuantileFunctionAndTheMean(Distribution d) {
        double[] draws = draw(d);
        for (double q : QUANTILES) {
            double x = d.inverseCdf(q);
            long below = java.util.Arrays.stream(draws).filter(v -> v <= x).count();
            double se = Math.sqrt(q * (1 - q) / draws.length);
            assertEquals(q, below / (double) draws.length, 4 * se, d + ": share at or below the " + q + " quantile");
        }
        double mean = java.util.Arrays.stream(draws).average().orElseThrow();
        double sd = Math.sqrt(
                java.util.Arrays.stream(draws).map(v -> (v - mean) * (v - mean)).sum() / (draws.length - 1));
        assertEquals(d.mean(), mean, 4 * sd / Math.sqrt(draws.length), d + ": mean");
    }

    static Stream<Arguments> discrete() {
        return Stream.of(
                Arguments.of(new Distribution.Bernoulli(0.7), new double[] {0, 1}, new double[] {0.3, 0.7}),
                Arguments.of(
                        new Distribution.Discrete(new double[] {2023, 2024, 2025}, new double[] {0.3, 0.4, 0.3}),
                        new double[] {2023, 2024, 2025},
                        new double[] {0.3, 0.4, 0.3}),
                // a zero weight is never drawn; four values is the largest unrolled case, five goes the general way
                Arguments.of(
                        new Distribution.Discrete(new double[] {1, 2, 3, 4}, new double[] {0.1, 0, 0.6, 0.3}),
                        new double[] {1, 2, 3, 4},
                        new double[] {0.1, 0, 0.6, 0.3}),
                Arguments.of(
                        new Distribution.Discrete(new double[] {1, 2, 3, 4, 5}, new double[] {1, 1, 1, 1, 4}),
                        new double[] {1, 2, 3, 4, 5},
                        new double[] {0.125, 0.125, 0.125, 0.125, 0.5}));
    }

    @ParameterizedTest
    @MethodSource("discrete")
    void discreteDrawsHitEachValueWithItsProbability(Distribution d, double[] values, double[] p) {
        double[] draws = draw(d);
        for (int k = 0; k < values.length; k++) {
            double value = values[k];
            long hits = java.util.Arrays.stream(draws).filter(v -> v == value).count();
            double se = Math.sqrt(p[k] * (1 - p[k]) / draws.length);
            assertEquals(p[k], hits / (double) draws.length, Math.max(4 * se, 1e-12), d + ": P(" + value + ")");
        }
    }

    /** TRIALS × WIDTH draws of one slot, through the engine's column fill (in chunks of 256 trials). */
    private static double[] draw(Distribution d) {
        DrawSlot slot = new DrawSlot("test", "test", d, 1, WIDTH);
        int lanes = 256;
        double[][] cols = Columns.of(new double[1 + WIDTH], lanes);
        double[] out = new double[TRIALS * WIDTH];
        int n = 0;
        for (int block = 0; n < out.length; block++) {
            BlockStreams streams = new BlockStreams(StreamPlan.of(List.of(slot)), 11, block);
            for (int chunk = 0; chunk < SimulationEngine.BLOCK_SIZE / lanes && n < out.length; chunk++) {
                streams.fill(cols, lanes);
                for (int r = 0; r < lanes && n < out.length; r++) {
                    for (int j = 1; j <= WIDTH; j++) {
                        out[n++] = cols[j][r];
                    }
                }
            }
        }
        return out;
    }
}
