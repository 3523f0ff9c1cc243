package org.countysim.report;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds an installed font family that can draw the Chinese labels. Families whose names say CJK are
 * preferred; any other family is accepted only if {@link Font#canDisplayUpTo} says it draws the sample.
 * Java's logical fonts are skipped: they may claim coverage they render as boxes.
 */
public final class ChartFonts {
    /** Every character the charts may draw in Chinese. */
    static final String SAMPLE = "济宁市邹城任兖州区微山县曲阜嘉祥金乡梁汶上鱼台泗水亿元目标概率年份国内生产总值";

    private static final Set<String> LOGICAL = Set.of("dialog", "dialoginput", "sansserif", "serif", "monospaced");
    private static final List<String> PREFERRED = List.of(
            "wenquanyi",
            "noto sans cjk",
            "noto sans sc",
            "source han sans",
            "droid sans fallback",
            "ar pl",
            "microsoft yahei",
            "simhei",
            "pingfang");

    private ChartFonts() {}

    /** A family that draws {@link #SAMPLE} and any extra text given, or empty if none is installed. */
    public static Optional<String> cjkFamily(String extra) {
        String sample = SAMPLE + extra;
        String[] families = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT);
        Optional<String> preferred = java.util.Arrays.stream(families)
                .filter(f -> PREFERRED.stream()
                        .anyMatch(p -> f.toLowerCase(Locale.ROOT).contains(p)))
                .filter(f -> draws(f, sample))
                .sorted()
                .findFirst();
        if (preferred.isPresent()) {
            return preferred;
        }
        return java.util.Arrays.stream(families)
                .filter(f -> !LOGICAL.contains(f.toLowerCase(Locale.ROOT)))
                .filter(f -> draws(f, sample))
                .sorted()
                .findFirst();
    }

    private static boolean draws(String family, String sample) {
        return new Font(family, Font.PLAIN, 12).canDisplayUpTo(sample) == -1;
    }
}
