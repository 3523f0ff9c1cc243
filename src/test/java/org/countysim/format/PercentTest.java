package org.countysim.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Percentages show their standard error to one significant digit, never as ±0.0 when it is not zero; a
 * probability of exactly 0 or 1 shows the bound its trials support (model.md §4).
 */
class PercentTest {
    @Test
    void decimalsFollowTheStandardError() {
        assertEquals("6.5% ±0.3", Percent.probability(0.065, 0.003, 20_000), "20,000 trials");
        assertEquals("1.32% ±0.03", Percent.probability(0.0132, 0.00025, 200_000), "200,000 trials");
        assertEquals("+2.40% ±0.05", Percent.difference(0.024, 0.0005, 20_000), "a signed difference");
        assertEquals("0.0010% ±0.0001", Percent.probability(0.00001, 1e-6, 100_000), "four decimals");
        assertEquals("0.0010% ±0.0000", Percent.probability(0.00001, 1e-7, 100_000), "at most four decimals");
        assertEquals("50.0% ±12.0", Percent.probability(0.5, 0.12, 20), "a large error keeps one decimal");
    }

    @Test
    void zeroAndOneShowTheBoundOfTheirTrials() {
        assertEquals("< 0.005%", Percent.probability(0, 0, 20_000), "1/N for N = 20,000");
        assertEquals("> 99.995%", Percent.probability(1, 0, 20_000), "1 − 1/N");
        assertEquals("< 0.049%", Percent.probability(0, 0, 2048), "rounded up, so the bound stays true");
        assertEquals("> 99.951%", Percent.probability(1, 0, 2048));
        assertEquals("< 10%", Percent.probability(0, 0, 10));
        assertEquals("< 100%", Percent.probability(0, 0, 1));
        assertEquals("0 (no trial differs)", Percent.difference(0, 0, 20_000));
        assertEquals("+100.0% (every trial)", Percent.difference(1, 0, 20_000));
    }

    @Test
    void roundedPercentsNeverClaimCertainty() {
        assertEquals("37%", Percent.rounded(0.37, 20_000));
        assertEquals("< 1%", Percent.rounded(0.004, 20_000));
        assertEquals("> 99%", Percent.rounded(0.998, 20_000));
        assertEquals("< 0.005%", Percent.rounded(0, 20_000));
        assertEquals("> 99.995%", Percent.rounded(1, 20_000));
    }
}
