package org.countysim.history;

/** Sample mean and standard deviation, with the standard errors the calibration reports. */
final class Moments {
    private Moments() {
    }

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
}
