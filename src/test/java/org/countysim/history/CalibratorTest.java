package org.countysim.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.countysim.testing.McAssert;
import org.junit.jupiter.api.Test;

/**
 * The estimators recover the parameters of series drawn from the model itself. Each assertion allows 4 standard
 * errors (the SE the estimator itself reports): a correct estimator fails one with probability about 6e-5
 * (two-sided normal tail); the seeds are fixed, so CI is repeatable.
 */
class CalibratorTest {
    @Test
    void oneSeriesGivesTheMeanAndTheSd() {
        History h = Synthetic.series("city", 0.06, 0.02, 400, 11);
        Calibration c = Calibrator.calibrate(h, List.of());
        assertFalse(c.panel());
        McAssert.withinSe(0.06, c.trend().value(), c.trend().se(), "μ");
        McAssert.withinSe(0.02, c.commonSd().value(), c.commonSd().se(), "σ_common");
        assertEquals(400, c.trend().n());
        assertNull(c.unitSd());
        assertNull(c.rho());
    }

    @Test
    void aPanelSeparatesCommonAndUnitShocks() {
        History h = Synthetic.panel(30, 40, 0.05, 0.015, 0.02, 0.4, 12);
        Calibration c = Calibrator.calibrate(h, List.of());
        assertTrue(c.panel());
        McAssert.withinSe(0.05, c.trend().value(), c.trend().se(), "μ");
        McAssert.withinSe(0.015, c.commonSd().value(), c.commonSd().se(), "σ_common");
        McAssert.withinSe(0.02, c.unitSd().value(), c.unitSd().se(), "σ_c");
        McAssert.withinSe(0.4, c.rho().value(), c.rho().se(), "ρ");
        assertEquals(40, c.trend().years().size());
        assertEquals(30 * 39, c.rho().n(), "pairs of consecutive residuals");
    }

    @Test
    void aPanelWithoutPersistenceGivesRhoNearZero() {
        History h = Synthetic.panel(20, 30, 0.07, 0.01, 0.03, 0, 13);
        Calibration c = Calibrator.calibrate(h, List.of());
        McAssert.withinSe(0, c.rho().value(), c.rho().se(), "ρ");
        McAssert.withinSe(0.03, c.unitSd().value(), c.unitSd().se(), "σ_c");
    }

    /**
     * The SEs are honest: over 400 independent short series (n = 12) the z-scores (estimate − truth)/SE have a
     * standard deviation near 1. The sd of 400 z-scores has SE ≈ 1/√800 ≈ 0.035; the band [0.8, 1.25] also allows
     * for the SE formulas being large-sample approximations (the SE of an sd from 12 points is itself uncertain).
     */
    @Test
    void standardErrorsMatchTheSpreadOfTheEstimates() {
        int reps = 400;
        double[] zMu = new double[reps];
        double[] zSd = new double[reps];
        for (int r = 0; r < reps; r++) {
            Calibration c = Calibrator.calibrate(Synthetic.series("city", 0.05, 0.02, 12, 1000 + r), List.of());
            zMu[r] = (c.trend().value() - 0.05) / c.trend().se();
            zSd[r] = (c.commonSd().value() - 0.02) / (0.02 / Math.sqrt(2 * 11.0));
        }
        assertBetween(Moments.sd(zMu), 0.8, 1.25, "sd of μ's z-scores");
        assertBetween(Moments.sd(zSd), 0.8, 1.25, "sd of σ's z-scores (SE at the true σ)");
    }

    @Test
    void fewerThanThreeGrowthRatesIsAnError() {
        History h = Synthetic.history(
                List.of(Synthetic.growthRow("city", 2020, 0.03, 2), Synthetic.growthRow("city", 2021, 0.08, 3)));
        HistoryException e = assertThrows(HistoryException.class, () -> Calibrator.calibrate(h, List.of()));
        assertTrue(
                e.getMessage()
                        .contains("unit city has 2 real growth observations (2020, 2021); the trend needs at"
                                + " least 3"),
                e.getMessage());
    }

    @Test
    void threeGrowthRatesGiveTheTrendButNoSd() {
        History h = Synthetic.series("city", 0.05, 0.01, 3, 5);
        Calibration c = Calibrator.calibrate(h, List.of());
        assertNotNull(c.trend());
        assertNull(c.commonSd());
        assertTrue(
                c.notes().stream().anyMatch(n -> n.contains("σ_common not estimated")),
                c.notes().toString());
    }

    @Test
    void aUnknownUnitIsNamedWithAHint() {
        History h = Synthetic.series("city", 0.05, 0.01, 5, 5);
        HistoryException e = assertThrows(HistoryException.class, () -> Calibrator.calibrate(h, List.of("cty")));
        assertTrue(e.getMessage().contains("unknown unit 'cty' (did you mean 'city'?)"), e.getMessage());
    }

    private static void assertBetween(double x, double lo, double hi, String what) {
        assertTrue(x >= lo && x <= hi, what + " = " + x + " outside [" + lo + ", " + hi + "]");
    }
}
