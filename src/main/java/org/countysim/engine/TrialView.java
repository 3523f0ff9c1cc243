package org.countysim.engine;

import org.countysim.model.ChunkModel;
import org.countysim.model.CompiledModel;

/**
 * One worker's current chunk of trials, read only, for a {@link TrialObserver}: each variant's draw buffer
 * (trial r of buffer position p), its GDP at the horizon and its per-trial metrics ({@link TrialMetrics}).
 * Valid only during {@link TrialObserver#observe}.
 */
public final class TrialView {
    private final double[][][] columns;
    private final ChunkModel[] models;
    private final TrialMetrics[] extractors;
    private final int years;

    TrialView(double[][][] columns, ChunkModel[] models, TrialMetrics[] extractors, CompiledModel first) {
        this.columns = columns;
        this.models = models;
        this.extractors = extractors;
        this.years = first.years();
    }

    public int variants() {
        return models.length;
    }

    /** Variant v's value at draw-buffer position p in lane r. */
    public double draw(int v, int position, int r) {
        return columns[v][position][r];
    }

    /** Unit c's GDP at the horizon in variant v, lane r (亿元). */
    public double horizonGdp(int v, int unit, int r) {
        return models[v].gdp(unit, years, r);
    }

    /** Variant v's metrics of lane r, in the order of {@link TrialMetrics} (size {@link TrialMetrics#size}). */
    public void metrics(int v, int r, double[] out) {
        extractors[v].extract(models[v], r, out);
    }
}
