package org.countysim.engine;

import org.countysim.model.ChunkModel;
import org.countysim.model.CompiledModel;

/**
 * One worker's current chunk of trials, read only, for a {@link TrialObserver}: each variant's draw buffer
 * (trial r of buffer position p), its GDP at the horizon, its per-trial metrics ({@link TrialMetrics}) and, for a
 * variant conditioned on evidence (model.md §11), each trial's likelihood weight. Valid only during
 * {@link TrialObserver#observe}.
 */
public final class TrialView {
    private final double[][][] columns;
    private final ChunkModel[] models;
    private final TrialMetrics[] extractors;
    private final int years;
    /** Per variant with evidence, per lane: the weight and the log-likelihood; null for a variant without. */
    private final double[][] weights;

    private final double[][] logWeights;

    TrialView(
            double[][][] columns,
            ChunkModel[] models,
            TrialMetrics[] extractors,
            CompiledModel first,
            double[][] weights,
            double[][] logWeights) {
        this.columns = columns;
        this.models = models;
        this.extractors = extractors;
        this.years = first.years();
        this.weights = weights;
        this.logWeights = logWeights;
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

    /** Whether variant v is conditioned on evidence: its trials carry likelihood weights. */
    public boolean weighted(int v) {
        return weights[v] != null;
    }

    /**
     * Lane r's likelihood weight in variant v, exp(Σ log L) as the engine tallies it (0 below e^−320, at most 1 for
     * a perfect match; model.md §11); 1 for a variant without evidence.
     */
    public double weight(int v, int r) {
        return weights[v] == null ? 1 : weights[v][r];
    }

    /** Lane r's log-likelihood Σ log L in variant v (not cut at −320); 0 for a variant without evidence. */
    public double logWeight(int v, int r) {
        return logWeights[v] == null ? 0 : logWeights[v][r];
    }
}
