package org.countysim.report;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.countysim.result.VariantResult;
import org.countysim.model.BandLabels;
import org.countysim.model.Targets;
import org.countysim.result.MetricIds;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/**
 * compare.png: for each scenario, P(met) of each target (at least T units at or above the threshold) and P(all
 * targets met), and the mean number of units at or above each threshold, with ±1 SE bars.
 */
public final class CompareChart {
    private static final Color[] SERIES = {new Color(0x1E88E5), new Color(0x43A047), new Color(0xFB8C00),
        new Color(0x8E24AA), new Color(0x6D4C41)};
    private final ChartStyle style;

    public CompareChart(ChartStyle style) {
        this.style = style;
    }

    /** Rows: scenarios; columns: metrics whose id starts with one of the prefixes (probabilities in percent). */
    public DefaultStatisticalCategoryDataset dataset(VariantResult r, List<String> prefixes, double[] thresholds,
                                                     Targets targets) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        for (int v = 0; v < r.variants().size(); v++) {
            for (int j = 0; j < r.metrics().size(); j++) {
                String id = r.metrics().get(j);
                if (prefixes.stream().anyMatch(id::startsWith)) {
                    double scale = id.startsWith("p_") ? 100 : 1;
                    data.add(r.values()[v][j].value() * scale, r.values()[v][j].se() * scale, r.variants().get(v),
                            category(id, thresholds, targets));
                }
            }
        }
        return data;
    }

    /** "≥500亿 至少 5 个" / "at least 5 units >=500 yi" for a target, "≥500亿" for a count, or "all targets". */
    private String category(String id, double[] thresholds, Targets targets) {
        if (id.equals("p_all_met")) {
            return style.t("全部目标", "all targets");
        }
        int k = MetricIds.band(id, thresholds);
        if (k < 0) {
            return id;
        }
        if (id.startsWith("p_met_")) {
            return style.t(BandLabels.atLeastZh(targets.cumulative(k), thresholds, k),
                    BandLabels.ascii(BandLabels.atLeast(targets.cumulative(k), thresholds, k)));
        }
        String band = BandLabels.cumulative(thresholds, k);
        return style.chinese ? band : BandLabels.ascii(band);
    }

    private JFreeChart panel(DefaultStatisticalCategoryDataset data, String title, String axis, int scenarios) {
        StatisticalBarRenderer r = new StatisticalBarRenderer();
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(null), new NumberAxis(axis), r);
        JFreeChart chart = new JFreeChart(title, style.font(Font.BOLD, 13), plot, true);
        style.apply(chart);
        for (int v = 0; v < scenarios; v++) {
            r.setSeriesPaint(v, SERIES[v % SERIES.length]);
        }
        r.setErrorIndicatorPaint(Color.DARK_GRAY);
        return chart;
    }

    public void write(Path file, VariantResult r, double[] thresholds, Targets targets, int horizon)
            throws IOException {
        int n = r.variants().size();
        JFreeChart probabilities = panel(dataset(r, List.of("p_met_", "p_all_met"), thresholds, targets),
                style.t("达标概率（%）：至少若干个单位达到门槛", "P(met) (%): at least so many units at or above"), "%", n);
        JFreeChart counts = panel(dataset(r, List.of("mean_reaching_"), thresholds, targets),
                style.t("达到各门槛的平均单位个数", "mean number of units at or above each threshold"),
                style.t("单位个数", "units"), n);
        style.writeGrid(file, style.t(horizon + " 年情景比较：", "Scenarios compared, " + horizon + ": ")
                + String.join(" · ", r.variants()), style.t("误差线 ±1 标准误；共同随机数，", "error bars ±1 SE; common random numbers, ")
                + r.trials() + style.t(" 次模拟", " trials"), List.of(probabilities, counts), 2, 640, 420);
    }
}
