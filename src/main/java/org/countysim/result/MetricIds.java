package org.countysim.result;

import java.util.ArrayList;
import java.util.List;
import org.countysim.model.BandLabels;
import org.countysim.model.Targets;

/**
 * The per-trial metrics that comparisons, sweeps, solve and attribution report, by id (model.md §4):
 * {@code mean_count_<t>} units in the band of threshold t; {@code mean_reaching_<t>} units at or above t;
 * {@code p_met_<t>} P(at least T units at or above t, T the cumulative target); {@code p_exact_<t>} P(exactly
 * the band target in the band); {@code p_all_met}, {@code p_exact_all}; {@code city_gdp}.
 */
public final class MetricIds {
    private static final String[] PER_BAND = {"mean_count_", "mean_reaching_", "p_met_", "p_exact_"};

    private MetricIds() {}

    /** Metric ids in the order the engine writes them (see {@link org.countysim.engine.TrialMetrics}). */
    public static List<String> ids(double[] thresholds) {
        List<String> ids = new ArrayList<>();
        for (String prefix : PER_BAND) {
            for (double t : thresholds) {
                ids.add(prefix + BandLabels.yi(t));
            }
        }
        ids.add("p_all_met");
        ids.add("p_exact_all");
        ids.add("city_gdp");
        return ids;
    }

    /** The band a per-band metric is about, or −1 for the others. */
    public static int band(String id, double[] thresholds) {
        for (String prefix : PER_BAND) {
            if (id.startsWith(prefix)) {
                String threshold = id.substring(prefix.length());
                for (int k = 0; k < thresholds.length; k++) {
                    if (BandLabels.yi(thresholds[k]).equals(threshold)) {
                        return k;
                    }
                }
            }
        }
        return -1;
    }

    /**
     * A label in words: "P(at least 5 units ≥500亿)", "P(exactly 2 units in 500–1000亿)", "units ≥500亿",
     * "units in 500–1000亿", "P(all targets met)", "P(exact structure 3/2/4/2)", "city GDP (亿元)".
     */
    public static String label(String id, double[] thresholds, Targets targets) {
        switch (id) {
            case "p_all_met":
                return "P(all targets met)";
            case "p_exact_all":
                return "P(exact structure " + targets.structure() + ")";
            case "city_gdp":
                return "city GDP (亿元)";
            default:
                break;
        }
        int k = band(id, thresholds);
        if (k < 0) {
            return id;
        }
        String reaching = BandLabels.cumulative(thresholds, k);
        String inBand = BandLabels.exclusive(thresholds, k);
        if (id.startsWith("p_met_")) {
            return "P(" + BandLabels.atLeast(targets.cumulative(k), thresholds, k) + ")";
        }
        if (id.startsWith("p_exact_")) {
            return "P(" + BandLabels.exactly(targets.band(k), thresholds, k) + ")";
        }
        return id.startsWith("mean_reaching_") ? "units " + reaching : "units in " + inBand;
    }
}
