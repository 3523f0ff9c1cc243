package org.countysim.report;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.countysim.format.Percent;
import org.countysim.result.Factor;
import org.countysim.result.TornadoResult;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.data.category.DefaultIntervalCategoryDataset;

/**
 * tornado.png: for the factors with the largest swings, a bar from the base value to the metric with the factor at
 * its P10, and one to the metric at its P90; the base (every factor random) is the vertical line.
 */
public final class TornadoChart {
    /** Rows drawn; tornado.csv has every factor. */
    public static final int ROWS = 15;

    static final Color LOW = new Color(0xEF6C00);
    static final Color HIGH = new Color(0x1E88E5);

    private final ChartStyle style;

    public TornadoChart(ChartStyle style) {
        this.style = style;
    }

    /** Series 0: base → at P10; series 1: base → at P90; one category per factor, largest swing first. */
    public DefaultIntervalCategoryDataset dataset(TornadoResult t) {
        List<TornadoResult.Bar> bars =
                t.bars().subList(0, Math.min(ROWS, t.bars().size()));
        double scale = scale(t);
        double base = t.base().value() * scale;
        Number[][] starts = new Number[2][bars.size()];
        Number[][] ends = new Number[2][bars.size()];
        String[] names = new String[bars.size()];
        for (int i = 0; i < bars.size(); i++) {
            TornadoResult.Bar b = bars.get(i);
            double low = b.low().value() * scale;
            double high = b.high().value() * scale;
            starts[0][i] = Math.min(base, low);
            ends[0][i] = Math.max(base, low);
            starts[1][i] = Math.min(base, high);
            ends[1][i] = Math.max(base, high);
            names[i] = (i + 1) + ". " + category(b);
        }
        return new DefaultIntervalCategoryDataset(
                new String[] {style.t("P10 时", "at P10"), style.t("P90 时", "at P90")}, names, starts, ends);
    }

    /** "任城区 2021年GDP 543亿–887亿"; a group says its draws are each at their own quantile. */
    private String category(TornadoResult.Bar b) {
        Factor f = b.factor();
        String name = SensitivityText.plainName(f, style.chinese);
        if (f.isGroup() || Double.isNaN(b.lowValue())) {
            return name + style.t("（每个抽样值取其 P10/P90）", " (every draw at its P10/P90)");
        }
        return name + "  " + f.scale().format(b.lowValue()) + " / " + f.scale().format(b.highValue());
    }

    private static double scale(TornadoResult t) {
        return t.metric().isProbability() ? 100 : 1;
    }

    public void write(Path file, TornadoResult t, String scenarioTitle) throws IOException {
        boolean p = t.metric().isProbability();
        IntervalBarRenderer r = new IntervalBarRenderer();
        r.setSeriesPaint(0, LOW);
        r.setSeriesPaint(1, HIGH);
        r.setItemMargin(0.0);
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        NumberAxis value = new NumberAxis(BandText.metric(t, style) + (p ? " (%)" : ""));
        CategoryAxis names = new CategoryAxis(null);
        names.setMaximumCategoryLabelWidthRatio(0.5f);
        names.setCategoryMargin(0.25);
        CategoryPlot plot = new CategoryPlot(dataset(t), names, value, r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        double base = t.base().value() * scale(t);
        String baseText = p
                ? Percent.probability(t.base().value(), t.base().se(), t.effectiveTrials())
                : String.format(java.util.Locale.ROOT, "%.1f", base);
        plot.addRangeMarker(style.marker(base, ChartStyle.TARGET, style.t("基准 ", "base ") + baseText, false));
        JFreeChart chart = new JFreeChart(null, style.font(Font.BOLD, 12), plot, true);
        style.apply(chart);
        r.setSeriesPaint(0, LOW);
        r.setSeriesPaint(1, HIGH);
        boolean given = t.given() != null;
        String title = style.t("龙卷风图：", "Tornado: ") + BandText.metric(t, style)
                + (given ? style.t("（给定证据）", " given the evidence") : "") + " — " + scenarioTitle;
        String subtitle = style.t(
                        "每个因素固定在 P10 或 P90（标签为取值），其余因素随机；共同随机数，每组 ",
                        "each factor fixed at"
                                + " its P10 or P90 (values in the label), the others random; common random numbers, ")
                + t.trials()
                + style.t(" 次模拟；摆幅的配对标准误见 tornado.csv", " trials an arm; paired SEs of the swings in tornado.csv")
                + (given
                        ? style.t(
                                        "；分位数与各组均按证据加权（基准组有效样本 ",
                                        "; quantiles and arms weighted by the evidence (base arm ESS ")
                                + Math.round(t.given().ess())
                                + style.t("）", ")")
                        : "");
        int rows = Math.min(ROWS, t.bars().size());
        style.writeGrid(file, title, subtitle, List.of(chart), 1, 1100, 110 + 34 * rows);
    }

    /** The metric's name on the chart. */
    static final class BandText {
        private BandText() {}

        static String metric(TornadoResult t, ChartStyle style) {
            return style.chinese
                    ? t.metric().labelZh()
                    : org.countysim.model.BandLabels.ascii(t.metric().label());
        }
    }
}
