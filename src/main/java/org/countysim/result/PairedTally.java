package org.countysim.result;

/**
 * Sums of per-trial contrast values (see {@link Contrasts}) for every metric: enough for the mean and its
 * standard error sd/sqrt(N). The engine adds block sums in block order, so results do not depend on threads.
 */
public final class PairedTally {
    private final int contrasts;
    private final int metrics;
    private final double[] sum;
    private final double[] sumSquares;
    /** With evidence (model.md §11): the weighted sums of {@link WeightedPairs} in {@code sum}; null without. */
    private final WeightedPairs weighted;

    private long trials;

    public PairedTally(int contrasts, int metrics) {
        this(contrasts, metrics, null);
    }

    /** @param weighted the weighted layout when some variant conditions on evidence, else null */
    public PairedTally(int contrasts, int metrics, WeightedPairs weighted) {
        this.contrasts = contrasts;
        this.metrics = metrics;
        this.weighted = weighted;
        this.sum = new double[weighted == null ? contrasts * metrics : weighted.size()];
        this.sumSquares = new double[weighted == null ? contrasts * metrics : 0];
    }

    /** Doubles of a block's sums. */
    public int size() {
        return sum.length;
    }

    /** Doubles of a block's sums of squares (none when weighted: {@link WeightedPairs} keeps its own). */
    public int squaresSize() {
        return sumSquares.length;
    }

    public WeightedPairs weighted() {
        return weighted;
    }

    public void mergeSums(double[] blockSum, double[] blockSquares, long blockTrials) {
        for (int i = 0; i < sum.length; i++) {
            sum[i] += blockSum[i];
        }
        for (int i = 0; i < sumSquares.length; i++) {
            sumSquares[i] += blockSquares[i];
        }
        trials += blockTrials;
    }

    public Summary.Estimate estimate(int contrast, int metric) {
        if (weighted != null) {
            return weighted.estimate(sum, contrast, metric);
        }
        int i = contrast * metrics + metric;
        return Summary.Estimate.mean(sum[i], sumSquares[i], trials);
    }

    /** Variant v's effective sample size; the trials when nothing is weighted. */
    public double ess(int variant) {
        return weighted == null ? trials : weighted.ess(sum, variant);
    }

    /** Whether variant v's evidence leaves anything to estimate from (always, when nothing is weighted). */
    public boolean possible(int variant) {
        return weighted == null || weighted.possible(sum, variant);
    }

    /** Whether the variants' weights differed in some trial (each was then conditioned by its own likelihood). */
    public boolean weightsDiffer() {
        return weighted != null && weighted.trialsWithDifferentWeights(sum) > 0;
    }

    public long trials() {
        return trials;
    }

    public int contrasts() {
        return contrasts;
    }

    public int metrics() {
        return metrics;
    }
}
