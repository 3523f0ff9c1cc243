package org.countysim.app;

import java.util.List;
import org.countysim.CountySimException;
import org.countysim.model.TrialOutput;
import org.countysim.result.Factor;
import org.countysim.result.PrimResult;
import org.countysim.sensitivity.Prim;

/** PRIM on the base trials a pass kept: the factor values of variant 0 against the condition. */
final class PrimStep {
    static final double ALPHA = 0.05;
    static final double MIN_MASS = 0.05;

    private PrimStep() {}

    static PrimResult run(
            TrialCollector data, int output, TrialOutput condition, List<Factor> factors, double minCoverage) {
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
        if (factors.isEmpty()) {
            throw new CountySimException("PRIM needs factors with values of their own; --factors left only groups");
        }
        Prim.Found found = new Prim(data.x, y, ALPHA, MIN_MASS).run(minCoverage);
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
                minCoverage);
    }
}
