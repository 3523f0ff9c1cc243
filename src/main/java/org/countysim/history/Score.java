package org.countysim.history;

/**
 * How one actual fares against the simulated distribution of its unit-year (see {@link Scores}).
 *
 * @param quantiles P5, P10, P25, P50, P75, P90, P95 of the simulated values
 * @param pit       the actual's percentile rank in the simulated distribution (points only; NaN for a band)
 * @param pBand     P(low ≤ X ≤ high) for a band (NaN for a point)
 * @param inside90  1 when the actual lies in [P5, P95], else 0; for a band, the share of the band inside
 * @param inside50  the same for [P25, P75]
 * @param crps      continuous ranked probability score (亿元; lower is better); for a band its mean over the band
 */
public record Score(
        Actual actual,
        double[] quantiles,
        double mean,
        double pit,
        double pBand,
        double inside90,
        double inside50,
        double crps) {
    public static final double[] LEVELS = {0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95};
}
