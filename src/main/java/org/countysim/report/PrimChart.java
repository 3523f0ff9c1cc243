package org.countysim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.countysim.result.PrimResult;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * prim.png: the peeling trajectory, density against coverage, from the whole space (coverage 1, density = the
 * base rate) to the smallest box; the box picked on it, and the box stated as rules after pasting and simplifying.
 */
public final class PrimChart {
    private final ChartStyle style;

    public PrimChart(ChartStyle style) {
        this.style = style;
    }

    /** Series 0: the trajectory; 1: the box picked on it; 2: the box stated as rules (percent). */
    public XYSeriesCollection dataset(PrimResult r) {
        XYSeries path = new XYSeries(style.t("剥离轨迹", "peeling trajectory"), false);
        for (PrimResult.Box b : r.trajectory()) {
            path.add(100 * b.coverage(), 100 * b.density());
        }
        XYSeriesCollection c = new XYSeriesCollection();
        c.addSeries(path);
        if (!r.statesBox()) {
            return c; // no box is stated: no marker may suggest one
        }
        XYSeries picked = new XYSeries(style.t("选中的盒子", "box picked"), false);
        PrimResult.Box p = r.trajectory().get(r.chosenStep());
        picked.add(100 * p.coverage(), 100 * p.density());
        XYSeries stated = new XYSeries(style.t("粘贴、简化后的规则", "rule (pasted, simplified)"), false);
        stated.add(100 * r.chosen().coverage(), 100 * r.chosen().density());
        c.addSeries(picked);
        c.addSeries(stated);
        return c;
    }

    public void write(Path file, PrimResult r, String scenarioTitle) throws IOException {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        renderer.setSeriesPaint(0, ChartStyle.BAND_INNER);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        renderer.setSeriesPaint(1, TornadoChart.LOW);
        renderer.setSeriesLinesVisible(1, false);
        renderer.setSeriesShape(1, new Ellipse2D.Double(-6, -6, 12, 12));
        renderer.setSeriesPaint(2, ChartStyle.MET);
        renderer.setSeriesLinesVisible(2, false);
        renderer.setSeriesShape(2, new java.awt.Rectangle(-6, -6, 12, 12));
        renderer.setSeriesStroke(0, new BasicStroke(1.5f));
        NumberAxis coverage = new NumberAxis(
                style.t("覆盖率（盒内满足条件的模拟 / 全部满足条件的模拟，%）", "coverage (trials in the box meeting it / all meeting it, %)"));
        coverage.setRange(0, 102);
        NumberAxis density = new NumberAxis(style.t("密度（盒内满足条件的比例，%）", "density (share of the box meeting it, %)"));
        density.setRange(
                0,
                Math.min(
                                100,
                                1.15
                                        * 100
                                        * Math.max(
                                                r.chosen().density(),
                                                r.trajectory().stream()
                                                        .mapToDouble(PrimResult.Box::density)
                                                        .max()
                                                        .orElse(1)))
                        + 2);
        XYPlot plot = new XYPlot(dataset(r), coverage, density, renderer);
        PrimResult.Box c = r.chosen();
        if (r.statesBox()) {
            annotate(plot, c);
        }
        org.jfree.chart.plot.ValueMarker base = style.marker(
                100 * r.baseRate(),
                Color.GRAY,
                style.t("全部模拟中的比例 ", "share of all trials ") + SensitivityText.pct(r.baseRate()),
                true);
        base.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_LEFT);
        base.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        plot.addRangeMarker(base);
        JFreeChart chart = new JFreeChart(null, style.font(Font.BOLD, 12), plot, true);
        style.apply(chart);
        renderer.setSeriesPaint(0, ChartStyle.BAND_INNER);
        renderer.setSeriesPaint(1, TornadoChart.LOW);
        renderer.setSeriesPaint(2, ChartStyle.MET);
        String what = style.chinese ? r.conditionLabelZh() : org.countysim.model.BandLabels.ascii(r.conditionLabel());
        boolean given = r.given() != null;
        String title = style.t("情景发现（PRIM）：", "Scenario discovery (PRIM): ") + what
                + (given ? style.t("（给定证据）", " given the evidence") : "") + " — " + scenarioTitle;
        String subtitle = style.t("每步剥离盒内 5% 的模拟；", "each step peels 5% of the box's trials; ")
                + r.trials()
                + style.t(" 次模拟；规则见 prim_box.csv 与 report.html", " trials; the rule in prim_box.csv and report.html")
                + (given
                        ? style.t("；比例按证据的似然权重计算（有效样本 ", "; shares of the trials' likelihood weights (ESS ")
                                + Math.round(r.given().ess())
                                + style.t("）", ")")
                        : "");
        style.writeGrid(file, title, subtitle, List.of(chart), 1, 900, 560);
    }

    /** The stated box's coverage and density beside its marker. */
    private void annotate(XYPlot plot, PrimResult.Box c) {
        XYTextAnnotation note = new XYTextAnnotation(
                String.format(java.util.Locale.ROOT, "%.0f%% / %.0f%%", 100 * c.coverage(), 100 * c.density()),
                100 * c.coverage(),
                100 * c.density() + 3);
        note.setFont(style.font(Font.PLAIN, 11));
        note.setTextAnchor(TextAnchor.BOTTOM_CENTER);
        plot.addAnnotation(note);
    }
}
