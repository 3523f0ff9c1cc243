package org.countysim.result;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.countysim.CountySimException;
import org.countysim.model.BandLabels;
import org.countysim.model.Counting;
import org.countysim.model.Evidence;
import org.countysim.model.Targets;

/**
 * Turns a tally's weighted part into a {@link Summary} conditioned on the evidence (model.md §11): every estimate
 * the self-normalised weighted one, Σwx/Σw, with the delta-method standard error sqrt(Σ w²(x − x̄)²)/Σw; count and
 * GDP quantiles where the cumulative weight reaches q·Σw. The same shape as {@link Summarizer}'s, so every output
 * reads it alike.
 */
public final class WeightedSummarizer {
    private final Tally tally;
    private final WeightedTally w;
    private final double[] thresholds;
    private final Targets targets;
    private final int baseYear;

    private WeightedSummarizer(Tally tally, double[] thresholds, Targets targets, int baseYear) {
        this.tally = tally;
        this.w = tally.weighted();
        this.thresholds = thresholds;
        this.targets = targets;
        this.baseYear = baseYear;
    }

    /** @throws CountySimException when no trial is compatible with the evidence */
    public static Summary summarize(
            Tally tally, Evidence evidence, double[] thresholds, Targets targets, int baseYear, List<String> names) {
        requirePossible(tally, evidence, "");
        WeightedSummarizer s = new WeightedSummarizer(tally, thresholds, targets, baseYear);
        return new Summary(tally.trials(), s.tiers(names), s.unitYears(), s.city(), tally.clamps(), s.w.ess());
    }

    /**
     * Evidence that no trial comes near (every weight 0, or the best below e^{@value Evidence#IMPOSSIBLE_LOG_WEIGHT})
     * leaves nothing to estimate from: an error naming each observation and the range of the trials' sums.
     *
     * @param what the scenario, when several are run side by side ("" for one)
     */
    public static void requirePossible(Tally tally, Evidence evidence, String what) {
        WeightedTally w = tally.weighted();
        if (w.sumW > 0 && w.maxLogW >= Evidence.IMPOSSIBLE_LOG_WEIGHT && w.sumW2 > 0) {
            return;
        }
        StringBuilder m = new StringBuilder((what.isEmpty() ? "" : what + ": ") + "the evidence is impossible under"
                + " this scenario: of " + tally.trials() + " trials none comes near it ("
                + (w.sumW > 0
                        ? String.format(Locale.ROOT, "the best has likelihood e^%.0f", w.maxLogW)
                        : "every trial's likelihood is 0")
                + "), so no estimate can be conditioned on it. Check the figures,"
                + " their tolerances and the reading of the units:");
        for (int o = 0; o < evidence.size(); o++) {
            Evidence.Observation obs = evidence.observations().get(o);
            m.append(String.format(
                    Locale.ROOT,
                    "%n%s (%s, %d) = %s %s: the trials' sums range %.1f–%.1f",
                    obs.path(),
                    obs.label(),
                    obs.year(),
                    BandLabels.yi(obs.value()),
                    obs.tolerance(),
                    w.lowest[o],
                    w.highest[o]));
        }
        throw new CountySimException(m.toString());
    }

    /** Each observation's simulated sum before and after weighting, and the effective sample size. */
    public static Conditioning conditioning(Tally tally, Evidence evidence) {
        WeightedTally w = tally.weighted();
        List<Conditioning.Fit> fits = new ArrayList<>();
        for (int o = 0; o < evidence.size(); o++) {
            Evidence.Observation obs = evidence.observations().get(o);
            int v = tally.observation(o);
            double[] prior = new double[Summary.LEVELS.length];
            double[] conditioned = new double[Summary.LEVELS.length];
            for (int i = 0; i < prior.length; i++) {
                prior[i] = tally.sketch(v).quantile(Summary.LEVELS[i]);
                conditioned[i] = w.sketches[v].quantile(Summary.LEVELS[i]);
            }
            fits.add(new Conditioning.Fit(
                    obs.label(),
                    obs.path(),
                    obs.year(),
                    obs.value(),
                    obs.tolerance(),
                    prior,
                    conditioned,
                    w.below[o] / w.trials,
                    w.lowest[o],
                    w.highest[o]));
        }
        return new Conditioning(tally.trials(), w.ess(), fits);
    }

    private Summary.Estimate probability(double hitW, double hitW2) {
        return Summary.Estimate.weightedProbability(hitW, hitW2, w.sumW, w.sumW2);
    }

    private Summary.Tiers tiers(List<String> names) {
        List<Summary.Band> bands = new ArrayList<>();
        int width = tally.units() + 1;
        for (int k = 0; k < thresholds.length; k++) {
            double[] inW = slice(w.countW[Counting.EXCLUSIVE.ordinal()], k, width);
            double[] inW2 = slice(w.countW2[Counting.EXCLUSIVE.ordinal()], k, width);
            double[] reachW = slice(w.countW[Counting.CUMULATIVE.ordinal()], k, width);
            double[] reachW2 = slice(w.countW2[Counting.CUMULATIVE.ordinal()], k, width);
            double met = 0;
            double met2 = 0;
            for (int j = targets.cumulative(k); j < reachW.length; j++) {
                met += reachW[j];
                met2 += reachW2[j];
            }
            int t = targets.band(k);
            Summary.Estimate exact = t < inW.length ? probability(inW[t], inW2[t]) : probability(0, 0);
            String name =
                    names.size() > k && !names.get(k).isBlank() ? names.get(k) : BandLabels.exclusive(thresholds, k);
            double upper = k > 0 ? thresholds[k - 1] : Double.NaN;
            bands.add(new Summary.Band(
                    name,
                    thresholds[k],
                    upper,
                    targets.band(k),
                    targets.cumulative(k),
                    distribution(inW, inW2),
                    distribution(reachW, reachW2),
                    probability(met, met2),
                    exact));
        }
        return new Summary.Tiers(
                bands, probability(w.outcome[0], w.outcome[1]), probability(w.outcome[2], w.outcome[3]));
    }

