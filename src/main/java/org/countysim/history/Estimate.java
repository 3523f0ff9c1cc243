package org.countysim.history;

import java.util.List;

/**
 * One calibrated value with its standard error and the observations behind it.
 *
 * @param value fraction (0.05 = 5%); for ρ a correlation
 * @param n     number of observations (growth rates, years or residual pairs, as {@code basis} says)
 * @param years the years the estimate used
 * @param basis what was counted in {@code n} and how the SE is formed, for the fragment's comment
 */
public record Estimate(String name, double value, double se, int n, List<Integer> years, String basis) {
    public Estimate {
        years = List.copyOf(years);
    }
}
