package org.countysim.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.countysim.model.CompiledModel;
import org.countysim.model.DrawSlot;
import org.countysim.result.PairedTally;
import org.countysim.result.Tally;
import org.countysim.result.WeightedPairs;
import org.countysim.result.WeightedTally;

/**
 * What running a {@link WorkPlan} needs besides the plan, derived from its variants where the blocks run (it is not
 * serialised with the plan): what each variant draws, which columns it shares, the shapes of tallies and block sums.
 * Immutable and shared by the threads that run the plan's blocks.
 */
final class PlanLayout {
    final WorkPlan plan;
    final List<CompiledModel> variants;
    final int metrics;
    /** Per variant, what it draws, element by element: only what no earlier variant draws identically. */
    final StreamPlan[] plans;
    /** Per variant and buffer position: {variant, position} of an earlier variant's identical column, or null. */
    final int[][][] sharedFrom;
    /** The paired sums' weighted layout when some variant conditions on evidence (model.md §11), else null. */
    final WeightedPairs pairedLayout;
    /** Per contrast, the variants with a non-zero coefficient, in variant order. */
    final int[][] nonZero;
    /** An empty tally per tallied variant (null for the others), and paired sums: the shapes of a block's sums. */
    private final Tally[] shapes;

    private final PairedTally pairedShape;

    PlanLayout(WorkPlan plan) {
        this.plan = plan;
        this.variants = plan.variants();
        this.metrics = TrialMetrics.size(variants.get(0).bandCount());
        this.plans = new StreamPlan[variants.size()];
        this.sharedFrom = new int[variants.size()][][];
        planDraws();
        this.pairedLayout = variants.stream().anyMatch(CompiledModel::weighted)
                ? new WeightedPairs(plan.contrasts(), variants.size(), metrics)
                : null;
        this.nonZero = nonZero(plan.contrasts().coefficients());
        this.shapes = newTallies(false);
        this.pairedShape = newPaired();
    }

    /**
     * Variants side by side (sweep points, attribution subsets, compared scenarios) mostly draw the same
     * quantities: an element with the same stream key and distribution draws the same values in every variant
     * (common random numbers). Only the first variant that has it draws it; later ones read its column.
     */
    private void planDraws() {
        Map<List<Object>, int[]> first = new HashMap<>();
        for (int v = 0; v < variants.size(); v++) {
            CompiledModel m = variants.get(v);
            sharedFrom[v] = new int[m.template().length][];
            List<StreamPlan.Element> own = new ArrayList<>();
            for (StreamPlan.Element e : StreamPlan.elements(
                    m.slots().stream().filter(DrawSlot::isRandom).toList())) {
                int[] source = first.putIfAbsent(List.of(e.key(), e.distribution()), new int[] {v, e.offset()});
                if (source == null) {
                    own.add(e);
                } else {
                    sharedFrom[v][e.offset()] = source;
                }
            }
            plans[v] = new StreamPlan(own);
        }
    }

    private static int[][] nonZero(double[][] coefficients) {
        int[][] out = new int[coefficients.length][];
        for (int c = 0; c < out.length; c++) {
            double[] row = coefficients[c];
            out[c] = IntStream.range(0, row.length).filter(v -> row[v] != 0).toArray();
        }
        return out;
    }

    /**
     * A tally of variant v, or null when it is not tallied. A run's total holds the weighted statistics too; the
     * counts of a thread or a piece do not (weighted statistics are double sums: they travel in {@link BlockSums}).
     */
    Tally newTally(int v, boolean total) {
        if (!plan.tallied(v)) {
            return null;
        }
        CompiledModel m = variants.get(v);
        return new Tally(
                m.unitCount(),
                m.years(),
                m.bandCount(),
                plan.keepSamples(),
                m.evidence().size(),
                total && m.weighted());
    }

    Tally[] newTallies(boolean total) {
        Tally[] out = new Tally[variants.size()];
        for (int v = 0; v < out.length; v++) {
            out[v] = newTally(v, total);
        }
        return out;
    }

    /** Paired sums, weighted (each variant by its own likelihood) when any variant conditions on evidence. */
    PairedTally newPaired() {
        return new PairedTally(plan.contrasts().size(), metrics, pairedLayout);
    }

    /** Empty sums for block b, reusing {@code weighted} (cleared by an earlier merge) when it is not null. */
    BlockSums newBlock(long b, WeightedTally[] weighted) {
        int n = variants.size();
        double[][] sums = new double[2 * n + 2][];
        for (int v = 0; v < n; v++) {
            if (shapes[v] != null) {
                sums[2 * v] = new double[shapes[v].variables()];
                sums[2 * v + 1] = new double[shapes[v].variables()];
            }
        }
        sums[2 * n] = new double[pairedShape.size()];
        sums[2 * n + 1] = new double[pairedShape.squaresSize()];
        if (weighted == null) {
            weighted = new WeightedTally[n];
            for (int v = 0; v < n; v++) {
                if (shapes[v] != null && variants.get(v).weighted()) {
                    weighted[v] = shapes[v].newWeighted();
                }
            }
        }
        return new BlockSums(b, plan.trialsIn(b), sums, weighted);
    }
}
