package org.countysim.engine;

import org.countysim.model.ChunkModel;
import org.countysim.model.CompiledModel;
import org.countysim.model.Counting;
import org.countysim.model.Targets;
import org.countysim.result.QuantileSketch;
import org.countysim.result.Tally;
import org.countysim.result.WeightedTally;

/** Records a chunk of trials' GDP paths into a tally (counts, sketches) and a block's sums. */
final class TrialRecorder {
    private final int units;
    private final int years;
    private final double[] thresholds;
    private final Targets targets;
    /** Per threshold, per lane: how many units are below it at the horizon. */
    private final int[][] unitsBelow;
    /** Per year, the chunk's city totals (a column of lanes each). */
    private final double[][] city;
    /** Per threshold, how many of a column's values lie below it. */
    private final long[] below;

    private final long[] bandCounts;
    private final org.countysim.model.Evidence evidence;
    /** Whether weighted band weights must be counted lane by lane (a threshold that is not a sketch bucket's edge). */
    private final boolean weightedBands;
    /**
     * Whether each unit-year's band counts are read from its sketch at the end instead of counted chunk by chunk:
     * when every threshold is a bucket's edge (then the bucket says on which side of it a value lies). With evidence
     * the weighted sketches count them (the prior keeps sketches for the base year only).
     */
    private final boolean bandsInSketches;

    TrialRecorder(CompiledModel model, int lanes) {
        this.evidence = model.evidence();
        boolean edges = org.countysim.result.WeightedSummarizer.bandsFromSketches(model.thresholds());
        this.weightedBands = !edges;
        this.bandsInSketches = edges;
        this.units = model.unitCount();
        this.years = model.years();
        this.thresholds = model.thresholds();
        this.targets = model.targets();
        this.unitsBelow = new int[thresholds.length][lanes];
        this.city = new double[years + 1][lanes];
        this.below = new long[thresholds.length];
        this.bandCounts = new long[thresholds.length + 1];
    }

    /**
     * A chunk's unweighted statistics. In a run conditioned on evidence these are the prior's, and its GDP sketches
     * are kept for the base year only (baselines.png compares them with the conditioned ones): the prior's later
     * quantiles are not reported, and a second sketch per unit-year would cost as much as the weighted one
     * (model.md §11; docs/benchmarks.md). Without evidence nothing changes.
     */
    void record(ChunkModel chunk, int rows, Tally tally, double[] sum, double[] squares) {
        tally.addTrials(rows);
        if (bandsInSketches) {
            tally.readUnitBandsFromSketches(thresholds);
        }
        for (int t = 0; t <= years; t++) {
            java.util.Arrays.fill(city[t], 0, rows, 0);
        }
        // unit by unit, each through its years: a unit's variables lie side by side (fewer cold cache lines with
        // thousands of units); each city total still adds the units in order
        for (int c = 0; c < units; c++) {
            for (int t = 0; t <= years; t++) {
                double[] column = chunk.gdpColumn(c, t);
                record(tally, tally.variable(c, t), t, column, rows, sum, squares);
                double[] total = city[t];
                for (int r = 0; r < rows; r++) {
                    total[r] += column[r];
                }
                if (!bandsInSketches) {
                    countBands(column, rows);
                    tally.addUnitBands(c, t, bandCounts);
                }
            }
        }
        for (int t = 0; t <= years; t++) {
            record(tally, tally.variable(units, t), t, city[t], rows, sum, squares);
        }
        countTiers(chunk, rows, tally);
    }

    /**
     * A variable of year index t: its sketch and sums; with evidence, its sketch in the base year only, and its sums
     * are added by {@link #recordWeighted}, in the pass that adds the weighted statistics.
     */
    private void record(Tally tally, int variable, int t, double[] values, int rows, double[] sum, double[] squares) {
        if (evidence.isEmpty()) {
            addColumn(tally, variable, values, rows, sum, squares);
        } else if (t == 0) {
            addToSketch(tally, variable, values, rows);
        }
    }

    /**
     * The same chunk weighted by the evidence (model.md §11), after {@link #record} (whose city totals and counts
     * below each threshold it reuses): every statistic with each trial counted by its weight, into the block's
     * weighted part; and each observation's simulated sum, unweighted (the prior) and weighted.
     */
    void recordWeighted(
            ChunkModel chunk,
            int rows,
            WeightedTally block,
            double[] w,
            double[] logW,
            double[][] observed,
            Tally tally,
            double[] sum,
            double[] squares) {
        block.addWeights(logW, w, rows);
        for (int t = 0; t <= years; t++) {
            for (int c = 0; c < units; c++) {
                double[] column = chunk.gdpColumn(c, t);
                int variable = tally.variable(c, t);
                block.addColumn(variable, column, w, rows, sum, squares);
                if (weightedBands) {
                    block.addUnitBands(variable, column, w, rows, thresholds);
                }
            }
            block.addColumn(tally.variable(units, t), city[t], w, rows, sum, squares);
        }
        for (int o = 0; o < observed.length; o++) {
            int variable = tally.observation(o);
            addToSketch(tally, variable, observed[o], rows);
            block.addColumn(variable, observed[o], w, rows, sum, squares);
            block.addObserved(
                    o, observed[o], rows, evidence.observations().get(o).value());
        }
        for (int r = 0; r < rows; r++) {
            int unmet = 0;
            int inexact = 0;
            int higher = 0;
            for (int k = 0; k < thresholds.length; k++) {
                int reaching = units - unitsBelow[k][r];
                int inBand = reaching - higher;
                block.addCount(Counting.EXCLUSIVE, k, inBand, w[r], r);
                block.addCount(Counting.CUMULATIVE, k, reaching, w[r], r);
                unmet |= targets.unmet(k, reaching);
                inexact |= targets.inexact(k, inBand);
                higher = reaching;
            }
            block.addTrialOutcome(1 - unmet, 1 - inexact, w[r], r);
        }
    }

