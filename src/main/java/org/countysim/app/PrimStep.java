package org.countysim.app;

import java.util.List;
import org.countysim.CountySimException;
import org.countysim.model.TrialOutput;
import org.countysim.result.Conditioned;
import org.countysim.result.Factor;
import org.countysim.result.PrimResult;
import org.countysim.sensitivity.Prim;
import org.countysim.sensitivity.Weighted;

/**
 * PRIM on the base trials a pass kept: the factor values of variant 0 against the condition, each trial weighted by its
 * likelihood when the scenario has evidence (model.md §11).
 */
final class PrimStep {
    static final double ALPHA = 0.05;
    static final double MIN_MASS = 0.05;

    private PrimStep() {}

    /**
     * @param explicit whether the user named the condition: one no trial (or every trial) meets is then refused;
     *                 the default condition says that no box can be stated instead
     */
    static PrimResult run(
            TrialCollector data,
            int output,
            TrialOutput condition,
            boolean explicit,
            List<Factor> factors,
            double minCoverage) {
        int n = data.trials;
        boolean[] y = new boolean[n];
        long hits = 0;
        for (int j = 0; j < n; j++) {
            y[j] = data.y[output][j * data.width] > 0.5;
            hits += y[j] ? 1 : 0;
        }
        if ((hits == 0 || hits == n) && !explicit) {
            return ruledOut(data, y, condition, factors, minCoverage, hits);
        }
        if (hits == 0 || hits == n) {
            throw new CountySimException("--condition " + condition.id() + " (" + condition.label() + ") holds in "
                    + (hits == 0 ? "no" : "every") + " trial of " + n + ": PRIM has nothing to tell apart; choose"
                    + " another --condition (or more --samples)");
        }
        if (data.w != null && effectiveHits(y, data.w) < 1) {
            return ruledOut(data, y, condition, factors, minCoverage, hits);
        }
        if (factors.isEmpty()) {
            throw new CountySimException("PRIM needs factors with values of their own; --factors left only groups");
        }
        Prim.Found found = new Prim(data.x, y, data.w, ALPHA, MIN_MASS).run(minCoverage);
        return new PrimResult(
                condition.id(),
                condition.label(),
                condition.labelZh(),
                n,
                hits,
                factors,
                found.trajectory(),
                found.chosen(),
                found.chosenStep(),
                minCoverage,
                data.w == null ? null : new Conditioned(n, Weighted.ess(data.w)));
    }

    /** The condition's effective trials on its rarer side given the evidence ({@link Weighted#rarerSide}). */
    private static double effectiveHits(boolean[] y, double[] w) {
        double[] hit = new double[y.length];
        for (int j = 0; j < y.length; j++) {
            hit[j] = y[j] ? 1 : 0;
        }
        return Weighted.rarerSide(hit, w);
    }

    /**
     * Trials meet the condition (or fail it), but the evidence leaves them less than one effective trial's weight, or
     * (for the default condition) no trial meets it or every trial does: a finding, not a bad option. No box can be found; the result is the whole space, whose rule
     * says so.
     */
    private static PrimResult ruledOut(
            TrialCollector data,
            boolean[] y,
            TrialOutput condition,
            List<Factor> factors,
            double minCoverage,
            long hits) {
        int n = data.trials;
        double total = 0;
        double hit = 0;
        for (int j = 0; j < n; j++) {
            double w = data.w == null ? 1 : data.w[j];
            total += w;
            hit += y[j] ? w : 0;
        }
        double ess = data.w == null ? n : Weighted.ess(data.w);
        double[] lower = new double[factors.size()];
        double[] upper = new double[factors.size()];
        java.util.Arrays.fill(lower, Double.NEGATIVE_INFINITY);
        java.util.Arrays.fill(upper, Double.POSITIVE_INFINITY);
        PrimResult.Box all = new PrimResult.Box(lower, upper, n, hits, 1, hit / total, 1, ess);
        return new PrimResult(
                condition.id(),
                condition.label(),
                condition.labelZh(),
                n,
                hits,
                factors,
                List.of(all),
                all,
                0,
                minCoverage,
                data.w == null ? null : new Conditioned(n, ess));
    }
}
