package org.countysim.result;

import java.util.ArrayList;
import java.util.List;
import org.countysim.model.BandLabels;

/** The per-trial metrics that comparisons, sweeps and attribution report, by id. */
public final class MetricIds {
    private MetricIds() {
    }

    /**
     * Metric ids in the order the engine writes them: {@code mean_count_<threshold>},
     * {@code p_met_<threshold>}, {@code p_all_met}, {@code city_gdp}.
     */
    public static List<String> ids(double[] thresholds) {
        List<String> ids = new ArrayList<>();
        for (double t : thresholds) {
            ids.add("mean_count_" + BandLabels.yi(t));
        }
        for (double t : thresholds) {
            ids.add("p_met_" + BandLabels.yi(t));
        }
        ids.add("p_all_met");
        ids.add("city_gdp");
        return ids;
    }

    /** A human label for a metric id, e.g. "P(300–500亿 met)". */
    public static String label(String id, double[] thresholds, boolean cumulative) {
        if (id.equals("p_all_met")) {
            return "P(all targets met)";
        }
        if (id.equals("city_gdp")) {
            return "city GDP (亿元)";
        }
        String threshold = id.substring(id.lastIndexOf('_') + 1);
        for (int k = 0; k < thresholds.length; k++) {
            if (BandLabels.yi(thresholds[k]).equals(threshold)) {
                String band = cumulative ? BandLabels.cumulative(thresholds, k) : BandLabels.exclusive(thresholds, k);
                return id.startsWith("p_met") ? "P(" + band + " met)" : "units " + band;
            }
        }
        return id;
    }

}
