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
 */
public record TornadoResult(Metric metric, Summary.Estimate base, List<Bar> bars, long trials) {
    public TornadoResult {
        bars = List.copyOf(bars);
    }

    /**
     * @param lowValue  the factor's P10 (NaN for a group: every draw of the group at its own P10)
     * @param low       the metric with the factor at its P10, and its paired difference from the base
     * @param swing     high − low, with its paired standard error
     */
    public record Bar(
            Factor factor,
            double lowValue,
            double highValue,
            Summary.Estimate low,
            Summary.Estimate high,
            Summary.Estimate lowVsBase,
            Summary.Estimate highVsBase,
            Summary.Estimate swing) {}
}
