package org.countysim.report;

import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.countysim.model.BandLabels;
import org.countysim.model.UnitInfo;
import org.countysim.result.Summary;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** fans.png: per unit, GDP P5–P95 and P25–P75 bands with the median, base year to horizon, thresholds drawn. */
public final class FanChart {
    /** More panels than this would make an unreadable (and huge) image: the largest units are drawn. */
    static final int MAX_PANELS = 24;

    private final ChartStyle style;

    public FanChart(ChartStyle style) {
        this.style = style;
    }

    /** Series 0: P5–P95 around the median; series 1: P25–P75 around the median. */
    public static YIntervalSeriesCollection dataset(List<Summary.UnitYear> years) {
        YIntervalSeries outer = new YIntervalSeries("P5–P95");
        YIntervalSeries inner = new YIntervalSeries("P25–P75");
        for (Summary.UnitYear u : years) {
            double[] q = u.quantiles();
            outer.add(u.year(), q[Summary.MEDIAN], q[0], q[6]);
            inner.add(u.year(), q[Summary.MEDIAN], q[2], q[4]);
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(outer);
        data.addSeries(inner);
        return data;
    }

    public JFreeChart panel(UnitInfo unit, List<Summary.UnitYear> years, double[] thresholds) {
        YIntervalSeriesCollection data = dataset(years);
        NumberAxis x = new NumberAxis(style.t("年份", "year"));
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setNumberFormatOverride(new java.text.DecimalFormat("0"));
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis(style.t("GDP（亿元）", "GDP (100 million yuan)"));
        y.setAutoRangeIncludesZero(false);
        DeviationRenderer r = new DeviationRenderer(true, false);
        XYPlot plot = new XYPlot(data, x, y, r);
        double low = years.stream().mapToDouble(u -> u.quantiles()[0]).min().orElse(0);
        double high = years.stream().mapToDouble(u -> u.quantiles()[6]).max().orElse(1);
        for (double t : nearbyThresholds(thresholds, low, high)) {
            ValueMarker marker = style.marker(t, ChartStyle.THRESHOLD, BandLabels.yi(t) + style.t("亿", ""), true);
            marker.setLabelAnchor(RectangleAnchor.LEFT);
            marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addRangeMarker(marker);
            low = Math.min(low, t);
            high = Math.max(high, t);
        }
        double pad = (high - low) * 0.06;
        y.setRange(Math.max(0, low - pad), high + pad);
        String name = style.chinese ? unit.displayName() : unit.latinName();
        JFreeChart chart = new JFreeChart(name, style.font(Font.BOLD, 13), plot, false);
        style.apply(chart);
        ChartStyle.paintFan(r);
        return chart;
    }

    /** The thresholds inside the fan's range, plus the nearest one above and below it. */
    static List<Double> nearbyThresholds(double[] thresholds, double low, double high) {
        List<Double> out = new ArrayList<>();
        Double above = null;
        Double below = null;
        for (double t : thresholds) {
            if (t >= low && t <= high) {
                out.add(t);
            } else if (t > high && (above == null || t < above)) {
                above = t;
            } else if (t < low && (below == null || t > below)) {
                below = t;
            }
        }
        if (above != null) {
            out.add(above);
        }
        if (below != null) {
            out.add(below);
        }
        return out;
    }

    public void write(Path file, Summary summary, List<UnitInfo> units, double[] thresholds, String scenarioTitle)
            throws IOException {
        List<JFreeChart> panels = new ArrayList<>();
        List<Integer> shown = LargestUnits.atHorizon(summary, MAX_PANELS);
        for (int unit : shown) {
            panels.add(panel(
                    units.get(unit),
                    summary.unitYears().stream().filter(u -> u.unit() == unit).toList(),
                    thresholds));
        }
        String subtitle = style.t(
                        "浅色：P5–P95；深色：P25–P75；线：中位数；虚线：档位门槛（亿元，现价）",
                        "light: P5–P95; dark: P25–P75; line: median; dashed: band thresholds (100 million yuan, nominal)")
                + LargestUnits.note(style, shown.size(), units.size());
        style.writeGrid(
                file,
                style.t("各县市区 GDP 扇形图 — ", "GDP fan chart per unit — ") + scenarioTitle,
                subtitle,
                panels,
                Math.min(4, panels.size()),
                340,
                260);
    }
}
