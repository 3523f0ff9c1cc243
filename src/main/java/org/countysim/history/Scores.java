package org.countysim.history;

import java.util.Arrays;

/**
 * Scores of a forecast given as an ensemble of simulated values (the trials) against an actual value.
 *
 * <ul>
 * <li><b>PIT</b> (probability integral transform): the share of values below the actual, ties counted half,
 *     (#{X < y} + #{X ≤ y}) / 2n. For a calibrated forecast PITs are uniform on [0, 1] (Dawid 1984;
 *     Gneiting, Balabdaoui &amp; Raftery 2007).</li>
 * <li><b>Coverage</b>: whether the actual lies in [P5, P95] and [P25, P75] (quantiles as everywhere in countysim:
 *     the order statistic of rank max(1, ⌈qn⌉)); a calibrated forecast covers 90% and 50% of actuals.</li>
 * <li><b>CRPS</b> = E|X − y| − ½E|X − X'| (Gneiting &amp; Raftery 2007, eq. 21), in 亿元. The second term is
 *     computed from the sorted values as (1/(n(n−1)))·Σ_i (2i − n − 1)·x_(i), the unbiased ("fair") form over
 *     distinct pairs, so the score estimates the CRPS of the forecast distribution itself, not of its n-point
 *     sample: O(n log n) for the sort, O(n) after.</li>
 * <li><b>Bands</b> ("500–930亿"): the actual is taken as uniform in the band, as a banded baseline is drawn
 *     (model.md §1.1). P(low ≤ X ≤ high) replaces the PIT; coverage is the share of the band inside the interval;
 *     the CRPS is its mean over the band, using E|x − y| for y ~ U(a, b) in closed form.</li>
 * </ul>
 */
public final class Scores {
    private Scores() {}

    /** Scores an actual against simulated values sorted ascending (one sort serves every actual of a unit-year). */
    public static Score score(Actual actual, double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no simulated values");
        }
        double[] q = new double[Score.LEVELS.length];
        for (int i = 0; i < q.length; i++) {
            q[i] = quantile(values, Score.LEVELS[i]);
        }
        double mean = Arrays.stream(values).sum() / values.length;
        double spread = halfMeanDifference(values);
        if (actual.isBand()) {
            double a = actual.low();
            double b = actual.high();
            double pBand = (upperBound(values, b) - lowerBound(values, a)) / (double) values.length;
            return new Score(
                    actual,
                    q,
                    mean,
                    Double.NaN,
                    pBand,
                    overlap(a, b, q[0], q[6]),
                    overlap(a, b, q[2], q[4]),
                    meanDistanceToBand(values, a, b) - spread);
        }
        double y = actual.low();
        return new Score(
                actual,
                q,
                mean,
                pit(values, y),
                Double.NaN,
                y >= q[0] && y <= q[6] ? 1 : 0,
                y >= q[2] && y <= q[4] ? 1 : 0,
                meanDistance(values, y) - spread);
    }

    /** The order statistic of rank max(1, ⌈q·n⌉) of sorted values. */
    public static double quantile(double[] sorted, double q) {
        long rank = Math.max(1, (long) Math.ceil(q * sorted.length));
        return sorted[(int) Math.min(rank, sorted.length) - 1];
    }

    /** (#{X < y} + #{X ≤ y}) / 2n of sorted values. */
    public static double pit(double[] sorted, double y) {
        return (lowerBound(sorted, y) + (double) upperBound(sorted, y)) / (2.0 * sorted.length);
    }

    /** CRPS of the ensemble against a point: E|X − y| − ½E|X − X'| (sorts {@code values}). */
    public static double crps(double[] values, double y) {
        Arrays.sort(values);
        return meanDistance(values, y) - halfMeanDifference(values);
    }

    /** ½E|X − X'| over distinct pairs of sorted values: (1/(n(n−1)))·Σ (2i − n − 1)·x_(i), i = 1..n. */
    static double halfMeanDifference(double[] sorted) {
        int n = sorted.length;
        if (n < 2) {
            return 0;
        }
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += (2.0 * (i + 1) - n - 1) * sorted[i];
        }
        return s / ((double) n * (n - 1));
    }

    static double meanDistance(double[] values, double y) {
        double s = 0;
        for (double x : values) {
            s += Math.abs(x - y);
        }
        return s / values.length;
    }

    /** E|X − Y| for Y ~ U(a, b), averaged over the values: per value a closed form. */
    static double meanDistanceToBand(double[] values, double a, double b) {
        double mid = (a + b) / 2;
        double s = 0;
        for (double x : values) {
            if (x <= a) {
                s += mid - x;
            } else if (x >= b) {
                s += x - mid;
            } else {
                s += ((x - a) * (x - a) + (b - x) * (b - x)) / (2 * (b - a));
            }
        }
        return s / values.length;
    }

    /** The share of [a, b] inside [lo, hi]. */
    static double overlap(double a, double b, double lo, double hi) {
        return Math.max(0, Math.min(b, hi) - Math.max(a, lo)) / (b - a);
    }

    /** Index of the first value ≥ y, i.e. #{X < y}. */
    static int lowerBound(double[] sorted, double y) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < y) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the first value > y, i.e. #{X ≤ y}. */
    static int upperBound(double[] sorted, double y) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= y) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
