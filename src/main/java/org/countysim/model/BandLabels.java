package org.countysim.model;

import java.math.BigDecimal;

/** Human labels for bands: exclusive {@code 500–1000亿}, cumulative {@code ≥500亿}, and the rest {@code <250亿}. */
public final class BandLabels {
    private BandLabels() {}

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
        return atOrAbove(thresholds[k]);
    }

    /** "≥500亿": the units at or above a threshold. */
    public static String atOrAbove(double threshold) {
        return "≥" + yi(threshold) + "亿";
    }

    /** The "at least" reading of a target in words: "at least 5 units ≥500亿" (1 unit, not 1 units). */
    public static String atLeast(int cumulativeTarget, double[] thresholds, int k) {
        return "at least " + units(cumulativeTarget) + " " + cumulative(thresholds, k);
    }

    /** The exact-structure reading: "exactly 2 units in 500–1000亿" (the top band: "exactly 3 units ≥1000亿"). */
    public static String exactly(int bandTarget, double[] thresholds, int k) {
        return "exactly " + units(bandTarget) + (k == 0 ? " " : " in ") + exclusive(thresholds, k);
    }

    /** The same readings in Chinese: "≥500亿 至少 5 个", "500–1000亿 恰好 2 个". */
    public static String atLeastZh(int cumulativeTarget, double[] thresholds, int k) {
        return cumulative(thresholds, k) + " 至少 " + cumulativeTarget + " 个";
    }

    public static String exactlyZh(int bandTarget, double[] thresholds, int k) {
        return exclusive(thresholds, k) + " 恰好 " + bandTarget + " 个";
    }

    /**
     * The "at least" targets read on the units sorted by GDP: "the 3rd largest unit ≥1000亿, the 5th ≥500亿, …"
     * (all met exactly when each holds). Targets of 0 units ask nothing and are left out.
     *
     * @param cumulativeTargets T_k per threshold, thresholds descending
     */
    public static String sortedReading(int[] cumulativeTargets, double[] thresholds) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < thresholds.length; k++) {
            if (cumulativeTargets[k] > 0) {
                String rank = cumulativeTargets[k] == 1 ? "" : ordinal(cumulativeTargets[k]) + " ";
                s.append(
                                s.length() == 0
                                        ? "the " + rank + "largest unit "
                                        : ", the " + (rank.isEmpty() ? "largest " : rank))
                        .append(cumulative(thresholds, k));
            }
        }
        return s.length() == 0 ? "no target asks for any unit" : s.toString();
    }

    /** The same in Chinese: "按 GDP 排序，第 3 位 ≥1000亿，第 5 位 ≥500亿，…". */
    public static String sortedReadingZh(int[] cumulativeTargets, double[] thresholds) {
        StringBuilder s = new StringBuilder("按 GDP 排序");
        for (int k = 0; k < thresholds.length; k++) {
            if (cumulativeTargets[k] > 0) {
                s.append("，第 ").append(cumulativeTargets[k]).append(" 位 ").append(cumulative(thresholds, k));
            }
        }
        return s.toString();
    }

    /** 1st, 2nd, 3rd, 4th, …, 11th, 12th, 13th, 21st. */
    static String ordinal(int n) {
        int tens = n % 100;
        String suffix = tens >= 11 && tens <= 13
                ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }

    private static String units(int n) {
        return n + (n == 1 ? " unit" : " units");
    }

    /** ASCII form for charts drawn without a CJK font. */
    public static String ascii(String label) {
        return label.replace("亿", " yi").replace("≥", ">=").replace("–", "-");
    }

    public static String yi(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
