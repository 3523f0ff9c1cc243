package org.countysim.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.countysim.history.Calibration;
import org.countysim.history.Estimate;
import org.countysim.history.GrowthSeries;

/**
 * The scenario fragment {@code calibrate} writes: {@code trend.real_growth} as a normal with the estimated μ and
 * its SE as sd, and {@code shocks} with σ_common (and σ_c, ρ from a panel); every value with a comment giving
 * the estimate, its SE, the years used and the file.
 */
public final class CalibrationFragment {
    /** First line of every fragment: {@link FragmentFile} replaces only files that start with it. */
    public static final String MARKER = "# countysim calibrate: a scenario fragment";

    private CalibrationFragment() {}

    /** @param warnings the history file's warnings, one comment line each */
    public static String text(Calibration c, String sha256, String version, List<String> warnings) {
        List<String> lines = new ArrayList<>();
        lines.add(MARKER + " (model.md §9). Copy the keys you accept into a scenario,");
        lines.add("# and say there why a value departs from them.");
        lines.add("# history: " + c.file() + " (sha256 " + sha256.substring(0, 12) + "…), countysim " + version);
        lines.add("# series: " + (c.panel() ? "units " + c.series() + " (one-factor decomposition)" : c.series()));
        for (String skipped : skipped(c.skipped())) {
            lines.add("# no growth rate: " + skipped);
        }
        for (String warning : warnings) {
            lines.add("# warning: " + warning);
        }
        for (String note : c.notes()) {
            lines.add("# note: " + note);
        }
        lines.add("trend:");
        lines.add("  # μ: " + describe(c.trend(), c.file(), true));
        lines.add("  # sd below = SE of μ: how uncertain the trend is; the yearly swing is shocks.common_sd.");
        lines.add(String.format(
                Locale.ROOT,
                "  real_growth: {dist: normal, mean: %.4f, sd: %.4f}",
                c.trend().value(),
                c.trend().se()));
        lines.add("shocks:");
        add(lines, "common_sd", c.commonSd(), c.file(), true, "%.4f");
        add(lines, "unit_sd", c.unitSd(), c.file(), true, "%.4f");
        if (c.rho() != null) {
            double rho = Math.max(-0.999, Math.min(0.999, c.rho().value()));
            lines.add("  # ρ: " + describe(c.rho(), c.file(), false)
                    + (rho != c.rho().value() ? "; clamped to the scenario's range [−0.999, 0.999]" : ""));
            lines.add(String.format(Locale.ROOT, "  rho: %.3f", rho));
        } else {
            lines.add("  # rho: not estimated (see the notes above)");
        }
        return String.join("\n", lines) + "\n";
    }

    private static void add(List<String> lines, String key, Estimate e, String file, boolean percent, String format) {
        if (e == null) {
            lines.add("  # " + key + ": not estimated (see the notes above)");
            return;
        }
        lines.add("  # " + e.name() + ": " + describe(e, file, percent));
        lines.add(String.format(Locale.ROOT, "  " + key + ": " + format, e.value()));
    }

    /** "7.11% (SE 1.18 points), 4 years: 2015, 2016, 2020, 2021; mean of …; data/x.csv". */
    public static String describe(Estimate e, String file, boolean percent) {
        String value = percent
                ? String.format(Locale.ROOT, "%.2f%% (SE %.2f points)", 100 * e.value(), 100 * e.se())
                : String.format(Locale.ROOT, "%.3f (SE %.3f)", e.value(), e.se());
        return value + ", n = " + e.n() + ", years " + years(e.years()) + "; " + e.basis() + "; " + file;
    }

    /** Consecutive years as ranges: "2015–2016, 2020–2021". */
    public static String years(List<Integer> years) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < years.size(); ) {
            int j = i;
            while (j + 1 < years.size() && years.get(j + 1) == years.get(j) + 1) {
                j++;
            }
            parts.add(j == i ? String.valueOf(years.get(i)) : years.get(i) + "–" + years.get(j));
            i = j + 1;
        }
        return String.join(", ", parts);
    }

    /** Skipped years grouped by unit and reason: "city 2017, 2018: no real growth given, …". */
    public static List<String> skipped(List<GrowthSeries.Skipped> skipped) {
        Map<String, List<Integer>> byReason = new LinkedHashMap<>();
        skipped.stream()
                .sorted(Comparator.comparing(GrowthSeries.Skipped::unit).thenComparingInt(GrowthSeries.Skipped::year))
                .forEach(s -> byReason.computeIfAbsent(s.unit() + "\u0000" + s.reason(), k -> new ArrayList<>())
                        .add(s.year()));
        return byReason.entrySet().stream()
                .map(e -> {
                    String[] parts = e.getKey().split("\u0000", 2);
                    return parts[0] + " "
                            + e.getValue().stream()
                                    .sorted()
                                    .map(String::valueOf)
                                    .collect(Collectors.joining(", ")) + ": " + parts[1];
                })
                .toList();
    }
}
