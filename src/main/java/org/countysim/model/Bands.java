package org.countysim.model;

/** Tier classification (model.md §4, §9a): reaching a threshold means Y ≥ threshold. */
public final class Bands {
    private Bands() {}

    /**
     * The exclusive band of a value: the index of the highest threshold it reaches, or
     * {@code thresholds.length} ("below the lowest") when it reaches none.
     *
     * @param thresholds descending
     */
    public static int exclusive(double value, double[] thresholds) {
        // The number of thresholds above the value, counted without branches (values fall randomly on either
        // side, which defeats branch prediction in the hot loop). NaN never reaches this: trials check it.
        int above = 0;
        for (double threshold : thresholds) {
            above += (int) (Double.doubleToRawLongBits(value - threshold) >>> 63);
        }
        return above;
    }
}
