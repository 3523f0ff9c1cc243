package org.countysim.report;

import java.awt.BasicStroke;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.countysim.model.BandLabels;
import org.countysim.result.BaselineShift;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * baselines.png (model.md §11): each banded unit's base-year GDP as the scenario assumes it (its band) against its
 * distribution given the evidence (P5–P95, median), one row per unit, so a reviewer sees at a glance which bands
 * the evidence narrowed or moved, and where.
 */
public final class BaselineChart {
    private final ChartStyle style;

    public BaselineChart(ChartStyle style) {
        this.style = style;
    }

    /**
     * Series 0: the assumed band (low–high, centred at its midpoint); series 1: the prior's P5–P95 and median;
     * series 2: the conditioned P5–P95 and median. Row i of the chart is the i-th unit from the top.
     */
    public static XYIntervalSeriesCollection dataset(List<BaselineShift> shifts) {
        XYIntervalSeries band = new XYIntervalSeries("band", false, true);
        XYIntervalSeries prior = new XYIntervalSeries("prior", false, true);
        XYIntervalSeries given = new XYIntervalSeries("given", false, true);
        for (int i = 0; i < shifts.size(); i++) {
            BaselineShift s = shifts.get(i);
            double row = shifts.size() - 1 - i;
            band.add((s.low() + s.high()) / 2, s.low(), s.high(), row + 0.22, row + 0.22, row + 0.22);
            prior.add(s.prior()[1], s.prior()[0], s.prior()[2], row, row, row);
            given.add(s.conditioned()[1], s.conditioned()[0], s.conditioned()[2], row - 0.22, row - 0.22, row - 0.22);
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(band);
        data.addSeries(prior);
        data.addSeries(given);
        return data;
    }

    /**
     * @param givenZh the observations in Chinese, one a line ("2021 年 … = 5069.96亿（标准差 25亿）"): the chart is
     *                Chinese, and the scenario's label may not be
     * @param given   the observations in words, for the Latin chart drawn when no font has Chinese
     */
    public void write(Path file, List<BaselineShift> shifts, String givenZh, String given, String scenarioTitle)
            throws IOException {
        JFreeChart chart = chart(shifts, givenZh, given, scenarioTitle);
        int lines = style.chinese ? givenZh.split("\n", -1).length : 1;
        int height = 140 + 46 * Math.max(1, shifts.size()) + 16 * (lines - 1);
        org.jfree.chart.ChartUtils.saveChartAsPNG(file.toFile(), chart, 900, height);
    }

    /** The chart; its subtitle names the evidence in the chart's language. */
    JFreeChart chart(List<BaselineShift> shifts, String givenZh, String given, String scenarioTitle) {
        XYIntervalSeriesCollection data = dataset(shifts);
        data.getSeries(0).setKey(style.t("假定区间", "assumed band"));
        data.getSeries(1).setKey(style.t("先验 P5–P95（中位数）", "prior P5-P95 (median)"));
        data.getSeries(2).setKey(style.t("依证据 P5–P95（中位数）", "given the evidence P5-P95 (median)"));
        String[] names = new String[shifts.size()];
        for (int i = 0; i < shifts.size(); i++) {
            BaselineShift s = shifts.get(shifts.size() - 1 - i);
            names[i] = style.chinese ? s.name() : s.latinName();
        }
        SymbolAxis units = new SymbolAxis(null, names);
        units.setRange(-0.7, shifts.size() - 0.3);
        units.setGridBandsVisible(false);
        NumberAxis gdp = new NumberAxis(style.t(
                shifts.isEmpty() ? "" : shifts.get(0).year() + " 年 GDP（亿元，现价）",
                shifts.isEmpty() ? "" : "GDP in " + shifts.get(0).year() + " (100 million yuan, nominal)"));
        gdp.setAutoRangeIncludesZero(false);
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawYError(false);
        r.setDrawXError(true);
        r.setCapLength(6);
        r.setErrorStroke(new BasicStroke(3f));
        XYPlot plot = new XYPlot(data, gdp, units, r);
        plot.setOrientation(PlotOrientation.VERTICAL);
        JFreeChart chart = new JFreeChart(
                style.t("基年区间与证据 — ", "Base-year bands and the evidence — ") + scenarioTitle,
                style.font(Font.BOLD, 15),
                plot,
                true);
        style.apply(chart);
        r.setSeriesPaint(0, ChartStyle.NOT_MET);
        r.setSeriesPaint(1, ChartStyle.BAND_OUTER);
        r.setSeriesPaint(2, ChartStyle.BAND_INNER);
        r.setErrorPaint(null);
        r.setSeriesShape(0, new java.awt.Rectangle(-1, -1, 2, 2));
        r.setSeriesShape(1, new java.awt.geom.Ellipse2D.Double(-4, -4, 8, 8));
        r.setSeriesShape(2, new java.awt.geom.Ellipse2D.Double(-4, -4, 8, 8));
        chart.addSubtitle(new org.jfree.chart.title.TextTitle(
                style.chinese
                        ? "证据：" + givenZh.replace("\n", "\n证据：")
                        : "evidence: " + style.text(given, BandLabels.ascii(given)),
                style.font(Font.PLAIN, 11)));
        return chart;
    }

    /**
     * "任城区 2021: 500–930 assumed → 517–688 (P5–P95) given the city total 2021 = 5069.96": one line per unit, for
     * the console and the report.
     */
    public static List<String> sentences(List<BaselineShift> shifts, String given) {
        List<String> out = new ArrayList<>();
        for (BaselineShift s : shifts) {
            out.add(String.format(
                    java.util.Locale.ROOT,
                    "%s %d: %s–%s assumed → %.0f–%.0f (P5–P95, median %.0f)" + " given %s",
                    s.name(),
                    s.year(),
                    BandLabels.yi(s.low()),
                    BandLabels.yi(s.high()),
                    s.conditioned()[0],
                    s.conditioned()[2],
                    s.conditioned()[1],
                    given));
        }
        return out;
    }
}
