package org.countysim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.countysim.format.Cells;
import org.countysim.model.BandLabels;
import org.countysim.model.Metric;
import org.countysim.result.Summary;
import org.countysim.result.VariantResult;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * sweep.png. One parameter: the chosen metric with a ±2 SE band, and under it its difference from the first
 * point with ±2 paired SE — the points share their random numbers, so the differences are far more precise
 * than the levels and show effects the level bands hide. Two parameters: a heatmap ({@link SweepHeatmap}).
 */
public final class SweepChart {
    private final ChartStyle style;

    public SweepChart(ChartStyle style) {
        this.style = style;
    }

    /** What a sweep produced: the parameters, the points, the metrics there, and the metric to draw. */
    public record Sweep(List<ParamAxis> params, List<double[]> points, VariantResult result, Metric metric) {
        /** Probabilities are drawn in percent. */
        double scale() {
            return metric.isProbability() ? 100 : 1;
        }
    }

    /** One parameter: x, the metric, and ±2 SE (probabilities in percent). */
    public static YIntervalSeriesCollection lineDataset(Sweep o) {
        return dataset(o, o.result().values(), o.metric().id());
    }

    /** One parameter: x, the difference from the first point, and ±2 paired SE (probabilities in points). */
    public static YIntervalSeriesCollection differenceDataset(Sweep o) {
        return dataset(o, o.result().differences(), "Δ " + o.metric().id());
    }

    private static YIntervalSeriesCollection dataset(Sweep o, Summary.Estimate[][] values, String name) {
        int m = o.metric().position();
        double scale = o.scale();
        YIntervalSeries s = new YIntervalSeries(name);
        for (int v = 0; v < o.points().size(); v++) {
            Summary.Estimate e = values[v][m];
            s.add(
                    o.points().get(v)[0],
                    e.value() * scale,
                    (e.value() - 2 * e.se()) * scale,
                    (e.value() + 2 * e.se()) * scale);
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(s);
        return data;
    }

    public void write(Path file, Sweep o, String title) throws IOException {
        // the metric's own Chinese label on a Chinese chart (MetricSet), its Latin one otherwise
        String label = style.chinese
                ? o.metric().labelZh()
                : BandLabels.ascii(o.metric().label());
        boolean probability = o.metric().isProbability();
        String trials = style.t("各点共用随机数，", "common random numbers at every point, ")
                + o.result().trials()
                + style.t(" 次模拟/点", " trials per point");
        String heading = style.t("参数扫描 — ", "Sweep — ") + title + ": " + label
                + (o.result().weighted() ? style.t("（依证据）", " (given the evidence)") : "");
        if (o.params().size() == 2) {
            JFreeChart chart = new SweepHeatmap(style).chart(o, label + (probability ? " (%)" : ""));
            style.writeGrid(file, heading, trials, List.of(chart), 1, 900, 600);
            return;
        }
        String first = Cells.num(o.points().get(0)[0]);
        String subtitle = style.t(
                        "上：水平 ±2 标准误；下：与首点（" + first + "）之差 ±2 配对标准误；",
                        "top: level ±2 SE; bottom: difference from the first point (" + first + ") ±2 paired SE; ")
                + trials;
        style.writeGrid(file, heading, subtitle, List.of(line(o, label, probability)), 1, 900, 680);
    }

    private JFreeChart line(Sweep o, String label, boolean probability) {
        NumberAxis x = new NumberAxis(o.params().get(0).name(style));
        x.setAutoRangeIncludesZero(false);
        x.setLowerMargin(0.02);
        x.setUpperMargin(0.02);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(x);
        plot.setGap(14);
        NumberAxis levelAxis = new NumberAxis(label + (probability ? " (%)" : ""));
        levelAxis.setAutoRangeIncludesZero(false);
        DeviationRenderer levelBand = new DeviationRenderer(true, true);
        plot.add(new XYPlot(lineDataset(o), null, levelAxis, levelBand), 3);
        NumberAxis deltaAxis = new NumberAxis(style.t("与首点之差", "difference from the first point")
                + (probability ? style.t("（百分点）", " (points)") : ""));
        deltaAxis.setAutoRangeIncludesZero(true);
        DeviationRenderer deltaBand = new DeviationRenderer(true, true);
        XYPlot delta = new XYPlot(differenceDataset(o), null, deltaAxis, deltaBand);
        delta.addRangeMarker(style.marker(0, Color.GRAY, null, true));
        plot.add(delta, 2);
        JFreeChart chart = new JFreeChart(null, style.font(Font.BOLD, 13), plot, false);
        style.apply(chart);
        // after the theme, which would reset the series colours
        colour(levelBand, new Color(0x0D47A1), ChartStyle.BAND_OUTER);
        colour(deltaBand, new Color(0xBF360C), new Color(0xFFCCBC));
        return chart;
    }

    private static void colour(DeviationRenderer r, Color line, Color band) {
        r.setSeriesPaint(0, line);
        r.setSeriesFillPaint(0, band);
        r.setSeriesStroke(0, new BasicStroke(2f));
    }
}
