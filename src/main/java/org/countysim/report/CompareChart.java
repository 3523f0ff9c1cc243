package org.countysim.report;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.countysim.model.BandLabels;
import org.countysim.model.Measure;
import org.countysim.model.Metric;
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

    /** Rows: scenarios; columns: the metrics of these measures (probabilities in percent); ±2 SE. */
    public DefaultStatisticalCategoryDataset dataset(VariantResult r, List<Measure> measures) {
        return dataset(r, r.values(), 0, measures);
    }

    /** Rows: every scenario but the first; values: its difference from the first, ±2 paired SE. */
    public DefaultStatisticalCategoryDataset differenceDataset(VariantResult r, List<Measure> measures) {
        return dataset(r, r.differences(), 1, measures);
    }

    private DefaultStatisticalCategoryDataset dataset(
            VariantResult r, Summary.Estimate[][] values, int from, List<Measure> measures) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        for (int v = from; v < r.variants().size(); v++) {
            for (Metric m : r.metrics()) {
                if (measures.contains(m.measure())) {
                    int j = m.position();
                    double scale = m.isProbability() ? 100 : 1;
                    data.add(
                            values[v][j].value() * scale,
                            2 * values[v][j].se() * scale,
                            r.variants().get(v),
                            category(m));
                }
            }
        }
        return data;
    }

    /** "≥500亿 至少 5 个" / "at least 5 units >=500 yi" for a target, "≥500亿" for a count, or "all targets". */
    private String category(Metric m) {
        return switch (m.measure()) {
            case ALL_MET -> style.t("全部目标", "all targets");
            case MET -> style.t(m.trialLabelZh(), BandLabels.ascii(m.trialLabel()));
            case REACHING -> {
                String band = BandLabels.atOrAbove(m.set().thresholds()[m.band()]);
                yield style.chinese ? band : BandLabels.ascii(band);
            }
            default -> m.id();
        };
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
    public void write(Path file, VariantResult r, int horizon, List<String> overrides) throws IOException {
        String reference = r.variants().get(0);
        List<JFreeChart> panels = new ArrayList<>();
        List<Measure> probabilities = List.of(Measure.MET, Measure.ALL_MET);
        List<Measure> counts = List.of(Measure.REACHING);
        panels.add(panel(
                dataset(r, probabilities),
                style.t("达标概率（%）：至少若干个单位达到门槛", "P(met) (%): at least so many units at or above"),
                "%",
                0,
                false));
        boolean differences = r.variants().size() > 1;
        if (differences) {
            panels.add(panel(
                    differenceDataset(r, probabilities),
                    style.t("达标概率：与 " + reference + " 之差（百分点）", "P(met): difference from " + reference + " (points)"),
                    style.t("百分点", "points"),
                    1,
                    true));
        }
        panels.add(panel(
                dataset(r, counts),
                style.t("达到各门槛的平均单位个数", "mean number of units at or above each threshold"),
                style.t("单位个数", "units"),
                0,
                false));
        if (differences) {
            panels.add(panel(
                    differenceDataset(r, counts),
                    style.t("平均单位个数：与 " + reference + " 之差", "mean units: difference from " + reference),
                    style.t("单位个数", "units"),
                    1,
                    true));
        }
        style.writeGrid(
                file,
                style.t(horizon + " 年情景比较：", "Scenarios compared, " + horizon + ": ")
                        + String.join(" · ", r.variants())
                        + (r.weighted() ? style.t("（依证据）", " (given the evidence)") : ""),
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
