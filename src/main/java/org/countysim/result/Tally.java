package org.countysim.result;

import java.util.Arrays;
import org.countysim.model.Counting;

/**
 * Everything the summaries need, accumulated over trials without keeping them: tier-count histograms
 * at the horizon (units in each band and at or above each threshold), the trials with every target met and
 * with the exact structure, each unit's band in every year, GDP sketches and sums.
 * Integer parts merge in any order; the double sums are merged by the engine in block order so that
 * results are byte-identical for any thread count.
 */
public final class Tally implements java.io.Serializable {
    private static final long serialVersionUID = 2L;

    /**
     * Above this many variables the sketches count values in batches ({@link QuantileSketch#buffered}): their
     * buckets no longer fit in a core's cache (the plan has 60 variables; 2,850 units × 11 years, 31,361).
     */
    static final int BUFFERED_ABOVE = 1024;

    final int units;
    final int years;
    final int bands;
    /** Observations of evidence whose simulated sums are variables too (after the unit-years and the city). */
    final int observations;

    long trials;
    /**
     * [counting][band * (units+1) + count]: n_k (exclusive) and N_k (cumulative). This and the other transient arrays
     * travel in {@link Wire}'s form ({@link #writeObject}): mostly zeros in a piece of a run.
     */
    transient long[][] countHistogram;
    /** Trials in which every target was met (N_k ≥ T_k for all k). */
    long allMet;
    /** Trials with exactly the band targets' structure (n_k = t_k for all k). */
    long exactAll;
    /** [(unit * (years+1) + t) * (bands+1) + exclusive band]. */
    transient long[] unitBand;
    /**
     * When set, the thresholds (descending, each a sketch bucket's edge) by which {@link #unitBands} reads a unit-year's
     * band counts from its sketch, and unitBand is not filled.
     */
    double[] bandThresholds;
    /** Unit-years first (unit * (years+1) + t), then the city total per year. */
    final QuantileSketch[] sketches;

    transient double[] sum;

    transient double[] sumSquares;
    long clamps;
    /** Every trial's values, when asked for (backtest); null otherwise. */
    final Samples samples;
    /** The same statistics weighted by the evidence (model.md §11), merged block by block; null without evidence. */
    final WeightedTally weighted;

    public Tally(int units, int years, int bands) {
        this(units, years, bands, false);
    }

    /** @param keepSamples whether to keep every trial's value of each variable (see {@link Samples}) */
    public Tally(int units, int years, int bands, boolean keepSamples) {
        this(units, years, bands, keepSamples, 0, false);
    }

    /**
     * @param observations the evidence's observations, whose simulated sums are tallied as variables
     * @param weighted     whether to hold the statistics weighted by the evidence too
     */
    public Tally(int units, int years, int bands, boolean keepSamples, int observations, boolean weighted) {
        this.units = units;
        this.years = years;
        this.bands = bands;
        this.observations = observations;
        this.countHistogram = new long[Counting.values().length][bands * (units + 1)];
        this.unitBand = new long[units * (years + 1) * (bands + 1)];
        int variables = variables(units, years, observations);
        this.sketches = new QuantileSketch[variables];
        for (int i = 0; i < variables; i++) {
            sketches[i] = variables > BUFFERED_ABOVE ? QuantileSketch.buffered() : new QuantileSketch();
        }
        this.sum = new double[variables];
        this.sumSquares = new double[variables];
        this.samples = keepSamples ? new Samples(variables) : null;
        this.weighted = weighted ? new WeightedTally(units, years, bands, observations) : null;
    }

    /** The variables of a tally: each unit-year, the city total each year, then each observation's simulated sum. */
    public static int variables(int units, int years, int observations) {
        return (units + 1) * (years + 1) + observations;
    }

    /** An empty weighted part shaped like this tally's, for one block (merged into the total in block order). */
    public WeightedTally newWeighted() {
        return new WeightedTally(units, years, bands, observations, true);
    }

