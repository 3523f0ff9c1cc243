package org.countysim.sensitivity;

import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * The Saltelli (2010) design in the unit hypercube, for functions of k independent inputs (the sampler of
 * {@link SobolAnalyzer}, as SALib's {@code saltelli.sample} without second-order rows): two independent N × k
 * matrices A and B of uniform points, and for each factor i the matrix AB_i, A with column i from B. Rows are laid
 * out per base sample j as A_j, B_j, AB_1,j … AB_k,j, the layout {@link SobolAnalyzer} reads. The points are
 * independent (Monte Carlo), so the bootstrap intervals of the analyzer hold.
 */
public final class SaltelliSampler {
    private SaltelliSampler() {}

    /** N(k + 2) points of [0,1]^k. */
    public static double[][] sample(int k, int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int w = k + 2;
        double[][] rows = new double[n * w][];
        for (int j = 0; j < n; j++) {
            double[] a = new double[k];
            double[] b = new double[k];
            for (int i = 0; i < k; i++) {
                a[i] = rng.nextDouble();
            }
            for (int i = 0; i < k; i++) {
                b[i] = rng.nextDouble();
            }
            rows[j * w] = a;
            rows[j * w + 1] = b;
            for (int i = 0; i < k; i++) {
                double[] ab = a.clone();
                ab[i] = b[i];
                rows[j * w + 2 + i] = ab;
            }
        }
        return rows;
    }

    /** f at every point of the design, in its order. */
    public static double[] evaluate(double[][] points, ToDoubleFunction<double[]> f) {
        double[] y = new double[points.length];
        for (int r = 0; r < points.length; r++) {
            y[r] = f.applyAsDouble(points[r]);
        }
        return y;
    }
}