    private static double[] slice(double[] a, int k, int width) {
        return java.util.Arrays.copyOfRange(a, k * width, (k + 1) * width);
    }

    /** A count's weighted distribution: P(count = j), its mean with the delta-method SE, quantiles by weight. */
    private Summary.CountDistribution distribution(double[] hw, double[] hw2) {
        double sum = 0;
        double sum2 = 0;
        double squares2 = 0;
        double[] p = new double[hw.length];
        double[] se = new double[hw.length];
        for (int j = 0; j < hw.length; j++) {
            sum += j * hw[j];
            sum2 += j * hw2[j];
            squares2 += (double) j * j * hw2[j];
            Summary.Estimate e = probability(hw[j], hw2[j]);
            p[j] = e.value();
            se[j] = e.se();
        }
        return new Summary.CountDistribution(
                Summary.Estimate.weightedMean(sum, sum2, squares2, w.sumW, w.sumW2),
                countQuantile(hw, 0.05),
                countQuantile(hw, 0.5),
                countQuantile(hw, 0.95),
                p,
                se);
    }

    /** The smallest count whose cumulative weight reaches q·Σw (with every weight 1, the rank ⌈qN⌉ of Summarizer). */
    static int countQuantile(double[] weights, double q) {
        double total = 0;
        for (double x : weights) {
            total += x;
        }
        double rank = q * total;
        double seen = 0;
        for (int j = 0; j < weights.length; j++) {
            seen += weights[j];
            if (seen >= rank && weights[j] > 0) {
                return j;
            }
        }
        for (int j = weights.length - 1; j > 0; j--) {
            if (weights[j] > 0) {
                return j;
            }
        }
        return 0;
    }

    /**
     * Whether each unit-year's band weights come from its weighted sketch (every threshold a bucket edge, so exactly)
     * rather than from weights counted band by band: the recorder and this summarizer decide alike.
     */
    public static boolean bandsFromSketches(double[] thresholds) {
        for (double t : thresholds) {
            if (!WeightedSketch.isEdge(t)) {
                return false;
            }
        }
        return true;
    }

    /** Σw and Σw² of each exclusive band of variable v (the last: below every threshold). */
    private double[][] bandWeights(int v) {
        int nb = thresholds.length + 1;
        double[][] out = new double[nb][];
        for (int k = 0; k < nb; k++) {
            if (bandsFromSketches(thresholds)) {
                double upper = k == 0 ? Double.POSITIVE_INFINITY : thresholds[k - 1];
                out[k] = w.sketches[v].weightBetween(k == nb - 1 ? 0 : thresholds[k], upper);
            } else {
                out[k] = new double[] {w.unitBandW[v * nb + k], w.unitBandW2[v * nb + k]};
            }
        }
        return out;
    }

    private List<Summary.UnitYear> unitYears() {
        List<Summary.UnitYear> out = new ArrayList<>();
        int nb = thresholds.length + 1;
        for (int c = 0; c < tally.units(); c++) {
            for (int t = 0; t <= tally.years(); t++) {
                int v = tally.variable(c, t);
                double[][] band = bandWeights(v);
                Summary.Estimate[] reach = new Summary.Estimate[thresholds.length];
                double cumulative = 0;
                double cumulative2 = 0;
                for (int k = 0; k < thresholds.length; k++) {
                    cumulative += band[k][0];
                    cumulative2 += band[k][1];
                    reach[k] = probability(cumulative, cumulative2);
                }
                double[] pBand = new double[nb];
                double[] pBandSe = new double[nb];
                int modal = 0;
                for (int k = 0; k < nb; k++) {
                    Summary.Estimate e = probability(band[k][0], band[k][1]);
                    pBand[k] = e.value();
                    pBandSe[k] = e.se();
                    modal = pBand[k] > pBand[modal] ? k : modal;
                }
                out.add(new Summary.UnitYear(c, baseYear + t, mean(v), quantiles(v), reach, pBand, pBandSe, modal));
            }
        }
        return out;
    }

    private Summary.Estimate mean(int v) {
        return Summary.Estimate.weightedMean(w.sumWx[v], w.sumW2x[v], w.sumW2x2[v], w.sumW, w.sumW2);
    }

    private List<Summary.CityYear> city() {
        List<Summary.CityYear> out = new ArrayList<>();
        double baseMean = mean(tally.variable(tally.units(), 0)).value();
        for (int t = 0; t <= tally.years(); t++) {
            int v = tally.variable(tally.units(), t);
            Summary.Estimate mean = mean(v);
            double growth = t == 0 ? Double.NaN : Math.pow(mean.value() / baseMean, 1.0 / t) - 1;
            out.add(new Summary.CityYear(baseYear + t, mean, quantiles(v), growth));
        }
        return out;
    }

    private double[] quantiles(int variable) {
        double[] q = new double[Summary.LEVELS.length];
        for (int i = 0; i < q.length; i++) {
            q[i] = w.sketches[variable].quantile(Summary.LEVELS[i]);
        }
        return q;
    }
}
