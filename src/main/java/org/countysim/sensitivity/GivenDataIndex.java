package org.countysim.sensitivity;

/**
 * The first-order index S_i = Var(E[Y | X_i]) / Var Y of one factor from the trials of one weighted run, "from given
 * data" (Plischke, Borgonovo and Smith 2013; Strong and Oakley 2013 for the value of information): no design of its
 * own, so it holds for inputs that the evidence has made dependent (model.md §8, §11), where a Saltelli design does
 * not apply. With likelihood weights w it estimates the posterior index Var_post(E_post[Y | X_i]) / Var_post(Y);
 * with every weight 1 the prior one.
 *
 * <p>The trials, in ascending order of X_i, are cut into M bins of equal weight (a run of equal values never split,
 * so a discrete factor bins by whole values). In each bin E[Y | X_i] is estimated by the weighted least-squares line
 * of y on x (flat where x does not vary): ĝ_i = ȳ_m + b_m (x_i − x̄_m). With W = Σw, ȳ = Σwy/W, V = Σw(y − ȳ)²/W, e
 * = y − ĝ and per bin W_m and S_xx,m = Σ w (x − x̄_m)²:
 *
 * <pre>
 *   B = Σ w_i (ĝ_i − ȳ)² / W                           (the variance of the fitted conditional mean)
 *   c = Σ_m [Σ_{i∈m} w_i² e_i² / W_m + Σ_{i∈m} w_i² (x_i − x̄_m)² e_i² / S_xx,m] / W − Σ w_i² (y_i − ȳ)² / W²
 *   S = (B − c) / V
 * </pre>
 *
 * B overstates Var E[Y | X_i] by the noise of the fitted means and slopes (c, their sandwich variances; about 2M(1 −
 * S)V / ESS), so c is taken off. The line leaves only the curvature of E[Y | X_i] inside a bin unexplained, which
 * matters where bins are wide: bin means alone would lose about 0.5% of a normal factor's linear effect at M = 50, in
 * its two tail bins. The standard error is the delta method's with the bins held fixed: ψ_i = w_i [(1 − S_B)(y_i −
 * ȳ)² − e_i²] / (W V), S_B = B / V (the envelope theorem gives a least-squares fit's explained sum of squares the
 * influence w_i (2 y_i ĝ_i − ĝ_i²)), and SE = sqrt(Σ ψ_i²).
 */
public final class GivenDataIndex {
    /** Fewest and most bins. */
    public static final int MIN_BINS = 10;

    public static final int MAX_BINS = 50;

    private GivenDataIndex() {}

    /**
     * @param value the bias-corrected index, NaN when Y does not vary
     * @param se    its delta-method standard error
     * @param bins  the bins that hold weight
     */
    public record Estimate(double value, double se, int bins) {}

    /** M = √ESS, at least {@value #MIN_BINS} and at most {@value #MAX_BINS}: about √ESS effective trials a bin. */
    public static int bins(double ess) {
        return (int) Math.max(MIN_BINS, Math.min(MAX_BINS, Math.floor(Math.sqrt(ess))));
    }

    /**
     * @param x     the factor's value in each trial
     * @param order the trials in ascending order of x ({@link Weighted#ascending})
     * @param y     the output in each trial
     * @param w     each trial's weight
     * @param bins  M
     */
    public static Estimate firstOrder(double[] x, int[] order, double[] y, double[] w, int bins) {
        int n = y.length;
        double total = 0;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            total += w[i];
            sum += w[i] * y[i];
        }
        double mean = sum / total;
        double var = 0;
        double noise = 0;
        for (int i = 0; i < n; i++) {
            double d = y[i] - mean;
            var += w[i] * d * d;
            noise += w[i] * w[i] * d * d;
        }
        var /= total;
        if (!(var > 0)) {
            return new Estimate(Double.NaN, Double.NaN, 0);
        }
        int[] bin = binsOf(x, order, w, total, bins);
        Fit fit = Fit.of(x, y, w, bin, bins);
        double between = 0;
        double correction = -noise / (total * total);
        for (int i = 0; i < n; i++) {
            double g = fit.at(x[i], bin[i]);
            between += w[i] * (g - mean) * (g - mean);
        }
        between /= total;
        double[] meanNoise = new double[bins];
        double[] slopeNoise = new double[bins];
        for (int i = 0; i < n; i++) {
            int m = bin[i];
            double e = y[i] - fit.at(x[i], m);
            double dx = x[i] - fit.xMean[m];
            meanNoise[m] += w[i] * w[i] * e * e;
            slopeNoise[m] += w[i] * w[i] * dx * dx * e * e;
        }
        for (int m = 0; m < bins; m++) {
            if (fit.weight[m] > 0) {
                correction += meanNoise[m] / (fit.weight[m] * total);
            }
            if (fit.sxx[m] > 0) {
                correction += slopeNoise[m] / (fit.sxx[m] * total);
            }
        }
        double raw = between / var;
        double ss = 0;
        for (int i = 0; i < n; i++) {
            double d = y[i] - mean;
            double e = y[i] - fit.at(x[i], bin[i]);
            double psi = w[i] * ((1 - raw) * d * d - e * e) / (total * var);
            ss += psi * psi;
        }
        return new Estimate((between - correction) / var, Math.sqrt(ss), fit.used());
    }

    /** Each trial's bin: cut in ascending x at every M-th of the total weight, never inside a run of equal values. */
    private static int[] binsOf(double[] x, int[] order, double[] w, double total, int bins) {
        int n = order.length;
        int[] bin = new int[n];
        int b = 0;
        double c = 0;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            bin[i] = b;
            c += w[i];
            boolean runEnds = k + 1 < n && x[order[k + 1]] != x[i];
            while (runEnds && b < bins - 1 && c >= (b + 1) * total / bins) {
                b++;
            }
        }
        return bin;
    }

    /** The weighted least-squares line of y on x in each bin (a flat line where x does not vary). */
    private record Fit(double[] weight, double[] xMean, double[] yMean, double[] sxx, double[] slope) {
        static Fit of(double[] x, double[] y, double[] w, int[] bin, int bins) {
            double[] sw = new double[bins];
            double[] sx = new double[bins];
            double[] sy = new double[bins];
            for (int i = 0; i < x.length; i++) {
                sw[bin[i]] += w[i];
                sx[bin[i]] += w[i] * x[i];
                sy[bin[i]] += w[i] * y[i];
            }
            double[] xm = new double[bins];
            double[] ym = new double[bins];
            for (int m = 0; m < bins; m++) {
                xm[m] = sw[m] > 0 ? sx[m] / sw[m] : 0;
                ym[m] = sw[m] > 0 ? sy[m] / sw[m] : 0;
            }
            double[] sxx = new double[bins];
            double[] sxy = new double[bins];
            for (int i = 0; i < x.length; i++) {
                int m = bin[i];
                double dx = x[i] - xm[m];
                sxx[m] += w[i] * dx * dx;
                sxy[m] += w[i] * dx * (y[i] - ym[m]);
            }
            double[] slope = new double[bins];
            for (int m = 0; m < bins; m++) {
                slope[m] = sxx[m] > 0 ? sxy[m] / sxx[m] : 0;
            }
            return new Fit(sw, xm, ym, sxx, slope);
        }

        double at(double x, int m) {
            return yMean[m] + slope[m] * (x - xMean[m]);
        }

        int used() {
            int k = 0;
            for (double x : weight) {
                k += x > 0 ? 1 : 0;
            }
            return k;
        }
    }
}
