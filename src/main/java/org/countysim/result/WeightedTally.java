package org.countysim.result;

import java.util.Arrays;
import org.countysim.model.Bands;
import org.countysim.model.Counting;

/**
 * The part of a {@link Tally} conditioned on evidence (model.md §11): the same statistics with each trial counted
 * by its likelihood weight w. Every entry is a double sum (Σw, Σw² and, per variable, Σwx, Σw²x, Σw²x²), so the
 * engine fills one per block and merges blocks in block order ({@link #merge}): the bytes do not depend on the
 * thread count or chunk size. Enough for self-normalised estimates and their delta-method standard errors
 * sqrt(Σ w²(x − x̄)²)/Σw, with the square expanded.
 */
public final class WeightedTally {
    final int units;
    final int years;
    final int bands;
    final int observations;
    double trials;
    double sumW;
    double sumW2;
    /** The highest log-likelihood of any trial: below {@code Evidence.IMPOSSIBLE_LOG_WEIGHT} the evidence is impossible. */
    double maxLogW = Double.NEGATIVE_INFINITY;
    /** [counting][band * (units+1) + count]: Σw and Σw² of the trials with that count. */
    final double[][] countW;
    final double[][] countW2;
    double allMetW;
    double allMetW2;
    double exactAllW;
    double exactAllW2;
    /** [(unit * (years+1) + t) * (bands+1) + exclusive band]. */
    final double[] unitBandW;
    final double[] unitBandW2;
    /** Per variable (the tally's numbering): Σwx, Σw²x, Σw²x². */
    final double[] sumWx;
    final double[] sumW2x;
    final double[] sumW2x2;
    final WeightedSketch[] sketches;
    /** Per observation, unweighted: trials whose simulated sum lies below the observed value, and the sums' range. */
    final double[] below;
    final double[] lowest;
    final double[] highest;

    public WeightedTally(int units, int years, int bands, int observations) {
        this.units = units;
        this.years = years;
        this.bands = bands;
        this.observations = observations;
        int variables = (units + 1) * (years + 1) + observations;
        countW = new double[Counting.values().length][bands * (units + 1)];
        countW2 = new double[Counting.values().length][bands * (units + 1)];
        unitBandW = new double[units * (years + 1) * (bands + 1)];
        unitBandW2 = new double[unitBandW.length];
        sumWx = new double[variables];
        sumW2x = new double[variables];
        sumW2x2 = new double[variables];
        sketches = new WeightedSketch[variables];
        for (int i = 0; i < variables; i++) {
            sketches[i] = new WeightedSketch();
        }
        below = new double[observations];
        lowest = new double[observations];
        highest = new double[observations];
        Arrays.fill(lowest, Double.POSITIVE_INFINITY);
        Arrays.fill(highest, Double.NEGATIVE_INFINITY);
    }

    /** A chunk's weights, w = exp(logW). */
    public void addWeights(double[] logW, double[] w, int rows) {
        double s = sumW;
        double s2 = sumW2;
        double max = maxLogW;
        for (int r = 0; r < rows; r++) {
            s += w[r];
            s2 += w[r] * w[r];
            max = Math.max(max, logW[r]);
        }
        sumW = s;
        sumW2 = s2;
        maxLogW = max;
        trials += rows;
    }

    /** A variable's column of values: its weighted sums and sketch, trials in order. */
    public void addColumn(int variable, double[] values, double[] w, int rows) {
        WeightedSketch sketch = sketches[variable];
        double s1 = sumWx[variable];
        double s2 = sumW2x[variable];
        double s3 = sumW2x2[variable];
        for (int r = 0; r < rows; r++) {
            double y = values[r];
            double wy = w[r] * y;
            s1 += wy;
            s2 += w[r] * wy;
            s3 += wy * wy;
            sketch.add(y, w[r]);
        }
        sumWx[variable] = s1;
        sumW2x[variable] = s2;
        sumW2x2[variable] = s3;
    }

