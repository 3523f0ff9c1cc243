package org.countysim.report;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.countysim.model.BandLabels;
import org.countysim.model.Targets;
import org.countysim.result.MetricIds;
import org.countysim.result.Summary;
import org.countysim.result.VariantResult;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/**
 * compare.png: per band P(target met) and P(all), and the mean counts — each as levels per scenario, and as the
 * difference of every other scenario from the first on its own axis. The differences carry paired standard
 * errors (common random numbers), so an effect of a few tenths of a point, invisible on a 0–100 axis of levels,
 * is read there with its ±2 SE.
 */
public final class CompareChart {
    private static final Color[] SERIES = {
        new Color(0x1E88E5), new Color(0x43A047), new Color(0xFB8C00), new Color(0x8E24AA), new Color(0x6D4C41)
    };
    private final ChartStyle style;

    public CompareChart(ChartStyle style) {
        this.style = style;
    }

    /** Rows: scenarios; columns: metrics whose id starts with one of the prefixes (probabilities in percent); ±2 SE. */
    public DefaultStatisticalCategoryDataset dataset(
            VariantResult r, List<String> prefixes, double[] thresholds, Targets targets) {
        return dataset(r, r.values(), 0, prefixes, thresholds, targets);
    }

    /** Rows: every scenario but the first; values: its difference from the first, ±2 paired SE. */
    public DefaultStatisticalCategoryDataset differenceDataset(
            VariantResult r, List<String> prefixes, double[] thresholds, Targets targets) {
        return dataset(r, r.differences(), 1, prefixes, thresholds, targets);
    }

    private DefaultStatisticalCategoryDataset dataset(
            VariantResult r,
            Summary.Estimate[][] values,
            int from,
            List<String> prefixes,
            double[] thresholds,
            Targets targets) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        for (int v = from; v < r.variants().size(); v++) {
            for (int j = 0; j < r.metrics().size(); j++) {
                String id = r.metrics().get(j);
                if (prefixes.stream().anyMatch(id::startsWith)) {
                    double scale = id.startsWith("p_") ? 100 : 1;
                    data.add(
                            values[v][j].value() * scale,
                            2 * values[v][j].se() * scale,
                            r.variants().get(v),
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
            return style.t(
                    BandLabels.atLeastZh(targets.cumulative(k), thresholds, k),
                    BandLabels.ascii(BandLabels.atLeast(targets.cumulative(k), thresholds, k)));
        }
        String band = BandLabels.cumulative(thresholds, k);
        return style.chinese ? band : BandLabels.ascii(band);
    }

    private JFreeChart panel(
            DefaultStatisticalCategoryDataset data, String title, String axis, int firstColour, boolean difference) {
        StatisticalBarRenderer r = new StatisticalBarRenderer();
        NumberAxis values = new NumberAxis(axis);
        values.setAutoRangeIncludesZero(true);
        CategoryAxis categories = new CategoryAxis(null);
        categories.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        categories.setMaximumCategoryLabelLines(2);
        CategoryPlot plot = new CategoryPlot(data, categories, values, r);
        if (difference) {
            plot.addRangeMarker(style.marker(0, Color.DARK_GRAY, null, false));
        }
        JFreeChart chart = new JFreeChart(title, style.font(Font.BOLD, 13), plot, true);
        style.apply(chart);
        for (int v = 0; v < data.getRowCount(); v++) {
            r.setSeriesPaint(v, SERIES[(v + firstColour) % SERIES.length]);
        }
        r.setErrorIndicatorPaint(Color.DARK_GRAY);
        return chart;
    }

    /** @param overrides the --set changes of a what-if (named in the subtitle), or empty */
    public void write(
            Path file, VariantResult r, double[] thresholds, Targets targets, int horizon, List<String> overrides)
            throws IOException {
        String reference = r.variants().get(0);
        List<JFreeChart> panels = new ArrayList<>();
        List<String> probabilities = List.of("p_met_", "p_all_met");
        List<String> counts = List.of("mean_reaching_");
        panels.add(panel(
                dataset(r, probabilities, thresholds, targets),
                style.t("达标概率（%）：至少若干个单位达到门槛", "P(met) (%): at least so many units at or above"),
                "%",
                0,
                false));
        boolean differences = r.variants().size() > 1;
        if (differences) {
            panels.add(panel(
                    differenceDataset(r, probabilities, thresholds, targets),
                    style.t("达标概率：与 " + reference + " 之差（百分点）", "P(met): difference from " + reference + " (points)"),
                    style.t("百分点", "points"),
                    1,
                    true));
        }
        panels.add(panel(
                dataset(r, counts, thresholds, targets),
                style.t("达到各门槛的平均单位个数", "mean number of units at or above each threshold"),
                style.t("单位个数", "units"),
                0,
                false));
        if (differences) {
            panels.add(panel(
                    differenceDataset(r, counts, thresholds, targets),
                    style.t("平均单位个数：与 " + reference + " 之差", "mean units: difference from " + reference),
                    style.t("单位个数", "units"),
                    1,
                    true));
        }
        style.writeGrid(
                file,
                style.t(horizon + " 年情景比较：", "Scenarios compared, " + horizon + ": ")
                        + String.join(" · ", r.variants()),
                style.t(
                                "误差线 ±2 标准误（差值为配对标准误）；共同随机数，",
                                "error bars ±2 SE (paired SE for differences); common random numbers, ")
                        + r.trials()
                        + style.t(" 次模拟", " trials")
                        + (overrides.isEmpty() ? "" : style.t("；假设：", "; what-if: ") + String.join("; ", overrides)),
                panels,
                2,
                640,
                420);
    }
}
