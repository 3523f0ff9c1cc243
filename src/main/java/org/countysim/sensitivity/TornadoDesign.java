package org.countysim.sensitivity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.countysim.model.CompiledModel;
import org.countysim.model.Metric;
import org.countysim.result.Conditioned;
import org.countysim.result.Contrasts;
import org.countysim.result.Factor;
import org.countysim.result.PairedTally;
import org.countysim.result.Summary;
import org.countysim.result.TornadoResult;

/**
 * One-at-a-time swings (the tornado of @RISK, model.md §8): variant 0 is the model with every factor random; variants
 * 2i + 1 and 2i + 2 fix factor i at its P10 and its P90 (each draw of a group at its own quantile) and keep every
 * other draw, so that trial by trial the arms differ only by the factor (common random numbers). Contrasts per
 * factor: the two levels, each one's difference from the base, and the swing P90 − P10, each a mean of per-trial
 * values with its paired standard error.
 */
public record TornadoDesign(
        List<Factor> factors,
        List<CompiledModel> variants,
        Contrasts contrasts,
        double low,
        double high,
        double[] lowValues,
        double[] highValues) {
    /** Contrast rows per factor after the base row. */
    private static final int ROWS = 5;

    public static TornadoDesign of(CompiledModel base, List<Factor> factors, double low, double high) {
        return of(base, factors, low, high, new double[factors.size()][], new double[factors.size()][]);
    }

    /**
     * With the levels of some factors given: {@code lowLevels[i]} (and {@code highLevels[i]}) holds one value per draw
     * of factor i (in the order of {@link ModelVariants#positions}), or is null for the quantiles of its
     * distribution. Given the evidence (model.md §11), the levels of a factor the evidence informs are its weighted
     * quantiles; each arm is then weighted by its own likelihood (the engine does so for every weighted variant), so
     * an arm estimates E[metric | evidence, factor = level].
     */
    public static TornadoDesign of(
            CompiledModel base,
            List<Factor> factors,
            double low,
            double high,
            double[][] lowLevels,
            double[][] highLevels) {
        List<CompiledModel> variants = new ArrayList<>();
        variants.add(base);
        double[] lows = new double[factors.size()];
        double[] highs = new double[factors.size()];
        for (int i = 0; i < factors.size(); i++) {
            Factor f = factors.get(i);
            if (lowLevels[i] == null) {
                variants.add(ModelVariants.fixedAt(base, f, low));
                variants.add(ModelVariants.fixedAt(base, f, high));
                lows[i] = ModelVariants.quantile(base, f, low);
                highs[i] = ModelVariants.quantile(base, f, high);
            } else {
                variants.add(ModelVariants.fixedAtValues(base, f, lowLevels[i]));
                variants.add(ModelVariants.fixedAtValues(base, f, highLevels[i]));
                lows[i] = common(lowLevels[i]);
                highs[i] = common(highLevels[i]);
            }
        }
        int v = variants.size();
        List<String> names = new ArrayList<>();
        double[][] rows = new double[1 + ROWS * factors.size()][v];
        names.add("base");
        rows[0][0] = 1;
        for (int i = 0; i < factors.size(); i++) {
            int lo = 1 + 2 * i;
            int hi = lo + 1;
            int r = 1 + ROWS * i;
            String id = factors.get(i).id();
            names.addAll(List.of("low:" + id, "high:" + id, "low-base:" + id, "high-base:" + id, "swing:" + id));
            rows[r][lo] = 1;
            rows[r + 1][hi] = 1;
            rows[r + 2][lo] = 1;
            rows[r + 2][0] = -1;
            rows[r + 3][hi] = 1;
            rows[r + 3][0] = -1;
            rows[r + 4][hi] = 1;
            rows[r + 4][lo] = -1;
        }
        return new TornadoDesign(factors, variants, new Contrasts(names, rows), low, high, lows, highs);
    }

    /** The value every draw shares, or NaN when they differ. */
    private static double common(double[] levels) {
        for (double v : levels) {
            if (v != levels[0]) {
                return Double.NaN;
            }
        }
        return levels[0];
    }

    /** The bars of one metric, sorted by |swing|, largest first. */
    public TornadoResult result(PairedTally paired, Metric chosen) {
        int metric = chosen.position();
        List<TornadoResult.Bar> bars = new ArrayList<>();
        for (int i = 0; i < factors.size(); i++) {
            int r = 1 + ROWS * i;
            bars.add(new TornadoResult.Bar(
                    factors.get(i),
                    lowValues[i],
                    highValues[i],
                    paired.estimate(r, metric),
                    paired.estimate(r + 1, metric),
                    paired.estimate(r + 2, metric),
                    paired.estimate(r + 3, metric),
                    paired.estimate(r + 4, metric),
                    paired.ess(1 + 2 * i),
                    paired.ess(2 + 2 * i)));
        }
        bars.sort(Comparator.comparingDouble(
                        (TornadoResult.Bar b) -> -Math.abs(b.swing().value()))
                .thenComparing(b -> b.factor().id()));
        Summary.Estimate base = paired.estimate(0, metric);
        Conditioned given = paired.weighted() == null ? null : new Conditioned(paired.trials(), paired.ess(0));
        return new TornadoResult(chosen, base, bars, paired.trials(), given);
    }
}
