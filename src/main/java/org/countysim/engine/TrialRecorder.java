package org.countysim.engine;

import org.countysim.model.Bands;
import org.countysim.model.ChunkModel;
import org.countysim.model.CompiledModel;
import org.countysim.result.Tally;

/** Records a chunk of trials' GDP paths into a tally (counts, sketches) and a block's sums. */
final class TrialRecorder {
    private final int units;
    private final int years;
    private final double[] thresholds;
    private final int[] targets;
    private final int[] exclusive;
    /** Per year, the chunk's city totals (a column of lanes each). */
    private final double[][] city;
    /** Per threshold, how many of a column's values lie below it. */
    private final long[] below;
    private final long[] bandCounts;

    TrialRecorder(CompiledModel model, int lanes) {
        this.units = model.unitCount();
        this.years = model.years();
        this.thresholds = model.thresholds();
        this.targets = model.targets();
        this.exclusive = new int[thresholds.length + 1];
        this.city = new double[years + 1][lanes];
        this.below = new long[thresholds.length];
        this.bandCounts = new long[thresholds.length + 1];
    }

    void record(ChunkModel chunk, int rows, Tally tally, double[] sum, double[] squares) {
        tally.addTrials(rows);
        addSums(chunk, rows, tally, sum, squares);
        for (int t = 0; t <= years; t++) {
            for (int c = 0; c < units; c++) {
                double[] column = chunk.gdpColumn(c, t);
                tally.addValues(tally.variable(c, t), column, rows);
                countBands(column, rows);
                tally.addUnitBands(c, t, bandCounts);
            }
            tally.addValues(tally.variable(units, t), city[t], rows);
        }
        for (int r = 0; r < rows; r++) {
            countTiers(chunk, r, tally);
        }
    }

    /**
     * Sums and sums of squares, trial after trial (each variable's sum adds its values in trial order, as a
     * trial-by-trial run would, so the bytes do not depend on the chunk size), and the city totals.
     */
    private void addSums(ChunkModel chunk, int rows, Tally tally, double[] sum, double[] squares) {
        for (int r = 0; r < rows; r++) {
            for (int t = 0; t <= years; t++) {
                double total = 0;
                for (int c = 0; c < units; c++) {
                    double y = chunk.gdp(c, t, r);
                    int v = tally.variable(c, t);
                    sum[v] += y;
                    squares[v] += y * y;
                    total += y;
                }
                int v = tally.variable(units, t);
                sum[v] += total;
                squares[v] += total * total;
                city[t][r] = total;
            }
        }
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

    /** n_k per band at the horizon, exclusive and cumulative (a unit counts in every band whose threshold it reaches). */
    private void countTiers(ChunkModel chunk, int r, Tally tally) {
        java.util.Arrays.fill(exclusive, 0);
        for (int c = 0; c < units; c++) {
            exclusive[Bands.exclusive(chunk.gdp(c, years, r), thresholds)]++;
        }
        boolean allExclusive = true;
        boolean allCumulative = true;
        int cumulative = 0;
        for (int k = 0; k < thresholds.length; k++) {
            cumulative += exclusive[k];
            tally.addCount(Tally.EXCLUSIVE, k, exclusive[k]);
            tally.addCount(Tally.CUMULATIVE, k, cumulative);
            allExclusive &= exclusive[k] >= targets[k];
            allCumulative &= cumulative >= targets[k];
        }
        if (allExclusive) {
            tally.addAllMet(Tally.EXCLUSIVE);
        }
        if (allCumulative) {
            tally.addAllMet(Tally.CUMULATIVE);
        }
    }
}
