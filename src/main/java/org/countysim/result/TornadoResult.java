package org.countysim.result;

import java.util.List;
import org.countysim.model.Metric;

/**
 * One metric with each factor fixed at its P10 and at its P90 while the others stay random (common random
 * numbers), model.md §8.
 *
 * @param metric   the metric, which names and labels it
 * @param base     the metric with every factor random
 * @param bars     one per factor, sorted by the size of the swing, largest first
 * @param trials   trials per arm
 * @param given    with evidence (model.md §11): the base arm's weighted trials; every arm is then conditioned on the
 *                 evidence by its own likelihood and the levels are the factors' quantiles given the evidence. Null
 *                 without evidence
 */
public record TornadoResult(Metric metric, Summary.Estimate base, List<Bar> bars, long trials, Conditioned given) {
    public TornadoResult {
        bars = List.copyOf(bars);
    }

    /** A tornado without evidence. */
    public TornadoResult(Metric metric, Summary.Estimate base, List<Bar> bars, long trials) {
        this(metric, base, bars, trials, null);
    }

    /** The effective sample size behind the base arm: the trials without evidence. */
    public long effectiveTrials() {
        return given == null ? trials : Math.max(1, Math.round(given.ess()));
    }

    /**
     * @param lowValue  the factor's P10 (NaN for a group: every draw of the group at its own P10)
     * @param low       the metric with the factor at its P10, and its paired difference from the base
     * @param swing     high − low, with its paired standard error
     * @param lowEss    the P10 arm's effective sample size (its trials without evidence)
     */
    public record Bar(
            Factor factor,
            double lowValue,
            double highValue,
            Summary.Estimate low,
            Summary.Estimate high,
            Summary.Estimate lowVsBase,
            Summary.Estimate highVsBase,
            Summary.Estimate swing,
            double lowEss,
            double highEss) {
        /** A bar of unweighted arms. */
        public Bar(
                Factor factor,
                double lowValue,
                double highValue,
                Summary.Estimate low,
                Summary.Estimate high,
                Summary.Estimate lowVsBase,
                Summary.Estimate highVsBase,
                Summary.Estimate swing) {
            this(factor, lowValue, highValue, low, high, lowVsBase, highVsBase, swing, Double.NaN, Double.NaN);
        }
    }
}
