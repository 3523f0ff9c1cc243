package org.countysim.model;

/**
 * One per-trial metric of a model: a {@link Measure}, for band {@code band} when it is one per band (else −1), at
 * {@code position} in the metrics the engine writes for each trial. Its names and labels are those of the
 * measure, read with the thresholds, targets and horizon of its {@link MetricSet}.
 */
public record Metric(Measure measure, int band, int position, MetricSet set) {
    /** {@code p_met_500}: the id of its mean over the trials, as the CSVs, JSON, sweep and solve name it. */
    public String id() {
        return measure.id(set, band);
    }

    /** {@code met_500}: the id of its value in one trial (Sobol, PRIM, the per-trial export). */
    public String trialId() {
        return measure.trialId(set, band);
    }

    public MetricKind kind() {
        return measure.kind();
    }

    /** Whether it is 0 or 1 in each trial, so that its mean is a probability. */
    public boolean isProbability() {
        return measure.kind() == MetricKind.PROBABILITY;
    }

    /** Its mean in words: "P(at least 5 units ≥500亿)", "units in 500–1000亿", "city GDP (亿元)". */
    public String label() {
        return measure.label(set, band);
    }

    /** Its mean in Chinese: "≥500亿 至少 5 个的概率", "全市GDP（亿元）". */
    public String labelZh() {
        return measure.labelZh(set, band);
    }

    /** Its value in one trial, in words: "at least 5 units ≥500亿", "city GDP 2025 (亿元)". */
    public String trialLabel() {
        return measure.trialLabel(set, band);
    }

    public String trialLabelZh() {
        return measure.trialLabelZh(set, band);
    }

    /** Its value in a trial of these counts. */
    public double value(TierCounts counts) {
        return measure.value(counts, band);
    }

    /** The id: a metric prints as its name (the set it belongs to would print its every metric). */
    @Override
    public String toString() {
        return id();
    }
}
