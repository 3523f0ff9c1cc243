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
     * The effective number of trials on the rarer side of a yes/no output: for each side, the smaller of the Kish size
     * of its trials' weights (a side whose weight sits on a few trials counts as few) and the run's effective sample
     * size times the side's share of the weight (a side whose trials weigh next to nothing counts as nothing); then
     * the smaller side. With every weight 1 both are the side's count, the rule of the prior analysis.
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
        double total = s0 + s1;
        double ess = q0 + q1 > 0 ? total * total / (q0 + q1) : 0;
        return Math.min(side(s1, q1, total, ess), side(s0, q0, total, ess));
    }

    private static double side(double s, double q, double total, double ess) {
        return q > 0 ? Math.min(s * s / q, ess * s / total) : 0;
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
