package org.countysim.model;

import java.math.BigDecimal;

/** Human labels for bands: exclusive {@code 500–1000亿}, cumulative {@code ≥500亿}, and the rest {@code <250亿}. */
public final class BandLabels {
    private BandLabels() {
    }

    /** @param thresholds descending; k = thresholds.length labels the units below every threshold */
    public static String exclusive(double[] thresholds, int k) {
        if (k == thresholds.length) {
            return "<" + yi(thresholds[k - 1]) + "亿";
        }
        if (k == 0) {
            return "≥" + yi(thresholds[0]) + "亿";
        }
        return yi(thresholds[k]) + "–" + yi(thresholds[k - 1]) + "亿";
    }

    public static String cumulative(double[] thresholds, int k) {
        return "≥" + yi(thresholds[k]) + "亿";
    }

    /** ASCII form for charts drawn without a CJK font. */
    public static String ascii(String label) {
        return label.replace("亿", " yi").replace("≥", ">=").replace("–", "-");
    }

    public static String yi(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
