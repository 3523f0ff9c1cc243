package org.countysim.app;

import java.util.List;
import org.countysim.engine.TrialObserver;
import org.countysim.engine.TrialView;
import org.countysim.model.MetricSet;
import org.countysim.model.TrialOutput;

/**
 * Keeps per-trial values of a run of {@code width} variants side by side (a Saltelli design, or one variant): each
 * output of every variant, {@code y[output][trial × width + variant]}, and, when asked, the factor values of
 * variant 0, {@code x[trial][factor]} (the mean of a factor's values when it has several). With evidence (model.md
 * §11) also each trial's likelihood weight in variant 0 ({@code w}) and in variant 1 ({@code wB}, a design's matrix
 * B). Memory: 8 × trials × (outputs × width + factors + 2) bytes. Each trial is written by the worker that runs it,
 * into its own place.
 */
final class TrialCollector implements TrialObserver {
    final int trials;
    final int width;
    private final List<TrialOutput> outputs;
    private final int units;
    private final int metrics;
    private final int[][] factorPositions;
    final double[][] y;
    final double[][] x;
    /** Variant 0's and variant 1's weights per trial, and variant 0's log-likelihood; null without evidence. */
    final double[] w;

    final double[] wB;
    final double[] logW;

    /** @param factorPositions per factor, its positions in variant 0's draw buffer; null: no factor values */
    TrialCollector(int trials, int width, List<TrialOutput> outputs, int units, int bands, int[][] factorPositions) {
        this(trials, width, outputs, units, bands, factorPositions, false);
    }

    /** @param weighted whether the variants carry evidence weights, kept per trial */
    TrialCollector(
            int trials,
            int width,
            List<TrialOutput> outputs,
            int units,
            int bands,
            int[][] factorPositions,
            boolean weighted) {
        this.trials = trials;
        this.width = width;
        this.outputs = List.copyOf(outputs);
        this.units = units;
        this.metrics = MetricSet.size(bands);
        this.factorPositions = factorPositions;
        this.y = new double[outputs.size()][trials * width];
        this.x = factorPositions == null ? null : new double[trials][];
        this.w = weighted ? new double[trials] : null;
        this.wB = weighted && width > 1 ? new double[trials] : null;
        this.logW = weighted ? new double[trials] : null;
    }

    @Override
    public void observe(long firstTrial, int rows, TrialView view) {
        double[] m = new double[metrics];
        double[] gdp = new double[units];
        boolean needGdp = outputs.stream().anyMatch(o -> o.unit() >= 0);
        for (int r = 0; r < rows; r++) {
            long trial = firstTrial + r;
            if (trial >= trials) {
                return;
            }
            int row = (int) trial * width;
            for (int v = 0; v < width; v++) {
                view.metrics(v, r, m);
                if (needGdp) {
                    for (int c = 0; c < units; c++) {
                        gdp[c] = view.horizonGdp(v, c, r);
                    }
                }
                for (int o = 0; o < y.length; o++) {
                    y[o][row + v] = outputs.get(o).value(m, gdp);
                }
            }
            if (x != null) {
                x[(int) trial] = factorValues(view, factorPositions, r);
            }
            if (w != null) {
                w[(int) trial] = view.weight(0, r);
                logW[(int) trial] = view.logWeight(0, r);
                if (wB != null) {
                    wB[(int) trial] = view.weight(1, r);
                }
            }
        }
    }

    /** Variant 0's outputs, one per trial (the base trials of a design: the run's). */
    double[] base(int output) {
        double[] out = new double[trials];
        for (int j = 0; j < trials; j++) {
            out[j] = y[output][j * width];
        }
        return out;
    }

    /** Factor f's value in each base trial. */
    double[] factor(int f) {
        double[] out = new double[trials];
        for (int j = 0; j < trials; j++) {
            out[j] = x[j][f];
        }
        return out;
    }

    /** Variant 0's weights as {@code run} tallies them: a conditioned run needs some, clear of underflow. */
    void requirePossible() {
        SensitivityEvidence.requirePossible(w, logW, trials, "the design's base trials");
    }

    /** Variant 0's value of each factor in lane r: its value, or the mean of its values. */
    static double[] factorValues(TrialView view, int[][] positions, int r) {
        double[] out = new double[positions.length];
        for (int f = 0; f < positions.length; f++) {
            double s = 0;
            for (int p : positions[f]) {
                s += view.draw(0, p, r);
            }
            out[f] = s / positions[f].length;
        }
        return out;
    }
}
