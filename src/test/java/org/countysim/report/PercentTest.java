package org.countysim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Percentages show their standard error to one significant digit, never as ±0.0 when it is not zero. */
class PercentTest {
    @Test
    void decimalsFollowTheStandardError() {
        assertEquals("6.5% ±0.3", Percent.withSe(0.065, 0.003, false), "20,000 trials");
        assertEquals("1.32% ±0.03", Percent.withSe(0.0132, 0.00025, false), "200,000 trials");
        assertEquals("+2.40% ±0.05", Percent.withSe(0.024, 0.0005, true), "a signed difference");
        assertEquals("100.0% ±0.0", Percent.withSe(1, 0, false), "certain: no error to show");
        assertEquals("0.0010% ±0.0001", Percent.withSe(0.00001, 1e-6, false), "four decimals");
        assertEquals("0.0010% ±0.0000", Percent.withSe(0.00001, 1e-7, false), "at most four decimals");
        assertEquals("50.0% ±12.0", Percent.withSe(0.5, 0.12, false), "a large error keeps one decimal");
    }
}