    /** The weighted statistics (model.md §11), or null for a run without evidence. */
    public WeightedTally weighted() {
        return weighted;
    }

    /** Adds one block's weighted statistics; the caller does so in block order. */
    public void mergeWeighted(WeightedTally block) {
        weighted.merge(block);
    }

    /** Index of observation o's simulated sum among the variables. */
    public int observation(int o) {
        return (units + 1) * (years + 1) + o;
    }

    public int observations() {
        return observations;
    }

    /** Index of a unit-year variable; {@code unit == units} is the city total. */
    public int variable(int unit, int t) {
        return unit * (years + 1) + t;
    }

    public int variables() {
        return sum.length;
    }

    public void addTrials(int n) {
        trials += n;
    }

    /** Adds, for each exclusive band (index bands = below every threshold), a number of trials in it. */
    public void addUnitBands(int unit, int t, long[] perBand) {
        int from = variable(unit, t) * (bands + 1);
        for (int k = 0; k <= bands; k++) {
            unitBand[from + k] += perBand[k];
        }
    }

    /**
     * Unit-year band counts will come from the sketches (with evidence, the weighted ones, which count every value),
     * which hold them exactly when every threshold is a bucket's edge (as {@link WeightedSketch#isEdge}): the recorder
     * then skips counting them chunk by chunk.
     */
    public void readUnitBandsFromSketches(double[] thresholds) {
        if (bandThresholds == null) {
            for (double t : thresholds) {
                if (!WeightedSketch.isEdge(t)) {
                    throw new IllegalArgumentException("threshold " + t + " is not a sketch bucket's edge");
                }
            }
            bandThresholds = thresholds.clone();
        }
    }

    public void addCount(Counting counting, int band, int count) {
        countHistogram[counting.ordinal()][band * (units + 1) + count]++;
    }

    /** One trial's all-met and exact-structure indicators, 1 or 0 (counted without a branch: Targets#unmet). */
    public void addTrialOutcome(int allMetHere, int exactHere) {
        allMet += allMetHere;
        exactAll += exactHere;
    }

    /** Keeps a column of values of one variable, when this tally keeps samples. */
    public void addSamples(int variable, double[] column, int rows) {
        if (samples != null) {
            samples.add(variable, column, rows);
        }
    }

    /** Every trial's values, or null when the run did not keep them. */
    public Samples samples() {
        return samples;
    }

    public void addClamps(long n) {
        clamps += n;
    }

    /**
     * Adds another tally's integer parts and sketches (any order gives the same result). The sketches' counts are
     * taken over rather than copied where this tally has none yet ({@link QuantileSketch#absorb}): {@code other}, a
     * worker's tally, is not used afterwards.
     */
    public void mergeCounts(Tally other) {
        if (other.bandThresholds != null) {
            bandThresholds = other.bandThresholds;
        }
        trials += other.trials;
        clamps += other.clamps;
        for (int m = 0; m < countHistogram.length; m++) {
            add(countHistogram[m], other.countHistogram[m]);
        }
        allMet += other.allMet;
        exactAll += other.exactAll;
        add(unitBand, other.unitBand);
        for (int i = 0; i < sketches.length; i++) {
            sketches[i].absorb(other.sketches[i]);
        }
        if (samples != null) {
            samples.addAll(other.samples);
        }
    }

    /** Adds one block's sums; the caller does so in block order. */
    public void mergeSums(double[] blockSum, double[] blockSquares) {
        for (int i = 0; i < sum.length; i++) {
            sum[i] += blockSum[i];
            sumSquares[i] += blockSquares[i];
        }
    }

    private static void add(long[] into, long[] from) {
        for (int i = 0; i < into.length; i++) {
            into[i] += from[i];
        }
    }

    public long trials() {
        return trials;
    }

    public long clamps() {
        return clamps;
    }

    public int units() {
        return units;
    }

    public int years() {
        return years;
    }

    public int bands() {
        return bands;
    }

