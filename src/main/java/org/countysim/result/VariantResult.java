package org.countysim.result;

import java.util.List;
import org.countysim.model.Metric;
import org.countysim.model.MetricSet;

/**
 * Metrics of variants run under common random numbers.
 *
 * @param metrics       what [.][metric] is: the metric at that position of the set
 * @param values        [variant][metric]
 * @param differences   [variant][metric]: variant − the first variant, with paired SEs (zero row for the first)
 * @param ess           per variant, the effective sample size of its weights when some variant conditions on
 *                      evidence (model.md §11); null when nothing is weighted
 * @param weightsDiffer whether the variants' weights differed in some trial (each conditioned by its own likelihood)
 */
public record VariantResult(
        List<String> variants,
        MetricSet metrics,
        Summary.Estimate[][] values,
        Summary.Estimate[][] differences,
        long trials,
        double[] ess,
        boolean weightsDiffer) {
    /** Variants without evidence. */
    public VariantResult(
            List<String> variants,
            MetricSet metrics,
            Summary.Estimate[][] values,
            Summary.Estimate[][] differences,
            long trials) {
        this(variants, metrics, values, differences, trials, null, false);
    }

    /** The position of the metric with this id in the rows of values and differences, or −1. */
    public int metric(String id) {
        Metric m = metrics.find(id);
        return m == null ? -1 : m.position();
    }

    public boolean weighted() {
        return ess != null;
    }

    /**
     * The trials a probability of exactly 0 or 1 of this variant is bounded by ("< 1/N"): the trials, or with
     * evidence its own effective sample size rounded down.
     */
    public long resolution(int variant) {
        return ess == null ? trials : Math.max(1, (long) Math.floor(ess[variant]));
    }

    /** The bound of a difference between this variant and the first: the smaller of their two resolutions. */
    public long differenceResolution(int variant) {
        return Math.min(resolution(0), resolution(variant));
    }
}
