package org.countysim.sensitivity;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * First-order and total Sobol indices from a Saltelli design, with bootstrap intervals: the analyzer of the
 * {@link SaltelliSampler} (and of the model's own design) as in SALib's {@code sobol.analyze}.
 *
 * <p>Outputs come in rows of k + 2 values per base sample j: f(A_j), f(B_j), f(AB_1,j) … f(AB_k,j), where AB_i is
 * A with factor i taken from B. With the outputs centred by their mean over A and B (as SALib does; the estimators
 * are unchanged in expectation, and their variance falls) and V the variance over the 2N values of A and B:
 * <ul>
 *   <li>first order (Saltelli et al. 2010, Table 2 (b)): S_i = (1/N) Σ_j f(B_j)·(f(AB_i,j) − f(A_j)) / V;</li>
 *   <li>total (Jansen 1999; Saltelli et al. 2010, Table 2 (f)): S_Ti = (1/2N) Σ_j (f(A_j) − f(AB_i,j))² / V.</li>
 * </ul>
 * Intervals: the base samples are resampled with replacement {@code resamples} times (Efron and Tibshirani 1993);
 * each index's standard error is the standard deviation of its bootstrap replicates and its interval their
 * percentile interval. Resample r draws from its own generator seeded by (seed, r), so results do not depend on
 * the number of threads.
 */
public final class SobolAnalyzer {
    /** Resamples accumulated together in one pass over the rows. */
    private static final int BLOCK = 32;

    private SobolAnalyzer() {}

    /** One index: the estimate, its bootstrap standard error and percentile interval [lo, hi]. */
    public record Estimate(double value, double se, double lo, double hi) {}

    /** Indices of factors 0..k−1, the output's mean and the variance V they divide. */
    public record Indices(double mean, double variance, Estimate[] first, Estimate[] total) {}

    /**
     * @param y          n rows of k + 2 outputs (see the class comment)
     * @param confidence the intervals' level, e.g. 0.95
     * @throws IllegalArgumentException when the output does not vary over A and B (no variance to apportion)
     */
    public static Indices analyze(double[] y, int n, int k, int resamples, double confidence, long seed) {
        int w = k + 2;
        if (y.length != (long) n * w) {
            throw new IllegalArgumentException("expected " + n + " rows of " + w + " outputs, got " + y.length);
        }
        double sumAB = 0;
        for (int j = 0; j < n; j++) {
            sumAB += y[j * w] + y[j * w + 1];
        }
        double mean = sumAB / (2.0 * n);
        int cols = 2 * k + 2;
        double[] terms = terms(y, n, k, mean);
        double[] sums = new double[cols];
        for (int j = 0; j < n; j++) {
            for (int c = 0; c < cols; c++) {
                sums[c] += terms[j * cols + c];
            }
        }
        double variance = variance(sums, n);
        if (!(variance > 0)) {
            throw new IllegalArgumentException("the output is the same in every row of A and B: no variance");
        }
        int[] active = active(terms, n, k);
        double[][] replicates = new double[2 * k][resamples];
        int blocks = (resamples + BLOCK - 1) / BLOCK;
        IntStream.range(0, blocks)
                .parallel()
                .forEach(b -> resampleBlock(
                        terms, n, k, active, seed, b * BLOCK, Math.min(BLOCK, resamples - b * BLOCK), replicates));
        Estimate[] first = new Estimate[k];
        Estimate[] total = new Estimate[k];
        for (int i = 0; i < k; i++) {
            first[i] = estimate(sums[2 + i] / n / variance, replicates[i], confidence);
            total[i] = estimate(sums[2 + k + i] / n / variance, replicates[k + i], confidence);
        }
        return new Indices(mean, variance, first, total);
    }

    /**
     * Each base sample's terms, in rows of 2k + 2: a + b, a² + b² (outputs centred), then b·(ab_i − a) for each
     * factor, then ½(a − ab_i)². A bootstrap resample weights these rows by how often it draws each sample.
     */
    private static double[] terms(double[] y, int n, int k, double mean) {
        int w = k + 2;
        int cols = 2 * k + 2;
        double[] t = new double[n * cols];
        for (int j = 0; j < n; j++) {
            int at = j * w;
            int out = j * cols;
            double a = y[at] - mean;
            double b = y[at + 1] - mean;
            t[out] = a + b;
            t[out + 1] = a * a + b * b;
            for (int i = 0; i < k; i++) {
                double ab = y[at + 2 + i] - mean;
                t[out + 2 + i] = b * (ab - a);
                double d = a - ab;
                t[out + 2 + k + i] = 0.5 * d * d;
            }
        }
        return t;
    }

    /**
     * Resamples r0 .. r0 + m − 1 together: each draws n base samples with replacement from its own generator, and
     * their weighted sums of the terms are taken in one pass over the rows, so each row is read from memory once per
     * block rather than once per resample (the pass is otherwise memory-bound).
     */
    private static void resampleBlock(
            double[] terms, int n, int k, int[] active, long seed, int r0, int m, double[][] replicates) {
        int cols = 2 * k + 2;
        int[] counts = new int[n * m];
        for (int r = 0; r < m; r++) {
            SplittableRandom rng = new SplittableRandom(mix(seed + 0x9E3779B97F4A7C15L * (r0 + r + 1)));
            for (int j = 0; j < n; j++) {
                counts[rng.nextInt(n) * m + r]++;
            }
        }
        double[] s0 = new double[m];
        double[] s1 = new double[m];
        for (int j = 0; j < n; j++) {
            double t0 = terms[j * cols];
            double t1 = terms[j * cols + 1];
            for (int r = 0; r < m; r++) {
                int times = counts[j * m + r];
                s0[r] += times * t0;
                s1[r] += times * t1;
            }
        }
        int width = cols - 2;
        double[] acc = new double[m * width];
        for (int j : active) {
            int at = j * cols + 2;
            for (int r = 0; r < m; r++) {
                int times = counts[j * m + r];
                if (times != 0) {
                    int base = r * width;
                    for (int c = 0; c < width; c++) {
                        acc[base + c] += times * terms[at + c];
                    }
                }
            }
        }
        for (int r = 0; r < m; r++) {
            double mean = s0[r] / (2.0 * n);
            double v = s1[r] / (2.0 * n) - mean * mean;
            for (int i = 0; i < 2 * k; i++) {
                replicates[i][r0 + r] = v > 0 ? acc[r * width + i] / n / v : 0;
            }
        }
    }

    /**
     * Whether a base sample has any non-zero factor term: a yes/no output that is the same in A, B and every AB_i
     * (most samples, for a rare event) adds nothing to the indices' numerators, and the bootstrap skips them.
     */
    private static int[] active(double[] terms, int n, int k) {
        int cols = 2 * k + 2;
        return IntStream.range(0, n)
                .filter(j -> {
                    for (int c = 2; c < cols; c++) {
                        if (terms[j * cols + c] != 0) {
                            return true;
                        }
                    }
                    return false;
                })
                .toArray();
    }

    /** The population variance of the 2n values of A and B (as numpy.var). */
    private static double variance(double[] s, int n) {
        double m = s[0] / (2.0 * n);
        return s[1] / (2.0 * n) - m * m;
    }

    private static Estimate estimate(double value, double[] replicates, double confidence) {
        double[] sorted = replicates.clone();
        Arrays.sort(sorted);
        double m = 0;
        for (double x : sorted) {
            m += x;
        }
        m /= sorted.length;
        double ss = 0;
        for (double x : sorted) {
            ss += (x - m) * (x - m);
        }
        double se = sorted.length > 1 ? Math.sqrt(ss / (sorted.length - 1)) : 0;
        double tail = (1 - confidence) / 2;
        return new Estimate(value, se, quantile(sorted, tail), quantile(sorted, 1 - tail));
    }

    /** The q-quantile of sorted values, interpolated between order statistics (numpy's default). */
    static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /** SplitMix64's finaliser: distinct, well-mixed seeds for the resamples. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
