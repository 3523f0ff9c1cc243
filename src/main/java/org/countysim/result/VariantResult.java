package org.countysim.result;

import java.util.List;

/**
 * Metrics of variants run under common random numbers.
 *
 * @param values        [variant][metric]
 * @param differences   [variant][metric]: variant − the first variant, with paired SEs (zero row for the first)
 * @param ess           per variant, the effective sample size of its weights when some variant conditions on
 *                      evidence (model.md §11); null when nothing is weighted
 * @param weightsDiffer whether the variants' weights differed in some trial (each conditioned by its own likelihood)
 */
public record VariantResult(
        List<String> variants,
        List<String> metrics,
        Summary.Estimate[][] values,
        Summary.Estimate[][] differences,
        long trials,
        double[] ess,
        boolean weightsDiffer) {
    /** Variants without evidence. */
    public VariantResult(
            List<String> variants,
            List<String> metrics,
            Summary.Estimate[][] values,
            Summary.Estimate[][] differences,
            long trials) {
        this(variants, metrics, values, differences, trials, null, false);
    }

    public int metric(String id) {
        return metrics.indexOf(id);
    }

    public boolean weighted() {
        return ess != null;
    }

    /**
     * The trials a probability of exactly 0 or 1 is bounded by ("< 1/N"): the trials, or with evidence the smallest
     * variant's effective sample size rounded down.
     */
    public long resolution() {
        if (ess == null) {
            return trials;
        }
        double least = Double.POSITIVE_INFINITY;
        for (double e : ess) {
            least = Math.min(least, e);
        }
        return Math.max(1, (long) Math.floor(least));
    }
}
