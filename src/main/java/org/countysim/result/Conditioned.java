package org.countysim.result;

import java.util.Locale;

/**
 * What a sensitivity result conditioned on the scenario's evidence (model.md §8, §11) rests on: the trials, weighted
 * by their likelihood, and their effective sample size (Σw)²/Σw². A result without one is the prior's: the scenario has
 * no evidence, or (the Saltelli design's indices) the method cannot condition.
 */
public record Conditioned(long trials, double ess) {
    /** "ESS 2,235 of 20,000 trials". */
    public String describe() {
        return String.format(Locale.ROOT, "ESS %,.0f of %,d trials", ess, trials);
    }
}
