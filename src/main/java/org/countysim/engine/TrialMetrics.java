package org.countysim.engine;

import java.util.List;
import org.countysim.model.ChunkModel;
import org.countysim.model.CompiledModel;
import org.countysim.model.Metric;
import org.countysim.model.MetricSet;
import org.countysim.model.TierCounts;

/**
 * The per-trial outcomes that comparisons, sweeps, solve and attribution work on: the metrics of the model's
 * {@link MetricSet}, each at its position there, computed from the trial's tier counts (by
 * {@link org.countysim.model.TierOutcome#count}, the same function the tests check by hand and by property).
 */
public final class TrialMetrics {
    private final CompiledModel model;
    private final Metric[] metrics;
    private final TierCounts counts;
    private final double[] gdp;

    public TrialMetrics(CompiledModel model) {
        this.model = model;
        List<Metric> list = MetricSet.of(model).metrics();
        this.metrics = list.toArray(new Metric[0]);
        this.counts = new TierCounts(model.thresholds(), model.targets());
        this.gdp = new double[model.unitCount()];
    }

    /** The number of metrics of a model with this many bands. */
    public static int size(int bands) {
        return MetricSet.size(bands);
    }

    /** Lane r's metrics, each at its position in the model's {@link MetricSet}. */
    public void extract(ChunkModel chunk, int r, double[] out) {
        int years = model.years();
        for (int c = 0; c < gdp.length; c++) {
            gdp[c] = chunk.gdp(c, years, r);
        }
        counts.count(gdp, gdp.length);
        for (Metric m : metrics) {
            out[m.position()] = m.value(counts);
        }
    }
}
