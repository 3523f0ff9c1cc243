package org.countysim.app;

import java.util.Locale;
import org.countysim.CountySimException;
import org.countysim.model.Evidence;

/** The checks a sensitivity pass conditioned on evidence (model.md §11) makes of its trials' weights. */
final class SensitivityEvidence {
    private SensitivityEvidence() {}

    /**
     * Evidence that no trial comes near (every weight 0, or the best log-likelihood below
     * {@value Evidence#IMPOSSIBLE_LOG_WEIGHT}) leaves nothing to condition on: exit 2, as {@code run} does.
     */
    static void requirePossible(double[] w, double[] logW, long trials, String what) {
        double sum = 0;
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < w.length; i++) {
            sum += w[i];
            best = Math.max(best, logW[i]);
        }
        if (sum > 0 && best >= Evidence.IMPOSSIBLE_LOG_WEIGHT) {
            return;
        }
        throw new CountySimException(String.format(
                Locale.ROOT,
                "%s: the evidence is impossible under this scenario: of %d trials none comes near it (%s), so no"
                        + " sensitivity can be conditioned on it; countysim run names each observation and the range of"
                        + " the trials' sums",
                what,
                trials,
                sum > 0 ? String.format(Locale.ROOT, "the best has likelihood e^%.0f", best) : "every weight is 0"));
    }
}
