package org.countysim.model;

/** Tier classification (model.md §4, §9a): reaching a threshold means Y ≥ threshold. */
public final class Bands {
    private Bands() {
    }

    /**
     * The exclusive band of a value: the index of the highest threshold it reaches, or
     * {@code thresholds.length} ("below the lowest") when it reaches none.
     *
     * @param thresholds descending
     */
    public static int exclusive(double value, double[] thresholds) {
        for (int k = 0; k < thresholds.length; k++) {
            if (value >= thresholds[k]) {
                return k;
            }
        }
        return thresholds.length;
    }
}
