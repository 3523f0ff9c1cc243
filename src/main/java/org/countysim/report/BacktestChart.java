package org.countysim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.countysim.history.Backtest;
import org.countysim.history.Fan;
import org.countysim.history.Score;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.YIntervalRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** backtest.png: per unit, the simulated fan from the base year with the actual values drawn over it. */
public final class BacktestChart {
    static final Color ACTUAL = new Color(0xC62828);
    private final ChartStyle style;

    public BacktestChart(ChartStyle style) {
        this.style = style;
    }

    /** Series 0: P5–P95 around the median; series 1: P25–P75 around the median. */
    static YIntervalSeriesCollection fan(Fan fan) {
        YIntervalSeries outer = new YIntervalSeries("P5–P95");
        YIntervalSeries inner = new YIntervalSeries("P25–P75");
        for (int i = 0; i < fan.years().length; i++) {
            double[] q = fan.quantiles()[i];
            outer.add(fan.years()[i], q[3], q[0], q[6]);
            inner.add(fan.years()[i], q[3], q[2], q[4]);
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(outer);
        data.addSeries(inner);
        return data;
    }

    /** The point actuals of a unit. */
    static XYSeriesCollection points(List<Score> scores) {
        XYSeries points = new XYSeries("actual");
        scores.stream()
                .filter(s -> !s.actual().isBand())
                .forEach(s -> points.add(s.actual().year(), s.actual().low()));
        return new XYSeriesCollection(points);
    }

    /** The band actuals of a unit, as intervals. */
    static YIntervalSeriesCollection bands(List<Score> scores) {
        YIntervalSeries bands = new YIntervalSeries("band");
        scores.stream()
                .filter(s -> s.actual().isBand())
                .forEach(s -> bands.add(
                        s.actual().year(),
                        s.actual().value(),
                        s.actual().low(),
                        s.actual().high()));
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(bands);
        return data;
    }

    JFreeChart panel(Fan fan, List<Score> scores) {
        NumberAxis x = new NumberAxis(style.t("年份", "year"));
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setNumberFormatOverride(new java.text.DecimalFormat("0"));
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis(style.t("GDP（亿元，现价）", "GDP (100 million yuan, nominal)"));
        y.setAutoRangeIncludesZero(false);
        DeviationRenderer fanRenderer = new DeviationRenderer(true, false);
        XYPlot plot = new XYPlot(fan(fan), x, y, fanRenderer);
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        dots.setSeriesPaint(0, ACTUAL);
        dots.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        plot.setDataset(1, points(scores));
        plot.setRenderer(1, dots);
        YIntervalRenderer bandRenderer = new YIntervalRenderer();
        bandRenderer.setSeriesPaint(0, ACTUAL);
        bandRenderer.setSeriesStroke(0, new BasicStroke(2f));
        plot.setDataset(2, bands(scores));
        plot.setRenderer(2, bandRenderer);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD); // the actuals over the fan
        String name = style.chinese ? fan.name() : fan.unit();
        JFreeChart chart = new JFreeChart(name, style.font(Font.BOLD, 13), plot, false);
        style.apply(chart);
        TextTitle scoresLine = new TextTitle(scoreLine(scores), style.font(Font.PLAIN, 10));
        chart.addSubtitle(scoresLine);
        ChartStyle.paintFan(fanRenderer);
        return chart;
    }

    /** "2020 PIT 0.31 · 2021 PIT 0.72" (a band: its P(in band)). */
    String scoreLine(List<Score> scores) {
        List<String> parts = new ArrayList<>();
        for (Score s : scores) {
            parts.add(
                    s.actual().isBand()
                            ? String.format(
                                    Locale.ROOT, "%d P(%s) %.2f", s.actual().year(), style.t("区间", "band"), s.pBand())
                            : String.format(
                                    Locale.ROOT, "%d PIT %.2f", s.actual().year(), s.pit()));
        }
        return String.join(" · ", parts);
    }

    public void write(Path file, Backtest backtest, String scenarioTitle) throws IOException {
        List<JFreeChart> panels = new ArrayList<>();
        List<Fan> shown = backtest.fans()
                .subList(0, Math.min(FanChart.MAX_PANELS, backtest.fans().size()));
        for (Fan fan : shown) {
            panels.add(panel(
                    fan,
                    backtest.scores().stream()
                            .filter(s -> s.actual().unit().equals(fan.unit()))
                            .toList()));
        }
        String subtitle = style.t(
                        "浅色 P5–P95，深色 P25–P75，线 中位数；红点 实际值，红竖线 只知区间的实际值（亿元，现价）",
                        "light P5–P95, dark P25–P75, line median; red dots actuals, red bars actuals known as a band"
                                + " (100 million yuan, nominal)")
                + (shown.size() < backtest.fans().size()
                        ? style.t("；只画前 ", "; first ") + shown.size() + style.t(" 个单位", " units shown")
                        : "");
        int columns = Math.min(3, panels.size());
        // one or two panels are drawn wider, so that the title and the key fit above them
        style.writeGrid(
                file,
                style.t("回测（无干预）：预测与实际值，基年 ", "Backtest without interventions, base year ") + backtest.baseYear()
                        + " — " + scenarioTitle,
                subtitle,
                panels,
                columns,
                Math.max(420, 960 / columns),
                columns == 1 ? 460 : 320);
    }
}
