package org.countysim.result;

import java.util.List;
import org.countysim.model.TrialOutput;

/**
 * First-order indices of the factors for one per-trial output given the evidence (model.md §8, §11): S_i =
 * Var(E[Y | X_i]) / Var Y under the conditioned distribution, from the weighted base trials binned by each factor (the
 * given-data estimator). Factors of one value a trial only; no total indices (the evidence makes the inputs
 * dependent, and a total index of dependent inputs has no single definition).
 *
 * @param trials   the weighted trials (the design's base trials: the run's)
 * @param ess      their effective sample size
 * @param bins     bins per factor (M)
 * @param mean     the output's conditioned mean
 * @param variance its conditioned variance, the denominator of every index
 * @param indices  one per factor, in the order of the design; s1, its delta-method SE and the normal 95% interval
 *                 (st and its interval NaN)
 */
public record ConditionedIndices(
        TrialOutput output,
        long trials,
        double ess,
        int bins,
        double mean,
        double variance,
        List<SobolResult.Index> indices) {
    /** The confidence of every interval: estimate ± the normal 97.5% point × SE. */
    public static final double CONFIDENCE = 0.95;

    public ConditionedIndices {
        indices = List.copyOf(indices);
    }

    /** The weighted trials behind it. */
    public Conditioned given() {
        return new Conditioned(trials, ess);
    }
}
