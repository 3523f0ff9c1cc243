package org.countysim.result;

import java.util.List;
import org.countysim.model.TrialOutput;

/**
 * First-order and total Sobol indices of the factors for one per-trial output (model.md §8), with bootstrap
 * intervals.
 *
 * @param output      the per-trial output ({@code all_met}, {@code met_1000}, {@code city_gdp}, …)
 * @param baseSamples N, the rows of each of the matrices A and B
 * @param resamples   bootstrap resamples behind the intervals
 * @param confidence  the intervals' level (0.95)
 * @param mean        the output's mean over the 2N rows of A and B
 * @param variance    its variance over those rows, the denominator of every index
 * @param indices     one per factor, in the order of the design
 */
public record SobolResult(
        TrialOutput output,
        int baseSamples,
        int resamples,
        double confidence,
        double mean,
        double variance,
        List<Index> indices) {
    public SobolResult {
        indices = List.copyOf(indices);
    }

    /**
     * @param s1   first-order index S_i (Saltelli et al. 2010), with its bootstrap standard error and percentile
     *             interval [s1Lo, s1Hi]
     * @param st   total index S_Ti (Jansen 1999)
     */
    public record Index(
            Factor factor,
            double s1,
            double s1Se,
            double s1Lo,
            double s1Hi,
            double st,
            double stSe,
            double stLo,
            double stHi) {
        /** The larger half-width of the two intervals. */
        public double halfWidth() {
            return Math.max(s1Hi - s1Lo, stHi - stLo) / 2;
        }
    }

    /** The widest interval's half-width over every index. */
    public double widestHalfWidth() {
        return indices.stream().mapToDouble(Index::halfWidth).max().orElse(0);
    }
}
