package org.countysim.sensitivity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.countysim.result.PrimResult.Box;

/**
 * The Patient Rule Induction Method of Friedman and Fisher (1999) for one box, as the EMA Workbench runs it for
 * scenario discovery (Bryant and Lempert 2010): peel, pick a box on the trajectory, paste.
 * <ul>
 *   <li><b>Peeling.</b> For each factor, the candidate boxes drop the lowest or the highest {@code alpha} share of
 *   the trials in the box (all of a run of tied values at once, so discrete factors peel by whole values). The peel
 *   kept is the one with the largest gain in density per trial removed (the EMA Workbench's "lenient 1" objective),
 *   while the box keeps at least {@code minMass} of the trials; peeling stops when no peel raises the density.</li>
 *   <li><b>Choice.</b> Along the trajectory, the densest box whose coverage is at least {@code minCoverage}.</li>
 *   <li><b>Pasting.</b> Each limit of the chosen box is widened by {@code alpha} of its trials while that raises the
 *   density.</li>
 *   <li><b>Simplest rule.</b> A limit is removed while its removal lowers the density by less than one percentage
 *   point or its quasi-p-value is above 5% ({@link #simplify}), so the rule names only the factors that matter.</li>
 * </ul>
 * Sorting each factor once makes a peel O(trials) per factor.
 *
 * <p><b>Weighted trials</b> (evidence, model.md §11): every count becomes a sum of likelihood weights, so coverage,
 * density and mass are posterior shares; a peel or a paste moves {@code alpha} of the box's weight (not of its trials,
 * and without the rounding to whole trials), the minimum mass is {@code minMass} of the total weight, and the
 * quasi-p-value uses the box's effective sample size (Kish) as its trials and density × that as its hits. Without
 * weights every sum is the count it was, so the boxes are the same to the last bit.
 */
public final class Prim {
    private final double[][] x;
    private final boolean[] y;
    private final int n;
    private final int d;
    private final int[][] order;
    private final double alpha;
    private final double minMass;
    /** Each trial's weight, or null: every trial counts 1. */
    private final double[] w;

    private final double total;
    private final double totalHits;

    /**
     * @param x trials × factors
     * @param y whether each trial meets the condition
     */
    public Prim(double[][] x, boolean[] y, double alpha, double minMass) {
        this(x, y, null, alpha, minMass);
    }

    /** @param w each trial's likelihood weight (evidence), or null for unweighted trials */
    public Prim(double[][] x, boolean[] y, double[] w, double alpha, double minMass) {
        this.x = x;
        this.y = y;
        this.w = w;
        this.n = x.length;
        this.d = n == 0 ? 0 : x[0].length;
        this.alpha = alpha;
        this.minMass = minMass;
        double t = 0;
        double h = 0;
        for (int i = 0; i < n; i++) {
            t += mass(i);
            h += y[i] ? mass(i) : 0;
        }
        this.total = t;
        this.totalHits = h;
        this.order = new int[d][];
        for (int j = 0; j < d; j++) {
            double[] column = new double[n];
            for (int i = 0; i < n; i++) {
                column[i] = x[i][j];
            }
            order[j] = IndexSort.ascending(column);
        }
    }

    /** The trajectory and the chosen box. */
    public record Found(List<Box> trajectory, int chosenStep, Box chosen) {}

    public Found run(double minCoverage) {
        double[] lo = filled(Double.NEGATIVE_INFINITY);
        double[] hi = filled(Double.POSITIVE_INFINITY);
        boolean[] in = new boolean[n];
        Arrays.fill(in, true);
        List<Box> trajectory = new ArrayList<>();
        trajectory.add(box(lo, hi, in));
        while (peel(lo, hi, in)) {
            trajectory.add(box(lo, hi, in));
        }
        int chosen = 0;
        for (int s = 0; s < trajectory.size(); s++) {
            Box b = trajectory.get(s);
            if (b.coverage() >= minCoverage
                    && b.density() > trajectory.get(chosen).density()) {
                chosen = s;
            }
        }
        double[] cl = trajectory.get(chosen).lower().clone();
        double[] ch = trajectory.get(chosen).upper().clone();
        while (paste(cl, ch)) {
            // widened one limit
        }
        simplify(cl, ch);
        return new Found(trajectory, chosen, box(cl, ch, members(cl, ch)));
    }

