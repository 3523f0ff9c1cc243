package org.countysim.result;

import java.util.ArrayList;
import java.util.List;
import org.countysim.model.BandLabels;
import org.countysim.model.Counting;
import org.countysim.model.Targets;

/** Turns a {@link Tally} into a {@link Summary} (model.md §4). */
public final class Summarizer {
    private final Tally tally;
    private final double[] thresholds;
    private final Targets targets;
    private final int baseYear;

    private Summarizer(Tally tally, double[] thresholds, Targets targets, int baseYear) {
        this.tally = tally;
        this.thresholds = thresholds;
        this.targets = targets;
        this.baseYear = baseYear;
    }

    /** @param names user names for the bands, blank for generated labels */
    public static Summary summarize(
            Tally tally, double[] thresholds, Targets targets, int baseYear, List<String> names) {
        Summarizer s = new Summarizer(tally, thresholds, targets, baseYear);
        return new Summary(tally.trials(), s.tiers(names), s.unitYears(), s.city(), tally.clamps());
    }

    private Summary.Tiers tiers(List<String> names) {
        long n = tally.trials();
        List<Summary.Band> bands = new ArrayList<>();
        for (int k = 0; k < thresholds.length; k++) {
            long[] inBand = tally.countHistogram(Counting.EXCLUSIVE, k);
            long[] reaching = tally.countHistogram(Counting.CUMULATIVE, k);
            long met = 0;
            for (int j = targets.cumulative(k); j < reaching.length; j++) {
                met += reaching[j];
            }
            long exact = targets.band(k) < inBand.length ? inBand[targets.band(k)] : 0;
            String name =
                    names.size() > k && !names.get(k).isBlank() ? names.get(k) : BandLabels.exclusive(thresholds, k);
            double upper = k > 0 ? thresholds[k - 1] : Double.NaN;
            bands.add(new Summary.Band(
                    name,
                    thresholds[k],
                    upper,
                    targets.band(k),
                    targets.cumulative(k),
                    distribution(inBand, n),
                    distribution(reaching, n),
                    Summary.Estimate.probability(met, n),
                    Summary.Estimate.probability(exact, n)));
        }
        return new Summary.Tiers(
                bands,
                Summary.Estimate.probability(tally.allMet(), n),
                Summary.Estimate.probability(tally.exactAll(), n));
    }

    private static Summary.CountDistribution distribution(long[] hist, long n) {
        double sum = 0;
        double squares = 0;
        double[] p = new double[hist.length];
        double[] se = new double[hist.length];
        for (int j = 0; j < hist.length; j++) {
            sum += (double) j * hist[j];
            squares += (double) j * j * hist[j];
            p[j] = (double) hist[j] / n;
            se[j] = Math.sqrt(p[j] * (1 - p[j]) / n);
        }
        return new Summary.CountDistribution(
                Summary.Estimate.mean(sum, squares, n),
                countQuantile(hist, 0.05),
                countQuantile(hist, 0.5),
                countQuantile(hist, 0.95),
                p,
                se);
    }

    /** The count at rank max(1, ⌈qN⌉): the inverse of the empirical distribution function. */
    static int countQuantile(long[] histogram, double q) {
        long total = 0;
        for (long h : histogram) {
            total += h;
        }
        long rank = Math.max(1, (long) Math.ceil(q * total));
        long seen = 0;
        for (int j = 0; j < histogram.length; j++) {
            seen += histogram[j];
            if (seen >= rank) {
                return j;
            }
        }
        return histogram.length - 1;
    }

    private List<Summary.UnitYear> unitYears() {
        List<Summary.UnitYear> out = new ArrayList<>();
        long n = tally.trials();
        for (int c = 0; c < tally.units(); c++) {
            for (int t = 0; t <= tally.years(); t++) {
                int v = tally.variable(c, t);
                long[] bands = tally.unitBands(c, t);
                Summary.Estimate[] reach = new Summary.Estimate[thresholds.length];
                long cumulative = 0;
                for (int k = 0; k < thresholds.length; k++) {
                    cumulative += bands[k];
                    reach[k] = Summary.Estimate.probability(cumulative, n);
                }
                double[] pBand = new double[bands.length];
                double[] pBandSe = new double[bands.length];
                int modal = 0;
                for (int k = 0; k < bands.length; k++) {
                    pBand[k] = (double) bands[k] / n;
                    pBandSe[k] = Math.sqrt(pBand[k] * (1 - pBand[k]) / n);
                    modal = bands[k] > bands[modal] ? k : modal;
                }
                out.add(new Summary.UnitYear(
                        c,
                        baseYear + t,
                        Summary.Estimate.mean(tally.sum(v), tally.sumSquares(v), n),
                        quantiles(v),
                        reach,
                        pBand,
                        pBandSe,
                        modal));
            }
        }
        return out;
    }

    private List<Summary.CityYear> city() {
        List<Summary.CityYear> out = new ArrayList<>();
        long n = tally.trials();
        double baseMean = tally.sum(tally.variable(tally.units(), 0)) / n;
        for (int t = 0; t <= tally.years(); t++) {
            int v = tally.variable(tally.units(), t);
            Summary.Estimate mean = Summary.Estimate.mean(tally.sum(v), tally.sumSquares(v), n);
            double growth = t == 0 ? Double.NaN : Math.pow(mean.value() / baseMean, 1.0 / t) - 1;
            out.add(new Summary.CityYear(baseYear + t, mean, quantiles(v), growth));
        }
        return out;
    }

    private double[] quantiles(int variable) {
        double[] q = new double[Summary.LEVELS.length];
        for (int i = 0; i < q.length; i++) {
            q[i] = tally.sketch(variable).quantile(Summary.LEVELS[i]);
        }
        return q;
    }
}
