package org.countysim.report;

import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.countysim.format.Percent;
import org.countysim.model.BandLabels;
import org.countysim.model.Counting;
import org.countysim.result.Summary;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * tiers.png: per band, the distribution of a count with its target, one row per counting shown. The
 * cumulative row (the headline) counts the units at or above the threshold, and the bars that reach the
 * cumulative target are "met"; the exclusive row counts the units in the band, and the bar at the band target
 * is "exactly". Every panel's title says its reading in words ("at least 3 units ≥1000亿").
 *
 * <p>A run conditioned on evidence (model.md §11) draws the conditioned distribution as bars and the prior (the
 * same trials unweighted) as grey dots over them, and every title gives both probabilities, prior → conditioned.
 */
public final class TierChart {
    private final ChartStyle style;

    public TierChart(ChartStyle style) {
        this.style = style;
    }

    /** Two series, x = count and y = probability: counts that are no success, and those that are. */
    public static XYSeriesCollection dataset(Summary.Band band, Counting counting) {
        XYSeries other = new XYSeries("other", false, false);
        XYSeries success = new XYSeries("success", false, false);
        double[] p = band.count(counting).p();
        for (int j = 0; j < p.length; j++) {
            (band.success(counting, j) ? success : other).add(j, p[j]);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(other);
        data.addSeries(success);
        return data;
    }

    /** The panel's reading in words, in the chart's language. */
    String reading(Summary.Band band, Counting counting, double[] thresholds, int k) {
        if (counting == Counting.CUMULATIVE) {
            return style.t(
                    BandLabels.atLeastZh(band.cumulativeTarget(), thresholds, k),
                    BandLabels.ascii(BandLabels.atLeast(band.cumulativeTarget(), thresholds, k)));
        }
        return style.t(
                BandLabels.exactlyZh(band.target(), thresholds, k),
                BandLabels.ascii(BandLabels.exactly(band.target(), thresholds, k)));
    }

    public JFreeChart panel(Summary.Band band, Counting counting, double[] thresholds, int k, long trials) {
        return panel(band, null, counting, thresholds, k, trials, trials);
    }

    /** @param prior the same band unweighted when {@code band} is conditioned on evidence, else null */
    JFreeChart panel(
            Summary.Band band,
            Summary.Band prior,
            Counting counting,
            double[] thresholds,
            int k,
            long trials,
            long priorTrials) {
        boolean met = counting == Counting.CUMULATIVE;
        int target = band.target(counting);
        XYSeriesCollection data = dataset(band, counting);
        data.getSeries(0).setKey(met ? style.t("未达标", "not met") : style.t("其他个数", "other counts"));
        data.getSeries(1)
                .setKey(
                        met
                                ? style.t("达标（至少 " + target + " 个）", "met (at least " + target + ")")
                                : style.t("恰好 " + target + " 个", "exactly " + target));
        NumberAxis x = new NumberAxis(
                met ? style.t("达到门槛的单位个数", "units at or above the threshold") : style.t("档内单位个数", "units in the band"));
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        double[] p = band.count(counting).p();
        x.setRange(-0.5, p.length - 0.5);
        NumberAxis y = new NumberAxis(style.t("概率", "probability"));
        double top = prior == null
                ? max(p)
                : Math.max(max(p), max(prior.count(counting).p()));
        y.setRange(0, Math.min(1.0, top * 1.25 + 0.02));
        XYBarRenderer bars = new XYBarRenderer(0.15);
        XYPlot plot = new XYPlot(data, x, y, bars);
        if (prior != null) {
            plot.setDataset(1, priorDots(prior.count(counting).p()));
            plot.setRenderer(1, new org.jfree.chart.renderer.xy.XYLineAndShapeRenderer(false, true));
            plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
        }
        if (met) {
            org.jfree.chart.plot.ValueMarker line =
                    style.marker(target - 0.5, ChartStyle.TARGET, style.t("至少 ", "at least ") + target, false);
            if (target > p.length / 2) {
                // near the right edge the label goes to the line's left, so that it is not cut off
                line.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_LEFT);
                line.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.TOP_RIGHT);
            }
            plot.addDomainMarker(line);
        }
        Summary.Estimate e = band.probability(counting);
        String title = reading(band, counting, thresholds, k)
                + style.t("：", ": ")
                + (prior == null
                        ? ""
                        : Percent.probability(
                                        prior.probability(counting).value(),
                                        prior.probability(counting).se(),
                                        priorTrials)
                                + " → ")
                + Percent.probability(e.value(), e.se(), trials);
        JFreeChart chart = new JFreeChart(title, style.font(Font.BOLD, 13), plot, true);
        style.apply(chart);
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, ChartStyle.NOT_MET);
        bars.setSeriesPaint(1, met ? ChartStyle.MET : ChartStyle.BAND_INNER);
        if (prior != null) {
            // after the theme, which would give the dots a colour of its own
            org.jfree.chart.renderer.xy.XYItemRenderer dots = plot.getRenderer(1);
            dots.setSeriesPaint(0, java.awt.Color.BLACK);
            dots.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-3.5, -3.5, 7, 7));
            data.getSeries(0).setKey(data.getSeries(0).getKey() + style.t("（依证据）", " (given evidence)"));
            data.getSeries(1).setKey(data.getSeries(1).getKey() + style.t("（依证据）", " (given evidence)"));
        }
        return chart;
    }

    /** The prior's P(count = j), one dot per count. */
    private XYSeriesCollection priorDots(double[] p) {
        XYSeries s = new XYSeries(style.t("先验（未用证据）", "prior (no evidence)"), false, false);
        for (int j = 0; j < p.length; j++) {
            s.add(j, p[j]);
        }
        return new XYSeriesCollection(s);
    }

    private static double max(double[] p) {
        double max = 0;
        for (double x : p) {
            max = Math.max(max, x);
        }
        return max;
    }

    /** @param shown the countings to draw, one row each, the headline (cumulative) first */
    public void write(Path file, Summary summary, List<Counting> shown, int horizon, String scenarioTitle)
            throws IOException {
        write(file, summary, null, shown, horizon, scenarioTitle);
    }

    /** @param prior the same trials unweighted when {@code summary} is conditioned on evidence, else null */
    public void write(
            Path file, Summary summary, Summary prior, List<Counting> shown, int horizon, String scenarioTitle)
            throws IOException {
        List<Summary.Band> bands = summary.tiers().bands();
        double[] thresholds =
                bands.stream().mapToDouble(Summary.Band::thresholdYi).toArray();
        int[] atLeast = bands.stream().mapToInt(Summary.Band::cumulativeTarget).toArray();
        long n = summary.effectiveTrials();
        long priorN = prior == null ? n : prior.trials();
        List<JFreeChart> panels = new ArrayList<>();
        for (Counting counting : shown) {
            for (int k = 0; k < bands.size(); k++) {
                panels.add(panel(
                        bands.get(k),
                        prior == null ? null : prior.tiers().bands().get(k),
                        counting,
                        thresholds,
                        k,
                        n,
                        priorN));
            }
        }
        Summary.Tiers t = summary.tiers();
        String structure = String.join(
                "/", bands.stream().map(b -> String.valueOf(b.target())).toList());
        String subtitle = style.t(
                        "全部目标达成（" + BandLabels.sortedReadingZh(atLeast, thresholds) + "）概率 ",
                        "P(all targets met: " + BandLabels.ascii(BandLabels.sortedReading(atLeast, thresholds)) + ") ")
                + (prior == null
                        ? ""
                        : Percent.probability(
                                        prior.tiers().allMet().value(),
                                        prior.tiers().allMet().se(),
                                        priorN) + " → ")
                + Percent.probability(t.allMet().value(), t.allMet().se(), n)
                + style.t(" · 恰好结构 " + structure + "（次要）概率 ", " · P(exact structure " + structure + ", secondary) ")
                + (prior == null
                        ? ""
                        : Percent.probability(
                                        prior.tiers().exactAll().value(),
                                        prior.tiers().exactAll().se(),
                                        priorN) + " → ")
                + Percent.probability(t.exactAll().value(), t.exactAll().se(), n)
                + " · " + summary.trials() + style.t(" 次模拟", " trials")
                + (prior == null
                        ? ""
                        : style.t(
                                String.format(java.util.Locale.ROOT, "，有效样本 %.0f（先验 → 依证据）", summary.ess()),
                                String.format(
                                        java.util.Locale.ROOT,
                                        ", effective sample %.0f (prior -> given evidence)",
                                        summary.ess())));
        style.writeGrid(
                file,
                style.t(horizon + " 年档位目标 — ", "Tier targets in " + horizon + " — ") + scenarioTitle,
                subtitle,
                panels,
                bands.size(),
                380,
                300);
    }
}
