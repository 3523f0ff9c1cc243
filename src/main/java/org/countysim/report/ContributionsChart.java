package org.countysim.report;

import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.countysim.model.BandLabels;
import org.countysim.model.Measure;
import org.countysim.model.Metric;
import org.countysim.result.Attribution;
import org.countysim.result.Summary;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/** contributions.png: per metric, each intervention's Shapley value (leave-one-out if Shapley was skipped) ± 1 SE. */
public final class ContributionsChart {
    private final ChartStyle style;

    public ContributionsChart(ChartStyle style) {
        this.style = style;
    }

    /** One row per intervention: the value and its standard error for metric j. */
    public DefaultStatisticalCategoryDataset dataset(Attribution a, int metric) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        Summary.Estimate[][] values = a.shapley() != null ? a.shapley() : a.leaveOneOut();
        for (int i = 0; i < a.interventions().size(); i++) {
            String name = style.chinese ? a.labels().get(i) : a.interventions().get(i);
            double scale = percent(a, metric) ? 100 : 1;
            data.add(values[i][metric].value() * scale, values[i][metric].se() * scale, "contribution", name);
        }
        return data;
    }

    static boolean allZero(DefaultStatisticalCategoryDataset data) {
        for (int c = 0; c < data.getColumnCount(); c++) {
            Number v = data.getMeanValue(0, c);
            Number se = data.getStdDevValue(0, c);
            if (v != null && v.doubleValue() != 0 || se != null && se.doubleValue() != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean percent(Attribution a, int metric) {
        return a.metrics().get(metric).isProbability();
    }

    /** The panel's title: the metric's reading in words. */
    private String title(Attribution a, int metric) {
        Metric m = a.metrics().get(metric);
        return switch (m.measure()) {
            case ALL_MET -> style.t("全部目标达成概率（百分点）", "P(all targets met), points");
            case CITY_GDP -> style.t("全市（各单位合计）GDP（亿元）", "city total GDP (100 million yuan)");
            default -> style.t(m.trialLabelZh() + " 的概率（百分点）", "P(" + BandLabels.ascii(m.trialLabel()) + "), points");
        };
    }

    /**
     * Panels for the headline metrics: P(all targets met), each target's P(met) (at least T units at or above the
     * threshold) and the city total. The exact-structure and count metrics are in contributions.csv.
     */
    public void write(Path file, Attribution a, int horizon, String scenarioTitle) throws IOException {
        List<JFreeChart> panels = new ArrayList<>();
        List<Integer> shown = new ArrayList<>();
        shown.add(a.metrics().of(Measure.ALL_MET).position());
        for (Metric m : a.metrics()) {
            if (m.measure() == Measure.MET) {
                shown.add(m.position());
            }
        }
        shown.add(a.metrics().of(Measure.CITY_GDP).position());
        for (int metric : shown) {
            StatisticalBarRenderer r = new StatisticalBarRenderer();
            NumberAxis value = new NumberAxis(
                    percent(a, metric) ? style.t("百分点", "percentage points") : style.t("亿元", "100 million yuan"));
            CategoryAxis names = new CategoryAxis(null);
            names.setMaximumCategoryLabelWidthRatio(0.45f);
            names.setMaximumCategoryLabelLines(3); // long Chinese labels wrap instead of being cut
            DefaultStatisticalCategoryDataset data = dataset(a, metric);
            if (allZero(data)) {
                // nothing moves this metric (a probability of 0 in every variant): JFreeChart's automatic range
                // would be ±4E-9 with exponent ticks; ±1 point or 1亿 with whole ticks reads as "0"
                value.setRange(-1, 1);
                value.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            }
            CategoryPlot plot = new CategoryPlot(data, names, value, r);
            plot.setOrientation(PlotOrientation.HORIZONTAL);
            JFreeChart chart = new JFreeChart(title(a, metric), style.font(Font.BOLD, 12), plot, false);
            style.apply(chart);
            r.setSeriesPaint(0, ChartStyle.BAND_INNER);
            r.setErrorIndicatorPaint(java.awt.Color.DARK_GRAY);
            panels.add(chart);
        }
        String method = a.shapley() != null
                ? style.t("Shapley 值", "Shapley values")
                : style.t("逐一剔除差值（干预过多，未算 Shapley）", "leave-one-out deltas (too many for Shapley)");
        String subtitle = method
                + style.t("，误差线 ±1 标准误，共同随机数，", ", error bars ±1 SE, common random numbers, ")
                + a.trials()
                + style.t(" 次模拟", " trials");
        style.writeGrid(
                file,
                style.t(horizon + " 年各项干预的贡献 — ", "Contribution of each intervention in " + horizon + " — ")
                        + scenarioTitle,
                subtitle,
                panels,
                3,
                460,
                80 + 48 * Math.max(2, a.interventions().size()));
    }
}