    /** A unit-year column's exclusive bands, each trial's weight into its band. */
    public void addUnitBands(int variable, double[] values, double[] w, int rows, double[] thresholds) {
        int from = variable * (bands + 1);
        for (int r = 0; r < rows; r++) {
            int k = from + Bands.exclusive(values[r], thresholds);
            unitBandW[k] += w[r];
            unitBandW2[k] += w[r] * w[r];
        }
    }

    /** One trial's count of units in a band (exclusive) or at or above its threshold (cumulative). */
    public void addCount(Counting counting, int band, int count, double w) {
        int i = band * (units + 1) + count;
        countW[counting.ordinal()][i] += w;
        countW2[counting.ordinal()][i] += w * w;
    }

    public void addTrialOutcome(boolean allMet, boolean exactAll, double w) {
        double m = allMet ? w : 0;
        double e = exactAll ? w : 0;
        allMetW += m;
        allMetW2 += m * w;
        exactAllW += e;
        exactAllW2 += e * w;
    }

    /** Observation o's simulated sums (unweighted: where the observed value lies among them). */
    public void addObserved(int o, double[] sums, int rows, double value) {
        double n = 0;
        double lo = lowest[o];
        double hi = highest[o];
        for (int r = 0; r < rows; r++) {
            n += sums[r] < value ? 1 : 0;
            lo = Math.min(lo, sums[r]);
            hi = Math.max(hi, sums[r]);
        }
        below[o] += n;
        lowest[o] = lo;
        highest[o] = hi;
    }

    /** Adds a block (the caller merges blocks in block order). */
    public void merge(WeightedTally b) {
        trials += b.trials;
        sumW += b.sumW;
        sumW2 += b.sumW2;
        maxLogW = Math.max(maxLogW, b.maxLogW);
        for (int m = 0; m < countW.length; m++) {
            add(countW[m], b.countW[m]);
            add(countW2[m], b.countW2[m]);
        }
        allMetW += b.allMetW;
        allMetW2 += b.allMetW2;
        exactAllW += b.exactAllW;
        exactAllW2 += b.exactAllW2;
        add(unitBandW, b.unitBandW);
        add(unitBandW2, b.unitBandW2);
        add(sumWx, b.sumWx);
        add(sumW2x, b.sumW2x);
        add(sumW2x2, b.sumW2x2);
        for (int i = 0; i < sketches.length; i++) {
            sketches[i].merge(b.sketches[i]);
        }
        add(below, b.below);
        for (int o = 0; o < observations; o++) {
            lowest[o] = Math.min(lowest[o], b.lowest[o]);
            highest[o] = Math.max(highest[o], b.highest[o]);
        }
    }

    /** Back to empty, for the next block. */
    public void clear() {
        trials = 0;
        sumW = 0;
        sumW2 = 0;
        maxLogW = Double.NEGATIVE_INFINITY;
        for (int m = 0; m < countW.length; m++) {
            Arrays.fill(countW[m], 0);
            Arrays.fill(countW2[m], 0);
        }
        allMetW = 0;
        allMetW2 = 0;
        exactAllW = 0;
        exactAllW2 = 0;
        for (double[] a : new double[][] {unitBandW, unitBandW2, sumWx, sumW2x, sumW2x2, below}) {
            Arrays.fill(a, 0);
        }
        for (WeightedSketch s : sketches) {
            s.clear();
        }
        Arrays.fill(lowest, Double.POSITIVE_INFINITY);
        Arrays.fill(highest, Double.NEGATIVE_INFINITY);
    }

    private static void add(double[] into, double[] from) {
        for (int i = 0; i < into.length; i++) {
            into[i] += from[i];
        }
    }

    /** (Σw)²/Σw²: how many equally weighted trials would give estimates as precise. */
    public double ess() {
        return sumW * sumW / sumW2;
    }

    public double sumW() {
        return sumW;
    }

    public double maxLogW() {
        return maxLogW;
    }

    public double trials() {
        return trials;
    }
}
