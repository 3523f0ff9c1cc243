package org.countysim.result;

import java.util.List;

/**
 * What the evidence did to a run (model.md §11): the effective sample size and, per observation, where the
 * observed value lay among the trials' simulated sums before weighting (the prior) and the sum's distribution after.
 *
 * @param ess (Σw)²/Σw² over the run's trials
 */
public record Conditioning(long trials, double ess, List<Fit> observations) {
    public Conditioning {
        observations = List.copyOf(observations);
    }

    /** The share of trials the effective sample size amounts to. */
    public double essShare() {
        return ess / trials;
    }

    /**
     * One observation against the trials.
     *
     * @param prior       the simulated sum's quantiles ({@link Summary#LEVELS}) over all trials
     * @param conditioned the same weighted by the evidence
     * @param priorBelow  the share of trials whose sum lies below the observed value (its prior percentile)
     * @param lowest      the smallest simulated sum of any trial
     * @param highest     the largest
     */
    public record Fit(
            String label,
            String path,
            int year,
            double value,
            String tolerance,
            double[] prior,
            double[] conditioned,
            double priorBelow,
            double lowest,
            double highest) {}
}