    /** A copy of the histogram of a band's count: entry j is the number of trials with n_k = j (or N_k = j). */
    public long[] countHistogram(Counting counting, int band) {
        int m = counting.ordinal();
        return Arrays.copyOfRange(countHistogram[m], band * (units + 1), (band + 1) * (units + 1));
    }

    public long allMet() {
        return allMet;
    }

    public long exactAll() {
        return exactAll;
    }

    /** How many trials put the unit in each exclusive band (index bands = below every threshold) in year t. */
    public long[] unitBands(int unit, int t) {
        if (bandThresholds != null) {
            // with evidence the prior keeps sketches for the base year only: the weighted sketches count every value
            int v = variable(unit, t);
            long[] out = new long[bands + 1];
            double upper = Double.POSITIVE_INFINITY;
            for (int k = 0; k <= bands; k++) {
                double from = k < bands ? bandThresholds[k] : 0;
                out[k] = weighted != null
                        ? weighted.sketches[v].countBetween(from, upper)
                        : sketches[v].countBetween(from, upper);
                upper = from;
            }
            return out;
        }
        int from = variable(unit, t) * (bands + 1);
        return Arrays.copyOfRange(unitBand, from, from + bands + 1);
    }

    public QuantileSketch sketch(int variable) {
        return sketches[variable];
    }

    public double sum(int variable) {
        return sum[variable];
    }

    public double sumSquares(int variable) {
        return sumSquares[variable];
    }

    /**
     * The default form for the rest, then the histograms and unit bands as counts with runs of zeros coded (the unit
     * bands are all zeros when they are read from the sketches) and the sums with their zeros left out (a piece's
     * counts carry none: its sums travel block by block).
     */
    private void writeObject(java.io.ObjectOutputStream out) throws java.io.IOException {
        out.defaultWriteObject();
        Wire.Out wire = new Wire.Out().unsigned(countHistogram.length);
        for (long[] histogram : countHistogram) {
            wire.counts(histogram);
        }
        wire.counts(unitBand).doubles(sum).doubles(sumSquares).writeTo(out);
    }

    private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
        in.defaultReadObject();
        int variables = checkShape();
        Wire.In wire = Wire.In.readFrom(in);
        int histograms = Counting.values().length;
        if (wire.unsigned() != histograms) {
            throw new java.io.InvalidObjectException("not " + histograms + " count histograms");
        }
        countHistogram = new long[histograms][];
        for (int m = 0; m < histograms; m++) {
            countHistogram[m] = wire.longCounts(arrayLength((long) bands * units + bands));
        }
        // below 2^62: units * (years + 1) fits an int (checkShape)
        unitBand = wire.longCounts(arrayLength(((long) units * years + units) * ((long) bands + 1)));
        sum = wire.doubles(variables);
        sumSquares = wire.doubles(variables);
        wire.end();
    }

    /**
     * The sizes read by default agree with each other, as the constructor made them: the sketches (one a variable)
     * fix the arrays' lengths that the wire form may hold. Returns the number of variables.
     */
    private int checkShape() throws java.io.InvalidObjectException {
        if (units < 0 || years < 0 || bands < 0 || observations < 0) {
            throw new java.io.InvalidObjectException("negative size");
        }
        int variables = arrayLength((long) units * years + units + years + 1 + observations);
        if (sketches == null || sketches.length != variables) {
            throw new java.io.InvalidObjectException("not one sketch a variable (" + variables + ")");
        }
        for (QuantileSketch sketch : sketches) {
            if (sketch == null) {
                throw new java.io.InvalidObjectException("a variable without its sketch");
            }
        }
        return variables;
    }

    /** A length computed from the sizes, which must fit an array (the constructor could not have made it else). */
    private static int arrayLength(long length) throws java.io.InvalidObjectException {
        if (length < 0 || length > Integer.MAX_VALUE - 8) {
            throw new java.io.InvalidObjectException("array of " + length + " entries");
        }
        return (int) length;
    }
}
