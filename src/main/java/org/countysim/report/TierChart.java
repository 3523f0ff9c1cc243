package org.countysim.report;

import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.countysim.model.BandLabels;
import org.countysim.result.Summary;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** tiers.png: for each band, the distribution of the number of units in it, with the target marked. */
public final class TierChart {
    private final ChartStyle style;

    public TierChart(ChartStyle style) {
        this.style = style;
    }

    /** Two series: counts below the target and counts that meet it; x = count, y = probability. */
    public static XYSeriesCollection dataset(Summary.Band band) {
        XYSeries below = new XYSeries("below", false, false);
        XYSeries met = new XYSeries("met", false, false);
        for (int j = 0; j < band.pCount().length; j++) {
            (j >= band.target() ? met : below).add(j, band.pCount()[j]);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(below);
        data.addSeries(met);
        return data;
    }

    public JFreeChart panel(Summary.Band band, String counting) {
        String label = style.chinese ? band.label() : BandLabels.ascii(band.label());
        XYSeriesCollection data = dataset(band);
        data.getSeries(0).setKey(style.t("未达目标", "below target"));
        data.getSeries(1).setKey(style.t("达到目标", "target met"));
        NumberAxis x = new NumberAxis(style.t("单位个数", "number of units"));
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setRange(-0.5, band.pCount().length - 0.5);
        NumberAxis y = new NumberAxis(style.t("概率", "probability"));
        y.setRange(0, Math.min(1.0, maxProbability(band) * 1.25 + 0.02));
        XYBarRenderer bars = new XYBarRenderer(0.15);
        XYPlot plot = new XYPlot(data, x, y, bars);
        plot.addDomainMarker(style.marker(band.target() - 0.5, ChartStyle.TARGET,
                style.t("目标 ", "target ") + band.target(), false));
        String title = String.format(Locale.ROOT, "%s  %s %.1f%%", label, style.t("达标概率", "P(met)"),
                100 * band.met().value());
        JFreeChart chart = new JFreeChart(title, style.font(Font.BOLD, 13), plot, true);
        style.apply(chart);
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, ChartStyle.NOT_MET);
        bars.setSeriesPaint(1, ChartStyle.MET);
        return chart;
    }

    private static double maxProbability(Summary.Band band) {
        double max = 0;
        for (double p : band.pCount()) {
            max = Math.max(max, p);
        }
        return max;
    }

    public void write(Path file, Summary summary, int horizon, String scenarioTitle) throws IOException {
        List<JFreeChart> panels = new ArrayList<>();
        for (Summary.Tiers tiers : summary.tiers()) {
            for (Summary.Band band : tiers.bands()) {
                panels.add(panel(band, tiers.counting()));
            }
        }
        Summary.Tiers first = summary.tiers().get(0);
        String counting = summary.tiers().size() > 1 ? style.t("上排：互斥计数；下排：累计计数", "top: exclusive; bottom: cumulative")
                : first.counting().equals("exclusive") ? style.t("互斥计数", "exclusive counting")
                : style.t("累计计数", "cumulative counting");
        String subtitle = String.format(Locale.ROOT, "%s · %s %s · %d %s", counting,
                style.t("全部目标达成概率", "P(all targets met)"),
                Percent.withSe(first.allMet().value(), first.allMet().se(), false), summary.trials(),
                style.t("次模拟", "trials"));
        int columns = first.bands().size();
        style.writeGrid(file, style.t(horizon + " 年各档县域数量分布 — ", "Units per GDP band in " + horizon + " — ")
                + scenarioTitle, subtitle, panels, columns, 380, 300);
    }
}
