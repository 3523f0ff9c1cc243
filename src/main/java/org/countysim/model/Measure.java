package org.countysim.model;

/**
 * What a per-trial metric measures (model.md §4), in the order the engine writes a trial's metrics: per band k,
 * n_k (units in the band), N_k (units at or above the threshold), met_k (N_k ≥ T_k) and exact_k (n_k = t_k); then
 * all targets met, the exact structure, and the city's total GDP at the horizon. Each says here how it is
 * computed from a trial's {@link TierCounts}, what it is called per trial ({@code met_500}) and over the trials
 * ({@code p_met_500}, its mean: a probability, an expected count or an expected amount), and how it reads in
 * words, in English and in Chinese.
 */
public enum Measure {
    IN_BAND(MetricKind.COUNT, true, "n_", "mean_count_"),
    REACHING(MetricKind.COUNT, true, "reaching_", "mean_reaching_"),
    MET(MetricKind.PROBABILITY, true, "met_", "p_met_"),
    EXACT(MetricKind.PROBABILITY, true, "exact_", "p_exact_"),
    ALL_MET(MetricKind.PROBABILITY, false, "all_met", "p_all_met"),
    EXACT_ALL(MetricKind.PROBABILITY, false, "exact_all", "p_exact_all"),
    CITY_GDP(MetricKind.AMOUNT, false, "city_gdp", "city_gdp");

    private final MetricKind kind;
    private final boolean perBand;
    private final String trialId;
    private final String meanId;

    /**
     * @param trialId the per-trial id, or its stem before the threshold ({@code met_} + 500)
     * @param meanId  the id of the mean over the trials, or its stem
     */
    Measure(MetricKind kind, boolean perBand, String trialId, String meanId) {
        this.kind = kind;
        this.perBand = perBand;
        this.trialId = trialId;
        this.meanId = meanId;
    }

    public MetricKind kind() {
        return kind;
    }

    /** Whether there is one per band (else one per trial). */
    public boolean perBand() {
        return perBand;
    }

    /** Band k's value in a trial (k is ignored by the measures that are not per band). */
    double value(TierCounts t, int k) {
        return switch (this) {
            case IN_BAND -> t.inBand(k);
            case REACHING -> t.reaching(k);
            case MET -> t.met(k) ? 1 : 0;
            case EXACT -> t.exact(k) ? 1 : 0;
            case ALL_MET -> t.allMet() ? 1 : 0;
            case EXACT_ALL -> t.exactAll() ? 1 : 0;
            case CITY_GDP -> t.cityGdp();
        };
    }

    /** {@code p_met_500}, {@code p_all_met}: the id of the mean over the trials (tables, sweep, solve, compare). */
    String id(MetricSet s, int k) {
        return perBand ? idAt(s.threshold(k)) : meanId;
    }

    /** A per-band measure's id at a threshold, a band of the model's or not (to name what the user asked for). */
    public String idAt(double threshold) {
        return meanId + BandLabels.yi(threshold);
    }

    /** {@code met_500}, {@code all_met}: the id of the per-trial value (Sobol, PRIM, the per-trial export). */
    String trialId(MetricSet s, int k) {
        return perBand ? trialId + BandLabels.yi(s.threshold(k)) : trialId;
    }

    /** The per-trial value in words: "at least 5 units ≥500亿", "units in 500–1000亿", "city GDP 2025 (亿元)". */
    String trialLabel(MetricSet s, int k) {
        double[] t = s.thresholds();
        Targets targets = s.targets();
        return switch (this) {
            case IN_BAND -> "units in " + BandLabels.exclusive(t, k);
            case REACHING -> "units " + BandLabels.cumulative(t, k);
            case MET -> BandLabels.atLeast(targets.cumulative(k), t, k);
            case EXACT -> BandLabels.exactly(targets.band(k), t, k);
            case ALL_MET -> "all targets met";
            case EXACT_ALL -> "exact structure " + targets.structure();
            case CITY_GDP -> "city GDP " + s.horizon() + " (亿元)";
        };
    }

    /** The same in Chinese: "≥500亿 至少 5 个", "500–1000亿 的单位数", "全市 2025年GDP（亿元）". */
    String trialLabelZh(MetricSet s, int k) {
        double[] t = s.thresholds();
        Targets targets = s.targets();
        return switch (this) {
            case IN_BAND -> BandLabels.exclusive(t, k) + " 的单位数";
            case REACHING -> BandLabels.cumulative(t, k) + " 的单位数";
            case MET -> BandLabels.atLeastZh(targets.cumulative(k), t, k);
            case EXACT -> BandLabels.exactlyZh(targets.band(k), t, k);
            case ALL_MET -> "全部目标达成";
            case EXACT_ALL -> "恰好达到结构 " + targets.structure();
            case CITY_GDP -> "全市 " + s.horizon() + "年GDP（亿元）";
        };
    }

    /**
     * The mean over the trials in words: a probability "P(at least 5 units ≥500亿)", a count "units ≥500亿", the
     * amount "city GDP (亿元)".
     */
    String label(MetricSet s, int k) {
        return switch (this) {
            case MET, EXACT, ALL_MET, EXACT_ALL -> "P(" + trialLabel(s, k) + ")";
            case IN_BAND, REACHING -> trialLabel(s, k);
            case CITY_GDP -> "city GDP (亿元)";
        };
    }

    /** The same in Chinese: "≥500亿 至少 5 个的概率", "≥500亿 的单位数（期望）", "全市GDP（亿元）". */
    String labelZh(MetricSet s, int k) {
        return switch (this) {
            case MET, EXACT, ALL_MET -> trialLabelZh(s, k) + "的概率";
            case EXACT_ALL -> trialLabelZh(s, k) + " 的概率";
            case IN_BAND, REACHING -> trialLabelZh(s, k) + "（期望）";
            case CITY_GDP -> "全市GDP（亿元）";
        };
    }
}
