package org.countysim.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

/**
 * Monte Carlo assertions: |estimate − expected| ≤ k·SE with k = 4, so a correct implementation fails an
 * assertion with probability about 6e-5 (two-sided normal tail); seeds are fixed, so CI is repeatable.
 */
public final class McAssert {
    public static final double K = 4;

    private McAssert() {}

    public static void withinSe(double expected, double estimate, double se, String what) {
        assertTrue(
                Math.abs(estimate - expected) <= K * se,
                String.format(
                        Locale.ROOT,
                        "%s: estimate %.6g differs from %.6g by more than %.0f SE (SE %.3g)",
                        what,
                        estimate,
                        expected,
                        K,
                        se));
    }

    /** For a probability estimated from n trials: SE from the expected p. */
    public static void probability(double expected, double estimate, long n, String what) {
        withinSe(expected, estimate, Math.sqrt(expected * (1 - expected) / n), what);
    }
}