    /** Trial i's weight: 1 without evidence. */
    private double mass(int i) {
        return w == null ? 1 : w[i];
    }

    /** The weight a peel or a paste moves: alpha of the box's, whole trials (at least one) without evidence. */
    private double need(double m) {
        return w == null ? Math.max(1, Math.round(alpha * m)) : alpha * m;
    }

    private double[] filled(double v) {
        double[] a = new double[d];
        Arrays.fill(a, v);
        return a;
    }

    /** One peel, the best of 2d candidates; false when none raises the density within the mass limit. */
    private boolean peel(double[] lo, double[] hi, boolean[] in) {
        double m = 0;
        double h = 0;
        for (int i = 0; i < n; i++) {
            if (in[i]) {
                m += mass(i);
                h += y[i] ? mass(i) : 0;
            }
        }
        double need = need(m);
        double best = 0;
        int bestDim = -1;
        boolean bestUpper = false;
        double bestBound = 0;
        for (int j = 0; j < d; j++) {
            for (boolean upper : new boolean[] {false, true}) {
                double[] cut = cut(j, upper, in, need);
                if (cut == null) {
                    continue;
                }
                double kept = m - cut[1];
                if (kept < minMass * total || kept <= 0) {
                    continue;
                }
                double gain = ((h - cut[2]) / kept - h / m) / cut[1];
                if (gain > best) {
                    best = gain;
                    bestDim = j;
                    bestUpper = upper;
                    bestBound = cut[0];
                }
            }
        }
        if (bestDim < 0) {
            return false;
        }
        if (bestUpper) {
            hi[bestDim] = bestBound;
        } else {
            lo[bestDim] = bestBound;
        }
        for (int i = 0; i < n; i++) {
            double v = x[i][bestDim];
            in[i] &= bestUpper ? v <= bestBound : v >= bestBound;
        }
        return true;
    }

    /**
     * Peeling {@code need} (weight) of the box from one end of factor j, and the rest of a run of ties: {bound, weight
     * removed, hits' weight removed}, or null when every member has the same value.
     */
    private double[] cut(int j, boolean upper, boolean[] in, double need) {
        int[] o = order[j];
        double c = 0;
        double h = 0;
        double prev = Double.NaN;
        for (int s = 0; s < n; s++) {
            int i = o[upper ? n - 1 - s : s];
            if (!in[i]) {
                continue;
            }
            double v = x[i][j];
            if (c >= need && v != prev) {
                return new double[] {v, c, h};
            }
            c += mass(i);
            h += y[i] ? mass(i) : 0;
            prev = v;
        }
        return null;
    }

    /** Widens the one limit that raises the density most per trial added; false when none does. */
    private boolean paste(double[] lo, double[] hi) {
        boolean[] in = members(lo, hi);
        double m = count(in, false);
        double h = count(in, true);
        double need = need(m);
        double best = 0;
        double[] bestLimits = null;
        for (int j = 0; j < d; j++) {
            for (boolean upper : new boolean[] {false, true}) {
                double limit = upper ? hi[j] : lo[j];
                if (Double.isInfinite(limit)) {
                    continue;
                }
                double[] l = lo.clone();
                double[] u = hi.clone();
                if (upper) {
                    u[j] = Double.POSITIVE_INFINITY;
                } else {
                    l[j] = Double.NEGATIVE_INFINITY;
                }
                boolean[] outside = members(l, u);
                for (int i = 0; i < n; i++) {
                    outside[i] &= !in[i];
                }
                double[] cut = cut(j, !upper, outside, need);
                double bound = cut == null ? (upper ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY) : cut[0];
                // the points added are those outside the box on the near side of the new bound
                if (upper) {
                    u[j] = cut == null ? bound : Math.nextDown(bound);
                } else {
                    l[j] = cut == null ? bound : Math.nextUp(bound);
                }
                boolean[] grown = members(l, u);
                double m2 = count(grown, false);
                double h2 = count(grown, true);
                if (m2 <= m) {
                    continue;
                }
                double gain = (h2 / m2 - h / m) / (m2 - m);
                if (gain > best) {
                    best = gain;
                    bestLimits = upper ? new double[] {j, 1, u[j]} : new double[] {j, 0, l[j]};
                }
            }
        }
        if (bestLimits == null) {
            return false;
        }
        (bestLimits[1] == 1 ? hi : lo)[(int) bestLimits[0]] = bestLimits[2];
        return true;
    }

