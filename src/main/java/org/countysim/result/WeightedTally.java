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
 *
 * <p>Speed: the per-variable sums, the unit-band and count weights are kept as {@value #WAYS} partial sums, trial i of a
 * block going to partial i mod {@value #WAYS}, so that consecutive trials do not wait on one another's addition;
 * each partial adds its trials in order and a block's partials are combined as (p0 + p1) + (p2 + p3) when it is
 * merged. The grouping depends on the trial's index alone, so it is the same for any chunk size. A block keeps its
 * values' sketch buckets (4 bytes a value) rather than a sketch per variable, and they are added to the run's sketches
 * when the block is merged ({@link WeightedSketch#addBlock}).
 */
public final class WeightedTally implements java.io.Serializable {
    private static final long serialVersionUID = 2L;

    static final int WAYS = 4;

    final int units;
    final int years;
    final int bands;
    final int observations;
    double trials;
    /** The index within its block of the current chunk's first trial (a block's first trial is a multiple of 4). */
    private int offset;

    double sumW;
    double sumW2;
    /** The highest log-likelihood of any trial: below {@code Evidence.IMPOSSIBLE_LOG_WEIGHT} the evidence is impossible. */
    double maxLogW = Double.NEGATIVE_INFINITY;
    /** [counting][band * (units+1) + count]: Σw and Σw² of the trials with that count (in a block: × WAYS). */
    final double[][] countW;

    final double[][] countW2;
    /** Σw and Σw² of the trials with every target met, then of those with the exact structure (in a block: × WAYS). */
    final double[] outcome;
    /** [(unit * (years+1) + t) * (bands+1) + exclusive band] (in a block: × WAYS partials). */
    final double[] unitBandW;

    final double[] unitBandW2;
    /** Per variable (the tally's numbering): Σwx, Σw²x, Σw²x² (in a block: × WAYS partials). */
    final double[] sumWx;

    final double[] sumW2x;
    final double[] sumW2x2;
    /** The run's weighted sketches, one per variable (null in a block, which keeps its values' buckets instead). */
    final WeightedSketch[] sketches;
    /**
     * In a block: per variable, each trial's bucket of the weighted sketch in trial order ({@link WeightedSketch#bucket}:
     * −1 for a value ≤ 0), added to the run's sketch when the block is merged. 4 bytes a value, written in order,
     * instead of a sketch per variable and block (Σw, Σw² and a count per bucket over the block's range: about 1.2 MB
     * for the plan's 61 variables, more than a core's cache, filled at random and read back by the merge).
     */
    int[][] buckets;
    /** In a block: per variable, the lowest and highest bucket of its values above 0 (lowest > highest: none). */
    int[] lowBucket;

    int[] highBucket;
    /** In a block: each trial's weight, in trial order. */
    double[] trialW;
    /** A run's scratch for merging a block's values into the sketches: one variable's block sums at a time. */
    private transient double[] blockSums;
    /** A run's scratch: each trial's squared weight of the block being merged. */
    private transient double[] squares;
    /** Per observation, unweighted: trials whose simulated sum lies below the observed value, and the sums' range. */
    final double[] below;

    final double[] lowest;
    final double[] highest;
    /** Whether this holds one block's partial sums (WAYS per entry) rather than totals. */
    private final boolean block;

    /** A run's totals. */
    public WeightedTally(int units, int years, int bands, int observations) {
        this(units, years, bands, observations, false);
    }

    /** @param block whether to hold one block's partial sums (see {@link #merge}) */
    WeightedTally(int units, int years, int bands, int observations, boolean block) {
        this.units = units;
        this.years = years;
        this.bands = bands;
        this.observations = observations;
        this.block = block;
        int ways = block ? WAYS : 1;
        int variables = (units + 1) * (years + 1) + observations;
        countW = new double[Counting.values().length][bands * (units + 1) * ways];
        countW2 = new double[Counting.values().length][bands * (units + 1) * ways];
        outcome = new double[4 * ways];
        unitBandW = new double[units * (years + 1) * (bands + 1) * ways];
        unitBandW2 = new double[unitBandW.length];
        sumWx = new double[variables * ways];
        sumW2x = new double[variables * ways];
        sumW2x2 = new double[variables * ways];
        if (block) {
            sketches = null;
            buckets = new int[variables][0];
            trialW = new double[0];
            lowBucket = new int[variables];
            highBucket = new int[variables];
            Arrays.fill(lowBucket, Integer.MAX_VALUE);
            Arrays.fill(highBucket, Integer.MIN_VALUE);
        } else {
            sketches = new WeightedSketch[variables];
            for (int i = 0; i < variables; i++) {
                sketches[i] = new WeightedSketch();
            }
        }
        below = new double[observations];
        lowest = new double[observations];
        highest = new double[observations];
        Arrays.fill(lowest, Double.POSITIVE_INFINITY);
        Arrays.fill(highest, Double.NEGATIVE_INFINITY);
    }

    /** A chunk's weights, w = exp(logW); first for every chunk (it places the chunk in its block). */
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
        offset = (int) trials;
        trials += rows;
        if (block) {
            if (trialW.length < offset + rows) {
                trialW = Arrays.copyOf(trialW, Math.max(offset + rows, 2 * trialW.length));
            }
            System.arraycopy(w, 0, trialW, offset, rows);
        }
    }

    /**
     * A variable's column of a block, in one pass: each value's bucket, the weighted sums (four partials) and the
     * prior's (unweighted) sum and sum of squares, added to {@code sum[variable]} and {@code squares[variable]} in
     * trial order. The prior's two sums are chains of additions, each waiting on the one before; alone they cost that
     * wait, in the same loop the rest of the work is done while they wait.
     */
    public void addColumn(int variable, double[] values, double[] w, int rows, double[] sum, double[] squares) {
        int[] into = buckets(variable, rows);
        int at = variable * WAYS;
        if ((offset & 3) != 0 || (rows & 3) != 0) {
            addColumnLaneByLane(variable, values, w, rows, sum, squares, into);
            return;
        }
        double s = sum[variable];
        double q = squares[variable];
        int low = lowBucket[variable];
        int high = highBucket[variable];
        // the weighted sums: four independent chains in registers
        double a0 = sumWx[at];
        double a1 = sumWx[at + 1];
        double a2 = sumWx[at + 2];
        double a3 = sumWx[at + 3];
        double b0 = sumW2x[at];
        double b1 = sumW2x[at + 1];
        double b2 = sumW2x[at + 2];
        double b3 = sumW2x[at + 3];
        double c0 = sumW2x2[at];
        double c1 = sumW2x2[at + 1];
        double c2 = sumW2x2[at + 2];
        double c3 = sumW2x2[at + 3];
        for (int r = 0; r < rows; r += 4) {
            double x0 = values[r];
            double x1 = values[r + 1];
            double x2 = values[r + 2];
            double x3 = values[r + 3];
            s += x0;
            q += x0 * x0;
            s += x1;
            q += x1 * x1;
            s += x2;
            q += x2 * x2;
            s += x3;
            q += x3 * x3;
            double y0 = w[r] * x0;
            double y1 = w[r + 1] * x1;
            double y2 = w[r + 2] * x2;
            double y3 = w[r + 3] * x3;
            a0 += y0;
            a1 += y1;
            a2 += y2;
            a3 += y3;
            b0 += w[r] * y0;
            b1 += w[r + 1] * y1;
            b2 += w[r + 2] * y2;
            b3 += w[r + 3] * y3;
            c0 += y0 * y0;
            c1 += y1 * y1;
            c2 += y2 * y2;
            c3 += y3 * y3;
            int k0 = WeightedSketch.bucket(x0);
            int k1 = WeightedSketch.bucket(x1);
            int k2 = WeightedSketch.bucket(x2);
            int k3 = WeightedSketch.bucket(x3);
            into[offset + r] = k0;
            into[offset + r + 1] = k1;
            into[offset + r + 2] = k2;
            into[offset + r + 3] = k3;
            // −1 (a value ≤ 0) masked to the largest int for the lowest bucket
            low = Math.min(Math.min(low, k0 & Integer.MAX_VALUE), Math.min(k1 & Integer.MAX_VALUE, low));
            low = Math.min(Math.min(low, k2 & Integer.MAX_VALUE), k3 & Integer.MAX_VALUE);
            high = Math.max(Math.max(high, k0), Math.max(k1, Math.max(k2, k3)));
        }
        sum[variable] = s;
        squares[variable] = q;
        lowBucket[variable] = low;
        highBucket[variable] = high;
        sumWx[at] = a0;
        sumWx[at + 1] = a1;
        sumWx[at + 2] = a2;
        sumWx[at + 3] = a3;
        sumW2x[at] = b0;
        sumW2x[at + 1] = b1;
        sumW2x[at + 2] = b2;
        sumW2x[at + 3] = b3;
        sumW2x2[at] = c0;
        sumW2x2[at + 1] = c1;
        sumW2x2[at + 2] = c2;
        sumW2x2[at + 3] = c3;
    }

    /** {@link #addColumn} for a column that does not start or end at a multiple of 4 trials in its block. */
    private void addColumnLaneByLane(
            int variable, double[] values, double[] w, int rows, double[] sum, double[] squares, int[] into) {
        int at = variable * WAYS;
        for (int r = 0; r < rows; r++) {
            double x = values[r];
            sum[variable] += x;
            squares[variable] += x * x;
            int p = at + ((offset + r) & 3);
            double wy = w[r] * x;
            sumWx[p] += wy;
            sumW2x[p] += w[r] * wy;
            sumW2x2[p] += wy * wy;
            int k = WeightedSketch.bucket(x);
            into[offset + r] = k;
            lowBucket[variable] = Math.min(lowBucket[variable], k & Integer.MAX_VALUE);
            highBucket[variable] = Math.max(highBucket[variable], k);
        }
    }

    /** Variable {@code variable}'s buckets of the block, with room for this chunk's. */
    private int[] buckets(int variable, int rows) {
        int[] into = buckets[variable];
        if (into.length < offset + rows) {
            into = Arrays.copyOf(into, Math.max(offset + rows, 2 * into.length));
            buckets[variable] = into;
        }
        return into;
    }

    /**
     * A unit-year column's exclusive bands, each trial's weight into its band (partial by trial index mod 4). The
     * band of every lane first, threshold by threshold (a loop the JIT vectorises, as {@link Bands#exclusive} counts
     * the thresholds above a value), then the weights.
     */
    public void addUnitBands(int variable, double[] values, double[] w, int rows, double[] thresholds) {
        int[] band = laneBands(rows);
        java.util.Arrays.fill(band, 0, rows, 0);
        for (double threshold : thresholds) {
            for (int r = 0; r < rows; r++) {
                band[r] += (int) (Double.doubleToRawLongBits(values[r] - threshold) >>> 63);
            }
        }
        int from = variable * (bands + 1) * WAYS;
        for (int r = 0; r < rows; r++) {
            int k = from + band[r] * WAYS + ((offset + r) & 3);
            unitBandW[k] += w[r];
            unitBandW2[k] += w[r] * w[r];
        }
    }

    /** Scratch for {@link #addUnitBands}: not part of the statistics, so not serialised. */
    private transient int[] laneBand;

    private int[] laneBands(int rows) {
        if (laneBand == null || laneBand.length < rows) {
            laneBand = new int[rows];
        }
        return laneBand;
    }

    /** Lane r's count of units in a band (exclusive) or at or above its threshold (cumulative), of a block. */
    public void addCount(Counting counting, int band, int count, double w, int r) {
        int i = (band * (units + 1) + count) * WAYS + ((offset + r) & 3);
        countW[counting.ordinal()][i] += w;
        countW2[counting.ordinal()][i] += w * w;
    }

    /**
     * Lane r's all-met and exact-structure indicators (1 or 0), of a block: its weight, or +0.0, selected by a mask
     * (the bits of {@code allMet ? w : 0}, without a branch: see {@link org.countysim.model.Targets#unmet}).
     */
    public void addTrialOutcome(int allMet, int exactAll, double w, int r) {
        double m = Double.longBitsToDouble(Double.doubleToRawLongBits(w) & -(long) allMet);
        double e = Double.longBitsToDouble(Double.doubleToRawLongBits(w) & -(long) exactAll);
        int p = (offset + r) & 3;
        outcome[p] += m;
        outcome[WAYS + p] += m * w;
        outcome[2 * WAYS + p] += e;
        outcome[3 * WAYS + p] += e * w;
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

    /** Adds a block (the caller merges blocks in block order) and clears it for reuse. */
    public void merge(WeightedTally b) {
        if (!b.block || block) {
            throw new IllegalArgumentException("a run's weighted totals take blocks");
        }
        trials += b.trials;
        sumW += b.sumW;
        sumW2 += b.sumW2;
        maxLogW = Math.max(maxLogW, b.maxLogW);
        for (int m = 0; m < countW.length; m++) {
            addPartials(countW[m], b.countW[m]);
            addPartials(countW2[m], b.countW2[m]);
        }
        addPartials(outcome, b.outcome);
        addPartials(unitBandW, b.unitBandW);
        addPartials(unitBandW2, b.unitBandW2);
        addPartials(sumWx, b.sumWx);
        addPartials(sumW2x, b.sumW2x);
        addPartials(sumW2x2, b.sumW2x2);
        mergeBuckets(b);
        add(below, b.below);
        for (int o = 0; o < observations; o++) {
            lowest[o] = Math.min(lowest[o], b.lowest[o]);
            highest[o] = Math.max(highest[o], b.highest[o]);
        }
        b.clear();
    }

    /**
     * Each variable's values of block b into its sketch, variable by variable: the block's sums per bucket in trial
     * order (in a scratch the size of the block's range), then added to the sketch's buckets, the same additions in
     * the same order as a sketch filled by the block and merged bucket by bucket.
     */
    private void mergeBuckets(WeightedTally b) {
        int n = (int) b.trials;
        double[] w = b.trialW;
        if (squares == null || squares.length < n) {
            squares = new double[n];
        }
        double[] w2 = squares;
        for (int r = 0; r < n; r++) {
            w2[r] = w[r] * w[r];
        }
        for (int i = 0; i < sketches.length; i++) {
            int need = WeightedSketch.scratchFor(b.lowBucket[i], b.highBucket[i]);
            if (blockSums == null || blockSums.length < need) {
                blockSums = new double[need];
            }
            sketches[i].addBlock(b.buckets[i], n, w, w2, b.lowBucket[i], b.highBucket[i], blockSums);
        }
    }

    /** Back to empty, for the next block. */
    private void clear() {
        trials = 0;
        offset = 0;
        sumW = 0;
        sumW2 = 0;
        maxLogW = Double.NEGATIVE_INFINITY;
        for (int m = 0; m < countW.length; m++) {
            Arrays.fill(countW[m], 0);
            Arrays.fill(countW2[m], 0);
        }
        for (double[] a : new double[][] {outcome, unitBandW, unitBandW2, sumWx, sumW2x, sumW2x2, below}) {
            Arrays.fill(a, 0);
        }
        Arrays.fill(lowest, Double.POSITIVE_INFINITY);
        Arrays.fill(highest, Double.NEGATIVE_INFINITY);
        Arrays.fill(lowBucket, Integer.MAX_VALUE);
        Arrays.fill(highBucket, Integer.MIN_VALUE);
    }

    private static void add(double[] into, double[] from) {
        for (int i = 0; i < into.length; i++) {
            into[i] += from[i];
        }
    }

    /** A block's WAYS partials of each entry, combined as (p0 + p1) + (p2 + p3), added to the total's entry. */
    private static void addPartials(double[] into, double[] partials) {
        for (int i = 0; i < into.length; i++) {
            int p = i * WAYS;
            into[i] += (partials[p] + partials[p + 1]) + (partials[p + 2] + partials[p + 3]);
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
