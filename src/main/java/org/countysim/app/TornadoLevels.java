package org.countysim.app;

import org.countysim.engine.TrialObserver;
import org.countysim.engine.TrialView;
import org.countysim.sensitivity.Weighted;

/**
 * The tornado's levels given the evidence (model.md §8, §11): over a weighted run of the base model, each draw of the
 * factors the evidence informs, at its weighted P10 and P90 (the smallest value whose cumulative weight reaches
 * q·Σw). Keeps every trial's value of those draws and its weight, each written by the worker that runs it into its
 * own place, so the levels do not depend on threads.
 */
final class TornadoLevels implements TrialObserver {
    /** At most this many values are kept (32 MB): evidence on later years informs every draw. */
    static final long MAX_VALUES = 4_000_000;

    private final int trials;
    private final int[][] positions;
    /** [factor][draw][trial]. */
    private final double[][][] values;

    private final double[] w;
    private final double[] logW;

    /** @param positions per informed factor, its draws' positions in the base model's buffer */
    TornadoLevels(int trials, int[][] positions) {
        this.trials = trials;
        this.positions = positions;
        this.values = new double[positions.length][][];
        for (int f = 0; f < positions.length; f++) {
            values[f] = new double[positions[f].length][trials];
        }
        this.w = new double[trials];
        this.logW = new double[trials];
    }

    /** Trials for the levels: the tornado's, fewer when many draws are informed (at least 4,096). */
    static int trials(long tornadoTrials, int[][] positions) {
        long draws = 0;
        for (int[] p : positions) {
            draws += p.length;
        }
        return (int) Math.min(tornadoTrials, Math.max(4096, MAX_VALUES / Math.max(1, draws)));
    }

    @Override
    public void observe(long firstTrial, int rows, TrialView view) {
        for (int r = 0; r < rows; r++) {
            long trial = firstTrial + r;
            if (trial >= trials) {
                return;
            }
            int t = (int) trial;
            w[t] = view.weight(0, r);
            logW[t] = view.logWeight(0, r);
            for (int f = 0; f < positions.length; f++) {
                for (int k = 0; k < positions[f].length; k++) {
                    values[f][k][t] = view.draw(0, positions[f][k], r);
                }
            }
        }
    }

    /** Per informed factor, each draw's weighted quantiles: [0] at {@code low}, [1] at {@code high}. */
    double[][][] levels(double low, double high) {
        SensitivityEvidence.requirePossible(w, logW, trials, "tornado");
        double[][][] out = new double[2][positions.length][];
        for (int f = 0; f < positions.length; f++) {
            out[0][f] = new double[positions[f].length];
            out[1][f] = new double[positions[f].length];
            for (int k = 0; k < positions[f].length; k++) {
                double[] v = values[f][k];
                int[] order = Weighted.ascending(v);
                out[0][f][k] = Weighted.quantile(v, order, w, low);
                out[1][f][k] = Weighted.quantile(v, order, w, high);
            }
        }
        return out;
    }

    /** The run's effective sample size. */
    double ess() {
        return Weighted.ess(w);
    }
}
