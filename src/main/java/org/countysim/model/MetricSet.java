package org.countysim.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * The per-trial metrics of a model with these bands: every {@link Measure} in its order, the per-band ones for
 * each band (thresholds descending). The position of a metric here is its position in the metrics the engine
 * writes for a trial, in the tallies of paired runs and in every table that lists them; nothing else keeps an
 * offset. Two sets are equal when their thresholds, targets and horizon are.
 */
public final class MetricSet implements Iterable<Metric> {
    private final double[] thresholds;
    private final Targets targets;
    private final int horizon;
    private final List<Metric> metrics;

    /** @param thresholds descending; @param horizon the year the metrics are read at (for the city's label) */
    public MetricSet(double[] thresholds, Targets targets, int horizon) {
        this.thresholds = thresholds.clone();
        this.targets = targets;
        this.horizon = horizon;
        List<Metric> list = new ArrayList<>();
        for (Measure m : Measure.values()) {
            if (m.perBand()) {
                for (int k = 0; k < thresholds.length; k++) {
                    list.add(new Metric(m, k, list.size(), this));
                }
            } else {
                list.add(new Metric(m, -1, list.size(), this));
            }
        }
        this.metrics = List.copyOf(list);
    }

    public static MetricSet of(CompiledModel model) {
        return new MetricSet(model.thresholds(), model.targets(), model.horizon());
    }

    /** How many metrics a model with this many bands has (the engine's per-trial array). */
    public static int size(int bands) {
        int size = 0;
        for (Measure m : Measure.values()) {
            size += m.perBand() ? bands : 1;
        }
        return size;
    }

    public List<Metric> metrics() {
        return metrics;
    }

    @Override
    public Iterator<Metric> iterator() {
        return metrics.iterator();
    }

    public int size() {
        return metrics.size();
    }

    /** The metric at a position. */
    public Metric get(int position) {
        return metrics.get(position);
    }

    /** A measure that is not per band ({@link Measure#ALL_MET}, {@link Measure#CITY_GDP}, …). */
    public Metric of(Measure measure) {
        return of(measure, -1);
    }

    public Metric of(Measure measure, int band) {
        for (Metric m : metrics) {
            if (m.measure() == measure && m.band() == band) {
                return m;
            }
        }
        throw new IllegalArgumentException(measure + (band < 0 ? " is one per band" : " is not per band"));
    }

    /** The metric with this id ({@code p_met_500}), or null. */
    public Metric find(String id) {
        for (Metric m : metrics) {
            if (m.id().equals(id)) {
                return m;
            }
        }
        return null;
    }

    /** Every id, in order: mean_count_…, mean_reaching_…, p_met_…, p_exact_…, p_all_met, p_exact_all, city_gdp. */
    public List<String> ids() {
        return metrics.stream().map(Metric::id).toList();
    }

    public double[] thresholds() {
        return thresholds.clone();
    }

    double threshold(int k) {
        return thresholds[k];
    }

    public Targets targets() {
        return targets;
    }

    public int horizon() {
        return horizon;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MetricSet s
                && Arrays.equals(thresholds, s.thresholds)
                && targets.equals(s.targets)
                && horizon == s.horizon;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(thresholds), targets, horizon);
    }

    @Override
    public String toString() {
        return ids().toString();
    }
}
