package org.countysim.model;

import java.util.List;

/**
 * The observations a scenario conditions its trials on (model.md §11), compiled: each one a sum of nominal GDP in
 * one year, an observed value and a tolerance. A trial's weight is the likelihood of every observation,
 * w = Π L(v − Σ), computed in log space by {@link Likelihood}.
 */
public record Evidence(List<Observation> observations) implements java.io.Serializable {
    /** No evidence: every trial counts alike and nothing is weighted. */
    public static final Evidence NONE = new Evidence(List.of());

    /**
     * Below this log-likelihood for the best trial of a run (every trial beyond about 24.5 sd of a Gaussian
     * observation), the weights cannot be told from zero: w² underflows near e^−745, so the effective sample size
     * and the standard errors would be noise or NaN. Such evidence is impossible under the scenario.
     */
    public static final double IMPOSSIBLE_LOG_WEIGHT = -300;

    /**
     * A trial whose log-likelihood lies below this weighs 0. In a run that is possible (its best trial at or above
     * {@link #IMPOSSIBLE_LOG_WEIGHT}) such a trial weighs less than e^−20 of the best one, nothing an estimate can
     * show; left as it is, its weight's square and products could be subnormal numbers, on which x86 arithmetic
     * takes many times longer.
     */
    public static final double NEGLIGIBLE_LOG_WEIGHT = -320;

    public Evidence {
        observations = List.copyOf(observations);
    }

    public boolean isEmpty() {
        return observations.isEmpty();
    }

    public int size() {
        return observations.size();
    }

    /**
     * One observation.
     *
     * @param label     what is observed, in words ("every row of jining_units_2021.csv", "任城区 + 兖州区"): the
     *                  scenario's {@code label}, free text in any language, for the console, report and files
     * @param labelZh   what is observed in Chinese, always generated from the rows summed ("jining_units_2021.csv
     *                  全部 13 个单位合计", "任城区 + 兖州区"), for the charts, which are drawn in Chinese
     * @param path      its scenario path, for messages ({@code evidence[0]})
     * @param yearIndex 0 for the base year: the sum of the rows' drawn base-year values ({@code baseSlots}); t ≥ 1
     *                  a projected year: the sum of the projected {@code units}' GDP in that year
     * @param sd        the Gaussian tolerance, or NaN
     * @param halfWidth the uniform tolerance (|v − Σ| ≤ halfWidth), or NaN
     */
    public record Observation(
            String label,
            String labelZh,
            String path,
            int year,
            int yearIndex,
            int[] units,
            int[] baseSlots,
            double value,
            double sd,
            double halfWidth)
            implements java.io.Serializable {
        public boolean gaussian() {
            return !Double.isNaN(sd);
        }

        /**
         * log L(v − Σ) up to a constant that does not depend on the trial: −½((v − Σ)/sd)², or 0 inside the
         * uniform tolerance and −∞ outside it. The constants log(sd·√(2π)) and log(2·halfWidth) cancel in every
         * self-normalised estimate; leaving them out keeps each weight ≤ 1, at 1 for a perfect match.
         */
        public double logLikelihood(double sum) {
            double miss = value - sum;
            if (gaussian()) {
                double z = miss / sd;
                return -0.5 * z * z;
            }
            return Math.abs(miss) <= halfWidth ? 0 : Double.NEGATIVE_INFINITY;
        }

        /**
         * The observation in Chinese, for a chart's subtitle: "2021 年 jining_units_2021.csv 全部 13 个单位合计 =
         * 5069.96亿（标准差 25亿）", or "（±5亿以内）" for a uniform tolerance.
         */
        public String describeZh() {
            return year + " 年 " + labelZh + " = " + BandLabels.yi(value) + "亿（"
                    + (gaussian() ? "标准差 " + BandLabels.yi(sd) + "亿" : "±" + BandLabels.yi(halfWidth) + "亿以内")
                    + "）";
        }

        /** "± 25 (sd)" or "± 5 (uniform)". */
        public String tolerance() {
            return gaussian() ? "± " + BandLabels.yi(sd) + " (sd)" : "± " + BandLabels.yi(halfWidth) + " (uniform)";
        }
    }
}