    /**
     * A variable's values of this chunk into its sketch, its sum and its sum of squares. The sums add the
     * values in trial order, as a trial-by-trial run would, so the bytes do not depend on the chunk size; the
     * chain of additions costs nothing beside the sketch's scattered increments. A buffered sketch (many
     * variables) takes the column at once and the sums follow.
     */
    private static void addColumn(
            Tally tally, int variable, double[] values, int rows, double[] sum, double[] squares) {
        QuantileSketch sketch = tally.sketch(variable);
        if (sketch.isBuffered()) {
            sketch.addAll(values, rows);
            addSums(variable, values, rows, sum, squares);
        } else {
            double s = sum[variable];
            double q = squares[variable];
            for (int r = 0; r < rows; r++) {
                double y = values[r];
                sketch.add(y);
                s += y;
                q += y * y;
            }
            sum[variable] = s;
            squares[variable] = q;
        }
        tally.addSamples(variable, values, rows);
    }

    /** A variable's sum and sum of squares only, trials in order (as {@link #addColumn} adds them). */
    private static void addSums(int variable, double[] values, int rows, double[] sum, double[] squares) {
        double s = sum[variable];
        double q = squares[variable];
        for (int r = 0; r < rows; r++) {
            double y = values[r];
            s += y;
            q += y * y;
        }
        sum[variable] = s;
        squares[variable] = q;
    }

    /** A variable's values of this chunk into its sketch only (with evidence, the sums come with the weighted ones). */
    private static void addToSketch(Tally tally, int variable, double[] values, int rows) {
        QuantileSketch sketch = tally.sketch(variable);
        if (sketch.isBuffered()) {
            sketch.addAll(values, rows);
        } else {
            for (int r = 0; r < rows; r++) {
                sketch.add(values[r]);
            }
        }
        tally.addSamples(variable, values, rows);
    }

    /**
     * How many of a column's values fall in each exclusive band, from the number below each threshold
     * (counted without branches): thresholds descend, so band k holds those below threshold k−1 but not k.
     */
    private void countBands(double[] values, int rows) {
        for (int k = 0; k < thresholds.length; k++) {
            double threshold = thresholds[k];
            long n = 0;
            for (int r = 0; r < rows; r++) {
                n += Double.doubleToRawLongBits(values[r] - threshold) >>> 63;
            }
            below[k] = n;
        }
        long above = rows;
        for (int k = 0; k < thresholds.length; k++) {
            bandCounts[k] = above - below[k];
            above = below[k];
        }
        bandCounts[thresholds.length] = above;
    }

    /**
     * Per trial at the horizon, n_k (units in the band) and N_k (units at or above the threshold) of each band,
     * from the number of units below each threshold, counted lane by lane: N_k = units − below_k and
     * n_k = N_k − N_{k−1}, the counts {@link org.countysim.model.TierOutcome#count} gives one trial at a time.
     * Met compares N_k with the cumulative target, exact n_k with the band target ({@link Targets}).
     */
    private void countTiers(ChunkModel chunk, int rows, Tally tally) {
        for (int k = 0; k < thresholds.length; k++) {
            java.util.Arrays.fill(unitsBelow[k], 0, rows, 0);
        }
        for (int c = 0; c < units; c++) {
            double[] gdp = chunk.gdpColumn(c, years);
            for (int k = 0; k < thresholds.length; k++) {
                int[] below = unitsBelow[k];
                double threshold = thresholds[k];
                for (int r = 0; r < rows; r++) {
                    below[r] += (int) (Double.doubleToRawLongBits(gdp[r] - threshold) >>> 63);
                }
            }
        }
        for (int r = 0; r < rows; r++) {
            int unmet = 0;
            int inexact = 0;
            int higher = 0;
            for (int k = 0; k < thresholds.length; k++) {
                int reaching = units - unitsBelow[k][r];
                int inBand = reaching - higher;
                tally.addCount(Counting.EXCLUSIVE, k, inBand);
                tally.addCount(Counting.CUMULATIVE, k, reaching);
                unmet |= targets.unmet(k, reaching);
                inexact |= targets.inexact(k, inBand);
                higher = reaching;
            }
            tally.addTrialOutcome(1 - unmet, 1 - inexact);
        }
    }
}
