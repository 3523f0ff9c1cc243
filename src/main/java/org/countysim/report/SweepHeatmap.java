package org.countysim.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.List;
import java.util.Locale;
import org.countysim.format.Cells;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * The heatmap of a two-parameter sweep. Each axis is the parameter's grid, one cell per value (evenly spaced
 * whatever the values, ticks only at the values swept, so no tick lies beyond the data), named by the
 * parameter's readable name; a colour bar gives the metric and its unit; each cell prints its value when the
 * grid is small enough to read.
 */
final class SweepHeatmap {
    /** Above this many cells the printed values overlap. */
    private static final int MAX_LABELLED_CELLS = 150;

    private final ChartStyle style;

    SweepHeatmap(ChartStyle style) {
        this.style = style;
    }

    /** The distinct values of one coordinate of the grid, in order. */
    static double[] values(List<double[]> points, int axis) {
        return points.stream().mapToDouble(p -> p[axis]).distinct().sorted().toArray();
    }

    JFreeChart chart(SweepChart.Sweep o, String valueLabel) {
        int m = o.metric().position();
        double scale = o.scale();
        double[] xs = values(o.points(), 0);
        double[] ys = values(o.points(), 1);
        int n = o.points().size();
        double[][] xyz = new double[3][n];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int v = 0; v < n; v++) {
            xyz[0][v] = java.util.Arrays.binarySearch(xs, o.points().get(v)[0]);
            xyz[1][v] = java.util.Arrays.binarySearch(ys, o.points().get(v)[1]);
            xyz[2][v] = o.result().values()[v][m].value() * scale;
            lo = Math.min(lo, xyz[2][v]);
            hi = Math.max(hi, xyz[2][v]);
        }
        if (!(hi > lo)) {
            // one colour for all: a legend still needs a range to draw
            lo -= 0.5;
            hi += 0.5;
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(o.metric().id(), xyz);
        XYBlockRenderer r = new XYBlockRenderer();
        BlueScale colours = new BlueScale(lo, hi);
        r.setPaintScale(colours);
        XYPlot plot =
                new XYPlot(data, axis(o.params().get(0), xs), axis(o.params().get(1), ys), r);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        JFreeChart chart = new JFreeChart(null, style.font(Font.BOLD, 13), plot, false);
        chart.addSubtitle(legend(colours, valueLabel));
        style.apply(chart);
        // after the theme, which would set every annotation's font and colour alike
        if (n <= MAX_LABELLED_CELLS) {
            String format = decimals(lo, hi);
            for (int v = 0; v < n; v++) {
                XYTextAnnotation a =
                        new XYTextAnnotation(String.format(Locale.ROOT, format, xyz[2][v]), xyz[0][v], xyz[1][v]);
                a.setFont(style.font(Font.PLAIN, n <= 48 ? 12 : 10));
                a.setPaint(xyz[2][v] > (lo + hi) / 2 ? Color.WHITE : Color.BLACK);
                plot.addAnnotation(a);
            }
        }
        return chart;
    }

    private SymbolAxis axis(ParamAxis param, double[] values) {
        String[] ticks = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            ticks[i] = Cells.num(values[i]);
        }
        SymbolAxis a = new SymbolAxis(param.name(style), ticks);
        a.setGridBandsVisible(false);
        a.setAutoRange(false);
        a.setRange(-0.5, values.length - 0.5);
        return a;
    }

    private PaintScaleLegend legend(BlueScale colours, String valueLabel) {
        NumberAxis scaleAxis = new NumberAxis(valueLabel);
        scaleAxis.setRange(colours.lo(), colours.hi());
        scaleAxis.setLabelFont(style.font(Font.PLAIN, 11));
        scaleAxis.setTickLabelFont(style.font(Font.PLAIN, 10));
        PaintScaleLegend legend = new PaintScaleLegend(colours, scaleAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setStripWidth(16);
        legend.setAxisOffset(4);
        legend.setMargin(new RectangleInsets(10, 8, 10, 8));
        legend.setSubdivisionCount(64);
        return legend;
    }

    /** Enough decimals to tell neighbouring cells apart, at most 3. */
    private static String decimals(double lo, double hi) {
        double span = hi - lo;
        int d = span >= 200 ? 0 : span >= 2 ? 1 : span >= 0.2 ? 2 : 3;
        return "%." + d + "f";
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
