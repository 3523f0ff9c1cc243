package org.countysim.result;

import java.util.List;

/**
 * Metrics of variants run under common random numbers.
 *
 * @param values      [variant][metric]
 * @param differences [variant][metric]: variant − the first variant, with paired SEs (zero row for the first)
 */
public record VariantResult(List<String> variants, List<String> metrics, Summary.Estimate[][] values,
                            Summary.Estimate[][] differences, long trials) {
    public int metric(String id) {
        return metrics.indexOf(id);
    }
}
