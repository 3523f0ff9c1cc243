package org.countysim.sensitivity;

/**
 * The first-order index given the evidence of the group of factors whose draws the evidence reads (with base-year
 * evidence, the banded baselines), from the Saltelli design's samples: what learning every figure of the group at
 * once would settle (model.md §8, §11).
 *
 * <p>The weight w is a function of the group's draws X_c alone, so given X_c the other factors keep their prior, and
 * E[Y | evidence, X_c] = E[Y | X_c]. In base sample j, B_j and AB_c,j share the group's draws (B's) and have
 * independent other factors; both carry B's weight w_B,j. Hence
 *
 * <pre>
 *   C = Σ_j w_B,j (f(B_j) − μ)(f(AB_c,j) − μ) / Σ_j w_B,j  →  Var(E[Y | X_c]) given the evidence,
 *   S_c = C / V,
 * </pre>
 *
 * with μ and V the conditioned mean and variance from the A and B rows together (Σ w f / Σ w over both). The
 * standard error is the delta method's over the base samples (each j one independent draw of every sum).
 */
public final class ReadGroupIndex {
    private ReadGroupIndex() {}

    public static GivenDataIndex.Estimate firstOrder(double[] fA, double[] fB, double[] fAB, double[] wA, double[] wB) {
        int n = fA.length;
        double w = 0;
        double m1 = 0;
        double m2 = 0;
        double wb = 0;
        double p = 0;
        double q = 0;
        for (int j = 0; j < n; j++) {
            w += wA[j] + wB[j];
            m1 += wA[j] * fA[j] + wB[j] * fB[j];
            m2 += wA[j] * fA[j] * fA[j] + wB[j] * fB[j] * fB[j];
            wb += wB[j];
            p += wB[j] * fB[j] * fAB[j];
            q += wB[j] * (fB[j] + fAB[j]);
        }
        double mu = m1 / w;
        double v = m2 / w - mu * mu;
        if (!(v > 0) || !(wb > 0)) {
            return new GivenDataIndex.Estimate(Double.NaN, Double.NaN, 0);
        }
        double c = p / wb - mu * q / wb + mu * mu;
        double s = c / v;
        double ss = 0;
        for (int j = 0; j < n; j++) {
            double wj = wA[j] + wB[j];
            double aj = wA[j] * fA[j] + wB[j] * fB[j];
            double bj = wA[j] * fA[j] * fA[j] + wB[j] * fB[j] * fB[j];
            double dMu = (aj - mu * wj) / w;
            double dV = (bj - 2 * mu * aj + (mu * mu - v) * wj) / w;
            double pj = wB[j] * fB[j] * fAB[j];
            double qj = wB[j] * (fB[j] + fAB[j]);
            double dC = (pj - mu * qj - (c - mu * mu) * wB[j]) / wb + (2 * mu - q / wb) * dMu;
            double d = (dC - s * dV) / v;
            ss += d * d;
        }
        return new GivenDataIndex.Estimate(s, Math.sqrt(ss), 0);
    }
}
