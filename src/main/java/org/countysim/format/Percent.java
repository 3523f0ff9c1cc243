package org.countysim.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Probabilities in percent with their Monte Carlo standard error, to as many decimals as the error needs for
 * one significant digit (1 to 4): "6.5% ±0.3" for 20,000 trials, "1.32% ±0.03" for 200,000.
 *
 * <p>A probability of exactly 0 or 1 has a standard error of 0, but "0.0% ±0.0" would claim a certainty that N
 * trials cannot give: it prints as the bound N trials support, "< 1/N" or "> 1 − 1/N" ("< 0.005%" and
 * "> 99.995%" for N = 20,000), model.md §4.
 */
public final class Percent {
    private static final int MAX_DECIMALS = 4;

    private Percent() {}

    /**
     * A probability estimated from {@code trials} trials: "6.5% ±0.3", "< 0.005%", "> 99.995%". A weighted estimate
     * (model.md §11) passes its effective sample size as {@code trials}; it can be positive yet far below what that
     * many trials resolve (the only trials with the event have negligible weight), and prints as the same bound.
     * An unweighted estimate is 0 or at least 1/N, so the bound applies to it only at exactly 0 or 1.
     */
    public static String probability(double p, double se, long trials) {
        double half = 0.5 / Math.max(1, trials);
        if (p <= 0 && se == 0 || p < half && se < half) {
            return "< " + oneIn(trials).toPlainString() + "%";
        }
        if (p >= 1 && se == 0 || p > 1 - half && se < half) {
            return "> " + BigDecimal.valueOf(100).subtract(oneIn(trials)).toPlainString() + "%";
        }
        return format(p, se, false);
    }

    /**
     * A probability to whole percent, for dense tables: "37%", "< 1%" and "> 99%" rather than a rounded 0% or
     * 100% that no trial count can support, and the 1/N bounds for exactly 0 and 1.
     */
    public static String rounded(double p, long trials) {
        if (p <= 0 || p >= 1) {
            return probability(p, 0, trials);
        }
        if (p < 0.005) {
            return "< 1%";
        }
        if (p >= 0.995) {
            return "> 99%";
        }
        return String.format(Locale.ROOT, "%.0f%%", 100 * p);
    }

    /**
     * A difference of probabilities with its (paired) standard error: "+2.40% ±0.05". An error of 0 means that
     * every trial's difference was the same: "0 (no trial differs)", or the shift with "(every trial)".
     */
    public static String difference(double d, double se, long trials) {
        if (se == 0) {
            return d == 0 ? "0 (no trial differs)" : String.format(Locale.ROOT, "%+.1f%% (every trial)", 100 * d);
        }
        double half = 0.5 / Math.max(1, trials);
        if (Math.abs(d) < half && se < half) {
            // weighted (model.md §11): the trials that differ carry negligible weight
            return "≈ 0 (< " + oneIn(trials).toPlainString() + "%)";
        }
        return format(d, se, true);
    }

    /** 100/N in percent to two significant digits, rounded up so that "< 1/N" stays true. */
    private static BigDecimal oneIn(long trials) {
        return BigDecimal.valueOf(100)
                .divide(BigDecimal.valueOf(Math.max(1, trials)), new MathContext(2, RoundingMode.UP))
                .stripTrailingZeros();
    }

    private static String format(double value, double se, boolean signed) {
        int d = decimals(100 * se);
        String format = (signed ? "%+." : "%.") + d + "f%% ±%." + d + "f";
        return String.format(Locale.ROOT, format, 100 * value, 100 * se);
    }

    static int decimals(double sePoints) {
        if (!(sePoints > 0) || !Double.isFinite(sePoints)) {
            return 1;
        }
        int d = (int) -Math.floor(Math.log10(sePoints));
        return Math.max(1, Math.min(MAX_DECIMALS, d));
    }
}
