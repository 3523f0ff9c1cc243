package org.countysim.result;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The weighted estimators of model.md §11 against hand computations. */
class WeightedEstimatesTest {
    /** ESS = (Σw)²/Σw²: weights 1, 0.5, 0.25, 0 give 1.75²/1.3125 = 7/3; equal weights give N. */
    @Test
    void effectiveSampleSize() {
        WeightedTally t = new WeightedTally(1, 1, 1, 0);
        double[] w = {1, 0.5, 0.25, 0};
        double[] logW = new double[4];
        for (int i = 0; i < 4; i++) {
            logW[i] = Math.log(w[i]);
        }
        t.addWeights(logW, w, 4);
        assertEquals(7.0 / 3, t.ess(), 1e-12);
        assertEquals(0, t.maxLogW(), 0, "the best trial's log-likelihood");
        WeightedTally equal = new WeightedTally(1, 1, 1, 0);
        equal.addWeights(new double[] {-2, -2, -2}, new double[] {0.3, 0.3, 0.3}, 3);
        assertEquals(3, equal.ess(), 1e-12, "equal weights: every trial counts fully");
    }

    /** Σwx/Σw and sqrt(Σ w²(x − x̄)²)/Σw, by hand for x = 1, 2, 4 and w = 1, 2, 1. */
    @Test
    void weightedMeanAndDeltaMethodSe() {
        double[] x = {1, 2, 4};
        double[] w = {1, 2, 1};
        double swx = 0;
        double sw2x = 0;
        double sw2x2 = 0;
        for (int i = 0; i < 3; i++) {
            swx += w[i] * x[i];
            sw2x += w[i] * w[i] * x[i];
            sw2x2 += w[i] * w[i] * x[i] * x[i];
        }
        Summary.Estimate e = Summary.Estimate.weightedMean(swx, sw2x, sw2x2, 4, 6);
        assertEquals(9.0 / 4, e.value(), 1e-12);
        // Σ w²(x − 2.25)² = 1.5625 + 4·0.0625 + 3.0625 = 4.875
        assertEquals(Math.sqrt(4.875) / 4, e.se(), 1e-12);
    }

    /** With weights 1, a weighted probability's SE is the binomial sqrt(p(1−p)/N). */
    @Test
    void weightedProbabilityWithUnitWeightsIsBinomial() {
        Summary.Estimate e = Summary.Estimate.weightedProbability(30, 30, 100, 100);
        assertEquals(0.3, e.value(), 1e-15);
        assertEquals(Math.sqrt(0.3 * 0.7 / 100), e.se(), 1e-15);
    }

    /** The weighted sketch's quantile: the bucket where the cumulative weight reaches q·Σw. */
    @Test
    void weightedQuantiles() {
        WeightedSketch s = new WeightedSketch();
        s.add(100, 1);
        s.add(200, 3);
        s.add(300, 0);
        s.add(400, 1);
        assertEquals(100, s.quantile(0.2), 100 * QuantileSketch.RELATIVE_ACCURACY, "weight 1 of 5 reaches 0.2");
        assertEquals(200, s.quantile(0.21), 200 * QuantileSketch.RELATIVE_ACCURACY);
        assertEquals(200, s.quantile(0.8), 200 * QuantileSketch.RELATIVE_ACCURACY, "weight 4 of 5 reaches 0.8");
        assertEquals(400, s.quantile(0.81), 400 * QuantileSketch.RELATIVE_ACCURACY, "300 has no weight: skipped");
        WeightedSketch block = new WeightedSketch();
        block.add(250, 10);
        s.mergeAndClear(block);
        assertEquals(250, s.quantile(0.5), 250 * QuantileSketch.RELATIVE_ACCURACY, "a merged block counts");
        assertEquals(0, block.total(), 0, "a cleared block is empty");
        assertEquals(Double.NaN, block.quantile(0.5), "no weight, no quantile");
    }
}
