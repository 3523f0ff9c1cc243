package org.countysim.engine;

import java.util.ArrayList;
import java.util.List;
import org.countysim.model.BandLabels;
import org.countysim.model.Bands;
import org.countysim.model.CompiledModel;
import org.countysim.model.TrialModel;

/**
 * The per-trial outcomes that comparisons and attribution work on: for each band the count n_k and
 * whether its target is met, whether all are met, and the city total GDP at the horizon.
 */
public final class TrialMetrics {
    private final CompiledModel model;
    private final boolean cumulative;
    private final int[] counts;

    public TrialMetrics(CompiledModel model, boolean cumulative) {
        this.model = model;
        this.cumulative = cumulative;
        this.counts = new int[model.bandCount() + 1];
    }

    public static int size(int bands) {
        return 2 * bands + 2;
    }

    /**
     * Metric ids in the order {@link #extract} writes them: {@code mean_count_<threshold>},
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

    public void extract(TrialModel trial, double[] out) {
        int bands = model.bandCount();
        int years = model.years();
        java.util.Arrays.fill(counts, 0);
        double city = 0;
        for (int c = 0; c < model.unitCount(); c++) {
            double y = trial.gdp(c, years);
            counts[Bands.exclusive(y, model.thresholds())]++;
            city += y;
        }
        boolean all = true;
        int running = 0;
        for (int k = 0; k < bands; k++) {
            running += counts[k];
            int n = cumulative ? running : counts[k];
            boolean met = n >= model.targets()[k];
            out[k] = n;
            out[bands + k] = met ? 1 : 0;
            all &= met;
        }
        out[2 * bands] = all ? 1 : 0;
        out[2 * bands + 1] = city;
    }
}
