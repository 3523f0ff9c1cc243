package org.countysim.report;

import java.util.Locale;

/**
 * A probability in percent with its Monte Carlo standard error, to as many decimals as the error needs for
 * one significant digit (1 to 4): "6.5% ±0.3" for 20,000 trials, "1.32% ±0.03" for 200,000, never "±0.0"
 * for an error that is small but not zero (down to 0.0001 points, i.e. billions of trials).
 */
public final class Percent {
    private static final int MAX_DECIMALS = 4;

    private Percent() {
    }

    /** "6.5% ±0.3"; with {@code signed}, "+6.5% ±0.3". */
    public static String withSe(double probability, double se, boolean signed) {
        int d = decimals(100 * se);
        String format = (signed ? "%+." : "%.") + d + "f%% ±%." + d + "f";
        return String.format(Locale.ROOT, format, 100 * probability, 100 * se);
    }

    static int decimals(double sePoints) {
        if (!(sePoints > 0) || !Double.isFinite(sePoints)) {
            return 1;
        }
        int d = (int) -Math.floor(Math.log10(sePoints));
        return Math.max(1, Math.min(MAX_DECIMALS, d));
    }
}