    /**
     * Removes, one at a time, the limit that matters least while one does not matter: its removal lowers the density
     * by less than one percentage point, or the box's density is not significantly above that of the trials the limit
     * excludes (one-sided binomial quasi-p-value above 5%, as the EMA Workbench reports for each limit; Bryant and
     * Lempert 2010).
     */
    private void simplify(double[] lo, double[] hi) {
        while (true) {
            Box now = box(lo, hi, members(lo, hi));
            int drop = -1;
            double worst = 0;
            for (int j = 0; j < d; j++) {
                if (!now.restricts(j)) {
                    continue;
                }
                double[] l = lo.clone();
                double[] u = hi.clone();
                l[j] = Double.NEGATIVE_INFINITY;
                u[j] = Double.POSITIVE_INFINITY;
                Box without = box(l, u, members(l, u));
                double p = w == null ? quasiP(now, without) : quasiP(now.ess(), now.density(), without.density());
                double loss = now.density() - without.density();
                double badness = loss < 0.01 ? 2 + (0.01 - loss) : p;
                if (badness > 0.05 && badness > worst) {
                    worst = badness;
                    drop = j;
                }
            }
            if (drop < 0) {
                return;
            }
            lo[drop] = Double.NEGATIVE_INFINITY;
            hi[drop] = Double.POSITIVE_INFINITY;
        }
    }

    /** P(at least the box's hits in its trials) at the density of the wider box without the limit. */
    static double quasiP(Box box, Box without) {
        if (box.hits() == 0) {
            return 1;
        }
        return BinomialDistribution.of((int) box.trials(), without.density()).survivalProbability((int) box.hits() - 1);
    }

    /**
     * The quasi-p-value of weighted trials: the box's effective sample size as its trials and its density times that
     * as its hits.
     */
    static double quasiP(double ess, double density, double widerDensity) {
        int trials = (int) Math.round(ess);
        int hits = (int) Math.round(density * ess);
        if (hits == 0 || trials == 0) {
            return 1;
        }
        return BinomialDistribution.of(trials, widerDensity).survivalProbability(hits - 1);
    }

    private boolean[] members(double[] lo, double[] hi) {
        boolean[] in = new boolean[n];
        for (int i = 0; i < n; i++) {
            boolean inside = true;
            for (int j = 0; j < d && inside; j++) {
                double v = x[i][j];
                inside = v >= lo[j] && v <= hi[j];
            }
            in[i] = inside;
        }
        return in;
    }

    /** The box's weight, or that of its trials meeting the condition (counts without evidence). */
    private double count(boolean[] in, boolean hitsOnly) {
        double c = 0;
        for (int i = 0; i < n; i++) {
            c += in[i] && (!hitsOnly || y[i]) ? mass(i) : 0;
        }
        return c;
    }

    private Box box(double[] lo, double[] hi, boolean[] in) {
        long m = 0;
        long h = 0;
        double mw = 0;
        double hw = 0;
        double mw2 = 0;
        for (int i = 0; i < n; i++) {
            if (in[i]) {
                double x = mass(i);
                m++;
                h += y[i] ? 1 : 0;
                mw += x;
                hw += y[i] ? x : 0;
                mw2 += x * x;
            }
        }
        return new Box(
                lo.clone(),
                hi.clone(),
                m,
                h,
                totalHits == 0 ? 0 : hw / totalHits,
                mw == 0 ? 0 : hw / mw,
                mw / total,
                mw2 > 0 ? mw * mw / mw2 : 0);
    }
}
