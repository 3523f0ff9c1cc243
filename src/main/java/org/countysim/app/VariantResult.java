package org.countysim.app;

import java.util.List;
import org.countysim.result.Summary;

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
