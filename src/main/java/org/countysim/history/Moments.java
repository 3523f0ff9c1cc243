package org.countysim.history;

/** Sample mean and standard deviation, with the standard errors the calibration reports. */
final class Moments {
    private Moments() {}

    static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    /** The sample standard deviation (n − 1 in the denominator). */
    static double sd(double[] x) {
        double m = mean(x);
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return Math.sqrt(s / (x.length - 1));
    }

    /** SE of a mean of n independent values with sample sd s: s/√n. */
    static double seOfMean(double s, int n) {
        return s / Math.sqrt(n);
    }

    /**
     * SE of a sample sd s from {@code dof} degrees of freedom, for normal data: s/√(2·dof) (the delta method on
     * Var(s²) = 2σ⁴/dof).
     */
    static double seOfSd(double s, int dof) {
        return s / Math.sqrt(2.0 * dof);
    }

    /** The 97.5% quantile of Student's t with {@code dof} degrees of freedom: a 95% interval is ± this many SEs. */
    static double t975(int dof) {
        return org.apache.commons.statistics.distribution.TDistribution.of(dof).inverseSurvivalProbability(0.025);
    }

    /** A note for few observations, where ±2 SE is too narrow an interval for a mean; null from 30 on. */
    static String smallSampleNote(int n) {
        if (n >= 30) {
            return null;
        }
        return String.format(
                java.util.Locale.ROOT,
                "only %d observations: a 95%% interval for μ is ±%.2f SE (Student t,"
                        + " %d degrees of freedom), not ±2 SE; the SEs of the σ's are rough",
                n,
                t975(n - 1),
                n - 1);
    }
}
