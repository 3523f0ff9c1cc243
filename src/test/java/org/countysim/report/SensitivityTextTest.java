package org.countysim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.countysim.model.TrialOutput;
import org.countysim.result.ConditionedIndices;
import org.countysim.result.Factor;
import org.countysim.result.SobolResult;
import org.junit.jupiter.api.Test;

/** Sensitivity findings in words: what the conditioned ranking leaves out is said next to it. */
class SensitivityTextTest {
    private static final TrialOutput MET = new TrialOutput("met_300", "at least 9 units ≥300亿", "≥300亿", null, -1);
    private static final Factor TREND = new Factor(
            "trend.real_growth",
            Factor.Kind.PARAMETER,
            "趋势实际增速",
            "trend real growth",
            Factor.Scale.PERCENT,
            List.of("trend.real_growth"),
            1,
            "normal");
    private static final Factor SHOCKS = new Factor(
            "shocks",
            Factor.Kind.SHOCKS,
            "年度与单位冲击",
            "shocks",
            Factor.Scale.PERCENT,
            List.of("shocks.common", "shocks.unit"),
            60,
            "standard normal");

    private static SobolResult.Index index(Factor f, double s1, double st) {
        return new SobolResult.Index(f, s1, 0.01, s1 - 0.02, s1 + 0.02, st, 0.01, st - 0.01, st + 0.01);
    }

    @Test
    void theShocksLeftOutOfTheConditionedRankingAreNamedWithTheirPriorTotalIndex() {
        ConditionedIndices given =
                new ConditionedIndices(MET, 32768, 3600, 30, 0.44, 0.2464, List.of(index(TREND, 0.18, Double.NaN)));
        SobolResult prior = new SobolResult(
                MET, 32768, 500, 0.95, 0.6, 0.24, List.of(index(TREND, 0.21, 0.53), index(SHOCKS, 0.34, 0.71)));
        assertEquals(
                "not in this ranking (several values a trial: prior indices only): 年度与单位冲击 (prior total index ST"
                        + " 0.71 [0.70, 0.72], the largest before the evidence)",
                SensitivityText.outsideRanking(given, prior));
        SobolResult minor = new SobolResult(
                MET, 32768, 500, 0.95, 0.6, 0.24, List.of(index(TREND, 0.21, 0.53), index(SHOCKS, 0.01, 0.02)));
        assertNull(SensitivityText.outsideRanking(given, minor), "a factor of no weight is not worth naming");
    }

    @Test
    void numbersHaveNoNegativeZeroAndCsvSharesStayBounded() {
        assertEquals("0.00 [0.00, 0.02]", SensitivityText.index(-0.001, -0.004, 0.021));
        assertEquals("-0.01 [-0.03, 0.01]", SensitivityText.index(-0.01, -0.03, 0.01));
        assertEquals("0", SensitivityCsv.num(1.0822168e-20));
        assertEquals("0.010822168", SensitivityCsv.num(0.0108221681));
        assertEquals("", SensitivityCsv.num(Double.NaN));
    }
}
