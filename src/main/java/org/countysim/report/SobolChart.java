package org.countysim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Line2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.countysim.result.SobolResult;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.MinMaxCategoryRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * sobol.png: first-order (S1) and total (ST) indices of the factors with the largest total index, each bar with its
 * 95% bootstrap percentile interval drawn as a line.
 */
public final class SobolChart {
    public static final int ROWS = 15;
    private final ChartStyle style;

    public SobolChart(ChartStyle style) {
        this.style = style;
    }

    /** The factors drawn: largest ST first. */
    public static List<SobolResult.Index> shown(SobolResult r) {
        return r.indices().stream()
                .filter(i -> i.factor().kind() != org.countysim.result.Factor.Kind.COMBINED)
                .sorted(Comparator.comparingDouble((SobolResult.Index i) -> -i.st()))
                .limit(ROWS)
                .toList();
    }

    /** Interval ends: for each factor the lower and upper ends of the S1 and of the ST interval. */
    public DefaultCategoryDataset intervals(SobolResult r, boolean total) {
        DefaultCategoryDataset d = new DefaultCategoryDataset();
        for (SobolResult.Index i : shown(r)) {
            d.addValue(total ? i.stLo() : i.s1Lo(), "lo", name(i));
            d.addValue(total ? i.stHi() : i.s1Hi(), "hi", name(i));
        }
        return d;
    }

    private String name(SobolResult.Index i) {
        return SensitivityText.plainName(i.factor(), style.chinese);
    }

    public void write(Path file, SobolResult r, String scenarioTitle) throws IOException {
        write(file, r, scenarioTitle, false);
    }

    /**
     * @param prior whether the scenario has evidence the indices do not condition on (model.md §8: the Saltelli design
     *              is the prior's): the title says so
     */
    public void write(Path file, SobolResult r, String scenarioTitle, boolean prior) throws IOException {
        List<JFreeChart> panels = List.of(panel(r, false), panel(r, true));
        String title = (prior
                        ? style.t("Sobol 指数（先验，未计入证据）：", "Sobol indices (prior, before the evidence): ")
                        : style.t("Sobol 指数：", "Sobol indices: "))
                + (style.chinese
                        ? r.output().labelZh()
                        : org.countysim.model.BandLabels.ascii(r.output().label())) + " — "
                + scenarioTitle;
        String subtitle = style.t(
                        "S1：单独解释的方差份额；ST：参与的方差份额（含交互）；线为 95% 自助法区间；",
                        "S1: share of the"
                                + " variance the factor explains alone; ST: share it takes part in; lines: 95% bootstrap intervals; ")
                + "N = " + r.baseSamples() + style.t("，重抽样 ", ", resamples ") + r.resamples();
        style.writeGrid(file, title, subtitle, panels, 2, 620, 110 + 30 * shown(r).size());
    }

    private JFreeChart panel(SobolResult r, boolean total) {
        DefaultCategoryDataset bars = new DefaultCategoryDataset();
        for (SobolResult.Index i : shown(r)) {
            bars.addValue(total ? i.st() : i.s1(), total ? "ST" : "S1", name(i));
        }
        BarRenderer br = new BarRenderer();
        br.setSeriesPaint(0, total ? ChartStyle.BAND_INNER : TornadoChart.LOW);
        br.setShadowVisible(false);
        br.setDrawBarOutline(false);
        MinMaxCategoryRenderer lines = new MinMaxCategoryRenderer();
        lines.setDrawLines(false);
        lines.setGroupPaint(Color.BLACK);
        lines.setGroupStroke(new BasicStroke(1.6f));
        Line2D tick = new Line2D.Double(0, -4, 0, 4);
        lines.setObjectIcon(new ShapeIcon(tick));
        lines.setMinIcon(new ShapeIcon(tick));
        lines.setMaxIcon(new ShapeIcon(tick));
        NumberAxis value = new NumberAxis(
                total ? style.t("总指数 ST", "total index ST") : style.t("一阶指数 S1", "first-order index S1"));
        value.setRange(
                Math.min(
                        0,
                        shown(r).stream()
                                .mapToDouble(i -> total ? i.stLo() : i.s1Lo())
                                .min()
                                .orElse(0)),
                Math.max(
                        0.05,
                        1.05
                                * shown(r).stream()
                                        .mapToDouble(i -> total ? i.stHi() : i.s1Hi())
                                        .max()
                                        .orElse(1)));
        CategoryAxis names = new CategoryAxis(null);
        names.setMaximumCategoryLabelWidthRatio(0.55f);
        CategoryPlot plot = new CategoryPlot(bars, names, value, br);
        plot.setDataset(1, intervals(r, total));
        plot.setRenderer(1, lines);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = new JFreeChart(null, style.font(Font.BOLD, 12), plot, false);
        style.apply(chart);
        br.setSeriesPaint(0, total ? ChartStyle.BAND_INNER : TornadoChart.LOW);
        return chart;
    }

    /** A small shape drawn at an interval end. */
    private static final class ShapeIcon implements javax.swing.Icon {
        private final java.awt.Shape shape;

        ShapeIcon(java.awt.Shape shape) {
            this.shape = shape;
        }

        @Override
        public void paintIcon(java.awt.Component c, java.awt.Graphics g, int x, int y) {}

        @Override
        public int getIconWidth() {
            return 1;
        }

        @Override
        public int getIconHeight() {
            return 1;
        }
    }
}
