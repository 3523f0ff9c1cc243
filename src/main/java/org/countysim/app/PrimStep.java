package org.countysim.app;

import java.util.List;
import org.countysim.CountySimException;
import org.countysim.result.Conditioned;
import org.countysim.result.Factor;
import org.countysim.result.PrimResult;
import org.countysim.sensitivity.Prim;
import org.countysim.sensitivity.TrialOutputs;
import org.countysim.sensitivity.Weighted;

/**
 * PRIM on the base trials a pass kept: the factor values of variant 0 against the condition, each trial weighted by its
 * likelihood when the scenario has evidence (model.md §11).
 */
final class PrimStep {
    static final double ALPHA = 0.05;
    static final double MIN_MASS = 0.05;

    private PrimStep() {}

    static PrimResult run(
            TrialCollector data, int output, TrialOutputs.Output condition, List<Factor> factors, double minCoverage) {
        int n = data.trials;
        boolean[] y = new boolean[n];
        long hits = 0;
        for (int j = 0; j < n; j++) {
            y[j] = data.y[output][j * data.width] > 0.5;
            hits += y[j] ? 1 : 0;
        }
        if (hits == 0 || hits == n) {
            throw new CountySimException("--condition " + condition.id() + " (" + condition.label() + ") holds in "
                    + (hits == 0 ? "no" : "every") + " trial of " + n + ": PRIM has nothing to tell apart; choose"
                    + " another --condition (or more --samples)");
        }
        if (data.w != null) {
            requireBothSides(data, y, condition);
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

    /** Given the evidence, the condition must hold in trials with weight and fail in others. */
    private static void requireBothSides(TrialCollector data, boolean[] y, TrialOutputs.Output condition) {
        double[] hit = new double[y.length];
        for (int j = 0; j < y.length; j++) {
            hit[j] = y[j] ? 1 : 0;
        }
        if (Weighted.rarerSide(hit, data.w) == 0) {
            throw new CountySimException("--condition " + condition.id() + " (" + condition.label() + ") holds in "
                    + (data.w.length > 0 && sideWeight(hit, data.w) > 0 ? "every" : "no") + " trial the evidence"
                    + " leaves weight on: PRIM has nothing to tell apart given the evidence; choose another"
                    + " --condition (or more --samples)");
        }
    }

    private static double sideWeight(double[] hit, double[] w) {
        double s = 0;
        for (int j = 0; j < hit.length; j++) {
            s += hit[j] * w[j];
        }
        return s;
    }
}
