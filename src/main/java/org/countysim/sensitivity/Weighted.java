package org.countysim.sensitivity;

/**
 * Self-normalised summaries of trials weighted by evidence (model.md §11): effective sample sizes and quantiles. Sums
 * run in trial order, so the results are the same for any thread count.
 */
public final class Weighted {
    private Weighted() {}

    /** Kish's effective sample size (Σw)² / Σw²; 0 when every weight is 0. */
    public static double ess(double[] w) {
        double s = 0;
        double s2 = 0;
        for (double x : w) {
            s += x;
            s2 += x * x;
        }
        return s2 > 0 ? s * s / s2 : 0;
    }

    /**
     * The effective number of trials on the rarer side of a yes/no output: the smaller of the Kish sizes of the
     * weights of the trials where it holds and of those where it does not. With every weight 1 these are the counts,
     * the rule of the prior analysis; a side whose weight sits on a few trials counts as few.
     */
    public static double rarerSide(double[] y, double[] w) {
        double s1 = 0;
        double q1 = 0;
        double s0 = 0;
        double q0 = 0;
        for (int i = 0; i < y.length; i++) {
            double x = w[i];
            if (y[i] != 0) {
                s1 += x;
                q1 += x * x;
            } else {
                s0 += x;
                q0 += x * x;
            }
        }
        return Math.min(q1 > 0 ? s1 * s1 / q1 : 0, q0 > 0 ? s0 * s0 / q0 : 0);
    }

    /**
     * The weighted q-quantile: the smallest value whose cumulative weight reaches q·Σw (model.md §11; with every
     * weight 1, the value at rank ⌈qN⌉).
     *
     * @param order the trials in ascending order of their values ({@link #ascending})
     */
    public static double quantile(double[] values, int[] order, double[] w, double q) {
        double total = 0;
        for (double x : w) {
            total += x;
        }
        double target = q * total;
        double c = 0;
        for (int i : order) {
            c += w[i];
            if (w[i] > 0 && c >= target) {
                return values[i];
            }
        }
        for (int k = order.length - 1; k >= 0; k--) {
            if (w[order[k]] > 0) {
                return values[order[k]];
            }
        }
        return Double.NaN;
    }

    /** Trial indices in ascending order of their values, ties in trial order. */
    public static int[] ascending(double[] values) {
        return IndexSort.ascending(values);
    }
}
