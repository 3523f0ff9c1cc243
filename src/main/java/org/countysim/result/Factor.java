package org.countysim.result;

import java.util.List;
import java.util.Locale;

/**
 * An input a sensitivity analysis ranks (model.md §8): a trial-scope uncertain parameter (all its values, one per
 * unit or expanded project, as one factor), a banded baseline, or the group of year and unit shocks.
 *
 * @param id           the factor's name on the command line and in every CSV: its stream key
 *                     ({@code trend.real_growth}, {@code baseline:370811}, {@code interventions[sanbai].output}),
 *                     or {@code shocks}
 * @param labelZh      a readable name with its unit, in Chinese
 * @param labelEn      the same in English (charts without a CJK font)
 * @param scale        how its values read: percent, 亿元, a year, a plain number
 * @param keys         the stream keys of the draw slots it stands for
 * @param elements     how many values it draws a trial (22 for a field of 22 expanded projects)
 * @param distribution its distribution in words, for --list-factors
 */
public record Factor(
        String id,
        Kind kind,
        String labelZh,
        String labelEn,
        Scale scale,
        List<String> keys,
        int elements,
        String distribution) {
    public Factor {
        keys = List.copyOf(keys);
    }

    /** What kind of input it is. */
    public enum Kind {
        PARAMETER,
        BASELINE,
        SHOCKS,
        OTHERS,
        /** Several factors taken together, for their joint (closed) index: not a factor of its own. */
        COMBINED;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** How a factor's values are written. */
    public enum Scale {
        PERCENT,
        YI,
        YEAR,
        PLAIN;

        /** "5.6%", "870亿", "2026", "0.12". */
        public String format(double x) {
            return switch (this) {
                case PERCENT -> trim(String.format(Locale.ROOT, Math.abs(x) < 0.01 ? "%.2f" : "%.1f", 100 * x)) + "%";
                case YI ->
                    (Math.abs(x) >= 100
                                    ? String.format(Locale.ROOT, "%.0f", x)
                                    : trim(String.format(Locale.ROOT, "%.3g", x)))
                            + "亿";
                case YEAR -> String.format(Locale.ROOT, "%.0f", x);
                case PLAIN -> trim(String.format(Locale.ROOT, "%.3g", x));
            };
        }

        private static String trim(String s) {
            return s.contains(".") && !s.contains("e") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        }
    }

    /** Whether this is the shocks group or the other factors pooled: no single value, no P10 of its own. */
    public boolean isGroup() {
        return kind == Kind.SHOCKS || kind == Kind.OTHERS || kind == Kind.COMBINED;
    }
}
