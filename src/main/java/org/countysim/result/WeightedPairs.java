package org.countysim.result;

import java.util.ArrayList;
import java.util.List;

/**
 * Paired contrasts of variants weighted by evidence (model.md §11). Variant v's metric j is the self-normalised
 * mean μ_v = A_v/B_v with A_v = Σ w_v x_v and B_v = Σ w_v, and a contrast D = Σ_v a_v μ_v. Each variant has its own
 * weights (its own evidence, or its own GDP in an observed year), so the delta method gives
 * SE² = Σ_i ψ_i², ψ_i = Σ_v (a_v/B_v)(w_{v,i} x_{v,i} − μ_v w_{v,i}), which expands into sums over pairs of variants
 * that appear in a contrast together: Σ y_u y_v, Σ y_u w_v, Σ w_u y_v and Σ w_u w_v, with y = w·x. With one
 * variant this is sqrt(Σ w²(x − x̄)²)/Σw; with weights shared by all variants it is the paired standard error of
 * the per-trial contrast. All entries are double sums in one array per block, merged in block order.
 */
public final class WeightedPairs {
    private final int variants;
    private final int metrics;
    private final double[][] coefficients;
    /** Pairs u ≤ v of variants that appear in a contrast together. */
    private final int[] pairU;

    private final int[] pairV;
    private final int[][] pairIndex;
    private final int size;

    public WeightedPairs(Contrasts contrasts, int variants, int metrics) {
        this.variants = variants;
        this.metrics = metrics;
        this.coefficients = contrasts.coefficients();
        this.pairIndex = new int[variants][variants];
        for (int[] row : pairIndex) {
            java.util.Arrays.fill(row, -1);
        }
        List<int[]> pairs = new ArrayList<>();
        for (double[] row : coefficients) {
            for (int u = 0; u < variants; u++) {
                for (int v = u; v < variants; v++) {
                    if (row[u] != 0 && row[v] != 0 && pairIndex[u][v] < 0) {
                        pairIndex[u][v] = pairs.size();
                        pairIndex[v][u] = pairs.size();
                        pairs.add(new int[] {u, v});
                    }
                }
            }
        }
        pairU = pairs.stream().mapToInt(p -> p[0]).toArray();
        pairV = pairs.stream().mapToInt(p -> p[1]).toArray();
        size = pairsAt() + pairU.length * (1 + 3 * metrics) + 1;
    }

    /** Doubles in one block's array. */
    public int size() {
        return size;
    }

    private int sumsAt() {
        return 2 * variants;
    }

    private int pairsAt() {
        return 2 * variants + variants * metrics;
    }

    private int pairAt(int p) {
        return pairsAt() + p * (1 + 3 * metrics);
    }

    /**
     * One trial: {@code values[v][j]} its metrics in variant v, {@code w[v]} its weight there (1 for a variant
     * without evidence), added into a block's array.
     */
    public void record(double[][] values, double[] w, double[] into) {
        boolean differ = false;
        for (int v = 0; v < variants; v++) {
            double wv = w[v];
            differ |= wv != w[0];
            into[v] += wv;
            into[variants + v] += wv * wv;
            int at = sumsAt() + v * metrics;
            double[] x = values[v];
            for (int j = 0; j < metrics; j++) {
                into[at + j] += wv * x[j];
            }
        }
        for (int p = 0; p < pairU.length; p++) {
            int u = pairU[p];
            int v = pairV[p];
            double wu = w[u];
            double wv = w[v];
            int at = pairAt(p);
            into[at] += wu * wv;
            double[] xu = values[u];
            double[] xv = values[v];
            for (int j = 0; j < metrics; j++) {
                double yu = wu * xu[j];
                double yv = wv * xv[j];
                int k = at + 1 + 3 * j;
                into[k] += yu * yv;
                into[k + 1] += yu * wv;
                into[k + 2] += wu * yv;
            }
        }
        into[size - 1] += differ ? 1 : 0;
    }

    /** Contrast c of metric j, from the merged sums. */
    public Summary.Estimate estimate(double[] s, int c, int j) {
        double[] a = coefficients[c];
        double value = 0;
        double[] mu = new double[variants];
        for (int v = 0; v < variants; v++) {
            if (a[v] != 0) {
                mu[v] = s[sumsAt() + v * metrics + j] / s[v];
                value += a[v] * mu[v];
            }
        }
        double var = 0;
        for (int u = 0; u < variants; u++) {
            if (a[u] == 0) {
                continue;
            }
            for (int v = 0; v < variants; v++) {
                if (a[v] == 0) {
                    continue;
                }
                int p = pairIndex[u][v];
                int at = pairAt(p);
                int k = at + 1 + 3 * j;
                // stored for (min, max): Σ y_min w_max and Σ w_min y_max
                double yuWv = u <= v ? s[k + 1] : s[k + 2];
                double wuYv = u <= v ? s[k + 2] : s[k + 1];
                double term = s[k] - mu[v] * yuWv - mu[u] * wuYv + mu[u] * mu[v] * s[at];
                var += a[u] / s[u] * (a[v] / s[v]) * term;
            }
        }
        return new Summary.Estimate(value, Math.sqrt(Math.max(0, var)));
    }

    /** Variant v's effective sample size (Σw)²/Σw². */
    public double ess(double[] s, int v) {
        return s[v] * s[v] / s[variants + v];
    }

    /**
     * Whether variant v's weights leave anything to estimate from: some weight, and Σw² clear of underflow (every
     * trial's likelihood below e^−300 cannot be told from zero, {@code Evidence.IMPOSSIBLE_LOG_WEIGHT}).
     */
    public boolean possible(double[] s, int v) {
        return s[v] > 0 && s[variants + v] >= MIN_SQUARES;
    }

    private static final double MIN_SQUARES = Math.exp(2 * org.countysim.model.Evidence.IMPOSSIBLE_LOG_WEIGHT);

    /** The trials in which the variants' weights differ. */
    public double trialsWithDifferentWeights(double[] s) {
        return s[size - 1];
    }

    public int variants() {
        return variants;
    }
}
