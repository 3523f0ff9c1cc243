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
    private long trials;

    public PairedTally(int contrasts, int metrics) {
        this.contrasts = contrasts;
        this.metrics = metrics;
        this.sum = new double[contrasts * metrics];
        this.sumSquares = new double[contrasts * metrics];
    }

    public int size() {
        return sum.length;
    }

    public void mergeSums(double[] blockSum, double[] blockSquares, long blockTrials) {
        for (int i = 0; i < sum.length; i++) {
            sum[i] += blockSum[i];
            sumSquares[i] += blockSquares[i];
        }
        trials += blockTrials;
    }

    public Summary.Estimate estimate(int contrast, int metric) {
        int i = contrast * metrics + metric;
        return Summary.Estimate.mean(sum[i], sumSquares[i], trials);
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
