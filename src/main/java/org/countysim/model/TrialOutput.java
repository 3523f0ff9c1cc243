package org.countysim.model;

/**
 * A value each trial has, that a Sobol analysis, PRIM or the per-trial export reads: one of the model's metrics
 * (by its per-trial id and labels, {@code met_500}) or a unit's GDP at the horizon ({@code gdp_<unit code>}).
 *
 * @param metric the metric it is, or null for a unit's GDP
 * @param unit   the unit whose horizon GDP it is, or −1 for a metric
 */
public record TrialOutput(String id, String label, String labelZh, Metric metric, int unit) {
    /** A metric's value in one trial. */
    public static TrialOutput of(Metric m) {
        return new TrialOutput(m.trialId(), m.trialLabel(), m.trialLabelZh(), m, -1);
    }

    /** Unit {@code index}'s GDP at the horizon. */
    public static TrialOutput unitGdp(UnitInfo u, int index, int horizon) {
        return new TrialOutput(
                "gdp_" + u.code(),
                u.displayName() + " GDP " + horizon + " (亿元)",
                u.displayName() + " " + horizon + "年GDP（亿元）",
                null,
                index);
    }

    /** Whether it is 0 or 1 in every trial (a condition PRIM can look for). */
    public boolean binary() {
        return metric != null && metric.isProbability();
    }

    public boolean is(Measure measure) {
        return metric != null && metric.measure() == measure;
    }

    /** All targets met, or one target met: the outputs whose variance the value of information apportions. */
    public boolean isTarget() {
        return is(Measure.ALL_MET) || is(Measure.MET);
    }

    /** Its value from a trial's metrics (at their {@link MetricSet} positions) and its units' horizon GDP. */
    public double value(double[] metrics, double[] gdp) {
        return metric != null ? metrics[metric.position()] : gdp[unit];
    }
}
