package org.countysim.engine;

import org.countysim.model.Bands;
import org.countysim.model.CompiledModel;
import org.countysim.model.ChunkModel;

/**
 * The per-trial outcomes that comparisons and attribution work on, in the order of
 * {@link org.countysim.result.MetricIds}: for each band the count n_k and whether its target is met, whether
 * all are met, and the city total GDP at the horizon.
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

    /** Lane r's metrics. */
    public void extract(ChunkModel chunk, int r, double[] out) {
        int bands = model.bandCount();
        int years = model.years();
        java.util.Arrays.fill(counts, 0);
        double city = 0;
        for (int c = 0; c < model.unitCount(); c++) {
            double y = chunk.gdp(c, years, r);
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
