package org.countysim.sensitivity;

/**
 * The first-order index S_i = Var(E[Y | X_i]) / Var Y of one factor from the trials of one weighted run, "from given
 * data" (Plischke, Borgonovo and Smith 2013; Strong and Oakley 2013 for the value of information): no design of its
 * own, so it holds for inputs that the evidence has made dependent (model.md §8, §11), where a Saltelli design does
 * not apply. With likelihood weights w it estimates the posterior index Var_post(E_post[Y | X_i]) / Var_post(Y);
 * with every weight 1 the prior one.
 *
 * <p>The trials, in ascending order of X_i, are cut into M bins of equal weight (a run of equal values never split,
 * so a discrete factor bins by whole values). With W = Σw, ȳ = Σwy/W, V = Σw(y − ȳ)²/W and per bin W_m and ȳ_m:
 *
 * <pre>
 *   B = Σ_m W_m (ȳ_m − ȳ)² / W                      (the variance of the bin means)
 *   c = Σ_m (W_m / W) v_m − v,  v_m = Σ_{i∈m} w_i²(y_i − ȳ_m)² / W_m²,  v = Σ w_i²(y_i − ȳ)² / W²
 *   S = (B − c) / V
 * </pre>
 *
 * B overstates the variance of E[Y | X_i] by the noise of the bin means, E[B] ≈ B_true + c (c ≈ (M − 1)·(1 − S)·V /
 * ESS), so c is taken off; what binning loses (E[Y | X_i] varies inside a bin) is of order 1/M² for a smooth
 * conditional mean. The standard error is the delta method's, with the bins held fixed: trial i of bin m has the
 * influence ψ_i = w_i [(1 − S_B)(y_i − ȳ)² − (y_i − ȳ_m)²] / (W V), S_B = B / V, and SE = sqrt(Σ ψ_i²).
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
        int[] bin = new int[n];
        double[] binW = new double[bins];
        double[] binSum = new double[bins];
        int b = 0;
        double c = 0;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            bin[i] = b;
            binW[b] += w[i];
            binSum[b] += w[i] * y[i];
            c += w[i];
            boolean runEnds = k + 1 < n && x[order[k + 1]] != x[i];
            while (runEnds && b < bins - 1 && c >= (b + 1) * total / bins) {
                b++;
            }
        }
        double[] binMean = new double[bins];
        double between = 0;
        int used = 0;
        for (int m = 0; m < bins; m++) {
            if (binW[m] > 0) {
                binMean[m] = binSum[m] / binW[m];
                between += binW[m] * (binMean[m] - mean) * (binMean[m] - mean);
                used++;
            }
        }
        between /= total;
        double[] binNoise = new double[bins];
        for (int i = 0; i < n; i++) {
            double d = y[i] - binMean[bin[i]];
            binNoise[bin[i]] += w[i] * w[i] * d * d;
        }
        double correction = -noise / (total * total);
        for (int m = 0; m < bins; m++) {
            if (binW[m] > 0) {
                correction += binNoise[m] / (binW[m] * total);
            }
        }
        double raw = between / var;
        double ss = 0;
        for (int i = 0; i < n; i++) {
            double d = y[i] - mean;
            double e = y[i] - binMean[bin[i]];
            double psi = w[i] * ((1 - raw) * d * d - e * e) / (total * var);
            ss += psi * psi;
        }
        return new Estimate((between - correction) / var, Math.sqrt(ss), used);
    }
}
