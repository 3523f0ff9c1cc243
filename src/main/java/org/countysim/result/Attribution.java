package org.countysim.result;

import java.util.List;
import org.countysim.model.MetricSet;

/**
 * Which intervention moves the targets (model.md §7), under common random numbers.
 *
 * @param metrics        what each row's [metric] is (mean_count_1000, …, p_met_1000, …, p_all_met, p_exact_all,
 *                       city_gdp), with the bands' thresholds and targets that say it in words
 * @param allIn          every metric with all interventions
 * @param noPolicy       every metric with none
 * @param leaveOneOut    [intervention][metric]: all − all but i
 * @param shapley        [intervention][metric], null when skipped (more than {@link #MAX_EXACT_SHAPLEY})
 * @param ess            with evidence (model.md §11), the effective sample size of the variant with every
 *                       intervention (its first); NaN without
 * @param weightsDiffer  whether the subsets' weights differed (each conditioned by its own likelihood)
 */
public record Attribution(
        List<String> interventions,
        List<String> labels,
        MetricSet metrics,
        Summary.Estimate[] allIn,
        Summary.Estimate[] noPolicy,
        Summary.Estimate[] total,
        Summary.Estimate[][] leaveOneOut,
        Summary.Estimate[][] shapley,
        long trials,
        double ess,
        boolean weightsDiffer) {
    /** Exact Shapley values need 2^k runs: above this many interventions only leave-one-out is computed. */
    public static final int MAX_EXACT_SHAPLEY = 10;
}
