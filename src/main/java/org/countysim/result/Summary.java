package org.countysim.result;

import java.util.List;
import org.countysim.model.BandLabels;
import org.countysim.model.Counting;

/**
 * The §4 summary of a run: the tiers at the horizon, unit-year GDP distributions and the city total. Every
 * probability comes with its Monte Carlo standard error sqrt(p(1−p)/N), every mean with sd/sqrt(N); a summary
 * conditioned on evidence (model.md §11) holds the self-normalised weighted estimates with their delta-method
 * standard errors sqrt(Σ w²(x − x̄)²)/Σ w instead.
 *
 * @param ess the effective sample size (Σw)²/Σw²: the trials for an unweighted summary
 */
public record Summary(
        long trials, Tiers tiers, List<UnitYear> unitYears, List<CityYear> city, long clamps, double ess) {

    /** An unweighted summary: its effective sample size is its number of trials. */
    public Summary(long trials, Tiers tiers, List<UnitYear> unitYears, List<CityYear> city, long clamps) {
        this(trials, tiers, unitYears, city, clamps, trials);
    }

    /**
     * The trials a probability of exactly 0 or 1 is bounded by ("< 1/N"): the trials, or for a weighted summary its
     * effective sample size rounded down (a weighted estimate resolves no finer than that).
     */
    public long effectiveTrials() {
        return ess == trials ? trials : Math.max(1, (long) Math.floor(ess));
    }

    /** The GDP quantile levels reported everywhere. */
    public static final double[] LEVELS = {0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95};

    /** Index of the median in {@link #LEVELS}. */
    public static final int MEDIAN = 3;

    /**
     * The targets over trials (model.md §4).
     *
     * @param allMet   P(every target met): at least T_k units at or above each threshold k
     * @param exactAll P(exactly the band targets in every band): the structure as written, a secondary reading
     */
    public record Tiers(List<Band> bands, Estimate allMet, Estimate exactAll) {
        public Tiers {
            bands = List.copyOf(bands);
        }
    }

    /**
     * One band: its two counts, each with the target of its own kind.
     *
     * @param name             the scenario's name for the band, else its label ("500–1000亿")
     * @param upperYi          the band's upper bound (NaN for the top band)
     * @param target           t_k, units in the band as the plan lists them
     * @param cumulativeTarget T_k, at least this many units at or above the threshold
     * @param inBand           the distribution of n_k, units in the band
     * @param reaching         the distribution of N_k, units at or above the threshold
     * @param met              P(N_k ≥ T_k)
     * @param exact            P(n_k = t_k)
     */
    public record Band(
            String name,
            double thresholdYi,
            double upperYi,
            int target,
            int cumulativeTarget,
            CountDistribution inBand,
            CountDistribution reaching,
            Estimate met,
            Estimate exact) {

        public CountDistribution count(Counting counting) {
            return counting == Counting.EXCLUSIVE ? inBand : reaching;
        }

        /** The target compared with that count: t_k with n_k, T_k with N_k. */
        public int target(Counting counting) {
            return counting == Counting.EXCLUSIVE ? target : cumulativeTarget;
        }

        /** Where that count's units are: the band's name, or "≥500亿". */
        public String label(Counting counting) {
            return counting == Counting.EXCLUSIVE ? name : BandLabels.atOrAbove(thresholdYi);
        }

        /** P(met) for the cumulative count, P(exact) for the one in the band. */
        public Estimate probability(Counting counting) {
            return counting == Counting.EXCLUSIVE ? exact : met;
        }

        /** Whether a count of j is a success: j ≥ T_k units at or above, or exactly t_k in the band. */
        public boolean success(Counting counting, int j) {
            return counting == Counting.EXCLUSIVE ? j == target : j >= cumulativeTarget;
        }
    }

    /**
     * A count's distribution over trials.
     *
     * @param p   P(count = j) for j = 0..units
     * @param pSe the standard error of each P(count = j)
     * @param p5  count quantiles as integers (the count at that rank)
     */
    public record CountDistribution(Estimate mean, int p5, int p50, int p95, double[] p, double[] pSe) {
        /** The standard error of P(count = j). */
        public double se(int j) {
            return pSe[j];
        }
    }

    /**
     * @param pBand   P(ending in each exclusive band), the last entry being "below every threshold"
     * @param pBandSe the standard error of each
     */
    public record UnitYear(
            int unit,
            int year,
            Estimate mean,
            double[] quantiles,
            Estimate[] pReach,
            double[] pBand,
            double[] pBandSe,
            int modalBand) {}

    /** @param meanGrowth annual nominal growth of the mean city total since the base year (NaN in the base year) */
    public record CityYear(int year, Estimate mean, double[] quantiles, double meanGrowth) {}

    /** A Monte Carlo estimate with its standard error. */
    public record Estimate(double value, double se) {
        public static Estimate probability(long hits, long trials) {
            double p = (double) hits / trials;
            return new Estimate(p, Math.sqrt(p * (1 - p) / trials));
        }

        public static Estimate mean(double sum, double sumSquares, long trials) {
            double mean = sum / trials;
            double variance = trials > 1 ? Math.max(0, (sumSquares - trials * mean * mean) / (trials - 1)) : 0;
            return new Estimate(mean, Math.sqrt(variance / trials));
        }

        /**
         * The self-normalised weighted mean Σwx/Σw with its delta-method standard error
         * sqrt(Σ w²(x − x̄)²)/Σw, from Σwx, Σw²x, Σw²x², Σw and Σw² (the square expanded, clamped at 0).
         */
        public static Estimate weightedMean(double sumWx, double sumW2x, double sumW2x2, double sumW, double sumW2) {
            double mean = sumWx / sumW;
            double spread = Math.max(0, sumW2x2 - 2 * mean * sumW2x + mean * mean * sumW2);
            return new Estimate(mean, Math.sqrt(spread) / sumW);
        }

        /**
         * A weighted probability: the weighted mean of an indicator, from the weight of the trials where it holds
         * (Σw·I, Σw²·I) and of all trials; as I² = I, Σw²(I − p)² = (1 − 2p)Σw²I + p²Σw².
         */
        public static Estimate weightedProbability(double hitW, double hitW2, double sumW, double sumW2) {
            Estimate e = weightedMean(hitW, hitW2, hitW2, sumW, sumW2);
            // a sum of the weights of some trials can round a hair above the sum of all
            return new Estimate(Math.min(1, Math.max(0, e.value())), e.se());
        }
    }
}
