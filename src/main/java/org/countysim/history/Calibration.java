package org.countysim.history;

import java.util.List;

/**
 * What {@code calibrate} estimated from a history (model.md §9).
 *
 * @param series      "city", a unit code, or the panel's unit codes joined by ", "
 * @param panel       true for the one-factor decomposition over several units; false for one series
 * @param trend       μ, the trend real growth
 * @param commonSd    σ_common, or null when there are too few observations
 * @param unitSd      σ_c (panel only), or null
 * @param rho         ρ (panel only), or null
 * @param used        the growth observations used
 * @param skipped     the years without one, and why
 * @param notes       what a reader must know about the estimates (e.g. what was not estimated and why)
 */
public record Calibration(
        String file,
        String series,
        boolean panel,
        Estimate trend,
        Estimate commonSd,
        Estimate unitSd,
        Estimate rho,
        List<GrowthObservation> used,
        List<GrowthSeries.Skipped> skipped,
        List<String> notes) {
    public Calibration {
        used = List.copyOf(used);
        skipped = List.copyOf(skipped);
        notes = List.copyOf(notes);
    }
}
