package org.countysim.report;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.countysim.result.VariantResult;
import org.countysim.model.BandLabels;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/** compare.png: P(target met) per band and P(all) for each scenario, and the mean counts, with ±1 SE bars. */
public final class CompareChart {
    private static final Color[] SERIES = {new Color(0x1E88E5), new Color(0x43A047), new Color(0xFB8C00),
        new Color(0x8E24AA), new Color(0x6D4C41)};
    private final ChartStyle style;

    public CompareChart(ChartStyle style) {
        this.style = style;
    }

    /** Rows: scenarios; columns: metrics whose id starts with the prefix (probabilities in percent). */
    public DefaultStatisticalCategoryDataset dataset(VariantResult r, String prefix, double[] thresholds, boolean cumulative) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        for (int v = 0; v < r.variants().size(); v++) {
            for (int j = 0; j < r.metrics().size(); j++) {
                String id = r.metrics().get(j);
                if (id.startsWith(prefix)) {
                    double scale = id.startsWith("p_") ? 100 : 1;
                    data.add(r.values()[v][j].value() * scale, r.values()[v][j].se() * scale, r.variants().get(v),
                            category(id, thresholds, cumulative));
                }
            }
        }
        return data;
    }

    /** The band's label, or "all targets". */
    private String category(String id, double[] thresholds, boolean cumulative) {
        if (id.equals("p_all_met")) {
            return style.t("全部目标", "all targets");
        }
        String threshold = id.substring(id.lastIndexOf('_') + 1);
        for (int k = 0; k < thresholds.length; k++) {
            if (BandLabels.yi(thresholds[k]).equals(threshold)) {
                String band = cumulative ? BandLabels.cumulative(thresholds, k) : BandLabels.exclusive(thresholds, k);
                return style.chinese ? band : BandLabels.ascii(band);
            }
        }
        return id;
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

    public void write(Path file, VariantResult r, double[] thresholds, boolean cumulative, int horizon)
            throws IOException {
        int n = r.variants().size();
        JFreeChart probabilities = panel(dataset(r, "p_", thresholds, cumulative),
                style.t("达标概率（%）", "probability of meeting the target (%)"), "%", n);
        JFreeChart counts = panel(dataset(r, "mean_count", thresholds, cumulative),
                style.t("各档平均单位个数", "mean number of units per band"), style.t("单位个数", "units"), n);
        style.writeGrid(file, style.t(horizon + " 年情景比较：", "Scenarios compared, " + horizon + ": ")
                + String.join(" · ", r.variants()), style.t("误差线 ±1 标准误；共同随机数，", "error bars ±1 SE; common random numbers, ")
                + r.trials() + style.t(" 次模拟", " trials"), List.of(probabilities, counts), 2, 640, 420);
    }
}
