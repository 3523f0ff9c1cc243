package org.countysim.result;

import java.util.List;

/**
 * The §4 summary of a run: tier counts per band and counting mode, unit-year GDP distributions and the
 * city total. Every probability comes with its Monte Carlo standard error sqrt(p(1−p)/N), every mean
 * with sd/sqrt(N).
 */
public record Summary(long trials, List<Tiers> tiers, List<UnitYear> unitYears, List<CityYear> city,
                      long clamps) {

    /** The GDP quantile levels reported everywhere. */
    public static final double[] LEVELS = {0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95};

    /** Index of the median in {@link #LEVELS}. */
    public static final int MEDIAN = 3;

    public Tiers tiers(String counting) {
        return tiers.stream().filter(t -> t.counting().equals(counting)).findFirst().orElseThrow();
    }

    /** The results of one counting mode ("exclusive" or "cumulative"). */
    public record Tiers(String counting, List<Band> bands, Estimate allMet) {
    }

    /**
     * @param upperYi    exclusive upper bound of the band (NaN for the top band and for cumulative counting)
     * @param pCount     P(n = j) for j = 0..units
     * @param p5         count quantiles as integers (the count at that rank)
     */
    public record Band(String label, double thresholdYi, double upperYi, int target, Estimate meanCount,
                       int p5, int p50, int p95, Estimate met, double[] pCount) {
    }

    /** @param pBand P(ending in each exclusive band), the last entry being "below every threshold" */
    public record UnitYear(int unit, int year, Estimate mean, double[] quantiles, Estimate[] pReach,
                           double[] pBand, int modalBand) {
    }

    /** @param meanGrowth annual nominal growth of the mean city total since the base year (NaN in the base year) */
    public record CityYear(int year, Estimate mean, double[] quantiles, double meanGrowth) {
    }

    /** A Monte Carlo estimate with its standard error. */
    public record Estimate(double value, double se) {
        public static Estimate probability(long hits, long trials) {
            double p = (double) hits / trials;
            return new Estimate(p, Math.sqrt(p * (1 - p) / trials));
        }

        public static Estimate mean(double sum, double sumSquares, long trials) {
            double mean = sum / trials;
            double variance = trials > 1 ? Math.max(0, (sumSquares - trials * mean * mean) / (trials - 1)) : 0;
            return new Estimate(mean, Math.sqrt(variance / trials));
        }
    }
}
