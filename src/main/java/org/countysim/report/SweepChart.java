package org.countysim.report;

import org.countysim.result.MetricIds;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.countysim.model.BandLabels;
import org.countysim.model.Targets;
import org.countysim.result.Summary;
import org.countysim.result.VariantResult;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** sweep.png: the chosen metric against one parameter with a ±2 SE band, or a heatmap over two parameters. */
public final class SweepChart {
    private final ChartStyle style;

    public SweepChart(ChartStyle style) {
        this.style = style;
    }

    /** What a sweep produced: parameter paths, the points, the metrics there, and the metric to draw. */
    public record Sweep(List<String> params, List<double[]> points, VariantResult result, String metric) {
    }

    /** One parameter: x, the metric, and ±2 SE (probabilities in percent). */
    public static YIntervalSeriesCollection lineDataset(Sweep o) {
        int m = o.result().metric(o.metric());
        double scale = o.metric().startsWith("p_") ? 100 : 1;
        YIntervalSeries s = new YIntervalSeries(o.metric());
        for (int v = 0; v < o.points().size(); v++) {
            Summary.Estimate e = o.result().values()[v][m];
            s.add(o.points().get(v)[0], e.value() * scale, (e.value() - 2 * e.se()) * scale,
                    (e.value() + 2 * e.se()) * scale);
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(s);
        return data;
    }

    public void write(Path file, Sweep o, double[] thresholds, Targets targets, String title)
            throws IOException {
        String label = MetricIds.label(o.metric(), thresholds, targets);
        label = style.chinese ? label : BandLabels.ascii(label);
        String unit = o.metric().startsWith("p_") ? " (%)" : "";
        JFreeChart chart = o.params().size() == 1 ? line(o, label + unit) : heatmap(o, label + unit);
        String subtitle = (o.params().size() == 1 ? style.t("阴影：±2 标准误；", "band: ±2 SE; ") : "")
                + style.t("各点共用随机数，", "common random numbers at every point, ") + o.result().trials()
                + style.t(" 次模拟/点", " trials per point");
        style.writeGrid(file, style.t("参数扫描 — ", "Sweep — ") + title + ": " + label, subtitle, List.of(chart), 1,
                900, 560);
    }

    private JFreeChart line(Sweep o, String yLabel) {
        DeviationRenderer r = new DeviationRenderer(true, true);
        XYPlot plot = new XYPlot(lineDataset(o), axis(o.params().get(0)), new NumberAxis(yLabel), r);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        JFreeChart chart = new JFreeChart(null, style.font(Font.BOLD, 13), plot, false);
        style.apply(chart);
        r.setSeriesPaint(0, new Color(0x0D47A1));
        r.setSeriesFillPaint(0, ChartStyle.BAND_OUTER);
        r.setSeriesStroke(0, new BasicStroke(2f));
        return chart;
    }

    private NumberAxis axis(String path) {
        NumberAxis x = new NumberAxis(path);
        x.setAutoRangeIncludesZero(false);
        return x;
    }

    private JFreeChart heatmap(Sweep o, String valueLabel) {
        int m = o.result().metric(o.metric());
        double scale = o.metric().startsWith("p_") ? 100 : 1;
        int n = o.points().size();
        double[][] xyz = new double[3][n];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int v = 0; v < n; v++) {
            xyz[0][v] = o.points().get(v)[0];
            xyz[1][v] = o.points().get(v)[1];
            xyz[2][v] = o.result().values()[v][m].value() * scale;
            lo = Math.min(lo, xyz[2][v]);
            hi = Math.max(hi, xyz[2][v]);
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(o.metric(), xyz);
        XYBlockRenderer r = new XYBlockRenderer();
        r.setBlockWidth(spacing(o.points(), 0));
        r.setBlockHeight(spacing(o.points(), 1));
        r.setPaintScale(new BlueScale(lo, hi));
        XYPlot plot = new XYPlot(data, axis(o.params().get(0)), axis(o.params().get(1)), r);
        for (int v = 0; v < n; v++) {
            double raw = o.result().values()[v][m].value();
            // a probability of exactly 0 or 1 is only known to within 1/N: say so rather than "0.0"
            String text = scale == 100 && (raw == 0 || raw == 1)
                    ? Percent.probability(raw, 0, o.result().trials()).replace("%", "")
                    : String.format(Locale.ROOT, "%.1f", xyz[2][v]);
            XYTextAnnotation a = new XYTextAnnotation(text, xyz[0][v], xyz[1][v]);
            a.setFont(style.font(Font.PLAIN, 10));
            a.setPaint(xyz[2][v] > (lo + hi) / 2 ? Color.WHITE : Color.BLACK);
            plot.addAnnotation(a);
        }
        JFreeChart chart = new JFreeChart(valueLabel, style.font(Font.BOLD, 13), plot, false);
        style.apply(chart);
        return chart;
    }

    /** The smallest gap between distinct values of one coordinate of the grid. */
    private static double spacing(List<double[]> points, int axis) {
        double[] values = points.stream().mapToDouble(p -> p[axis]).distinct().sorted().toArray();
        double min = Double.POSITIVE_INFINITY;
        for (int i = 1; i < values.length; i++) {
            min = Math.min(min, values[i] - values[i - 1]);
        }
        return Double.isFinite(min) && min > 0 ? min : 1;
    }

    /** White to dark blue over [lo, hi]. */
    private record BlueScale(double lo, double hi) implements PaintScale {
        public double getLowerBound() {
            return lo;
        }

        public double getUpperBound() {
            return hi;
        }

        public Paint getPaint(double value) {
            double f = hi > lo ? Math.max(0, Math.min(1, (value - lo) / (hi - lo))) : 0.5;
            return new Color((int) (240 - 200 * f), (int) (246 - 150 * f), (int) (255 - 100 * f));
        }
    }
}
