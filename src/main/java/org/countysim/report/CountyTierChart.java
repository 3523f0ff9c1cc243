package org.countysim.report;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.countysim.model.BandLabels;
import org.countysim.model.UnitInfo;
import org.countysim.result.Summary;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** county_tiers.png: each unit's probability of ending the horizon in each exclusive band. */
public final class CountyTierChart {
    /** More bars than this would make an unreadable (and huge) image: the largest units are drawn. */
    static final int MAX_BARS = 40;

    private static final Color[] BAND_COLORS = {
        new Color(0x1B5E20),
        new Color(0x43A047),
        new Color(0x9CCC65),
        new Color(0xFFEE58),
        new Color(0xFFA726),
        new Color(0xEF5350),
        new Color(0x8D6E63)
    };
    private final ChartStyle style;

    public CountyTierChart(ChartStyle style) {
        this.style = style;
    }

    /** Rows: bands (highest first, then "below"); columns: units; values: probabilities at the horizon. */
    public DefaultCategoryDataset dataset(Summary summary, List<UnitInfo> units, double[] thresholds, int horizon) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        java.util.Set<Integer> shown = new java.util.HashSet<>(LargestUnits.atHorizon(summary, MAX_BARS));
        for (Summary.UnitYear u : summary.unitYears()) {
            if (u.year() != horizon || !shown.contains(u.unit())) {
                continue;
            }
            UnitInfo info = units.get(u.unit());
            String name = style.chinese ? info.displayName() : info.latinName();
            for (int k = 0; k <= thresholds.length; k++) {
                String band = BandLabels.exclusive(thresholds, k);
                data.addValue(u.pBand()[k], style.chinese ? band : BandLabels.ascii(band), name);
            }
        }
        return data;
    }

    public void write(
            Path file, Summary summary, List<UnitInfo> units, double[] thresholds, int horizon, String scenarioTitle)
            throws IOException {
        DefaultCategoryDataset data = dataset(summary, units, thresholds, horizon);
        StackedBarRenderer r = new StackedBarRenderer(false);
        r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator(
                "{3}", java.text.NumberFormat.getInstance(), new java.text.DecimalFormat("0%")));
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelFont(style.font(Font.PLAIN, 10));
        NumberAxis value = new NumberAxis(style.t(horizon + " 年落入各档的概率", "probability of each band in " + horizon));
        value.setRange(0, 1);
        value.setNumberFormatOverride(new java.text.DecimalFormat("0%"));
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(style.t("县市区", "unit")), value, r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = new JFreeChart(null, style.font(Font.BOLD, 16), plot, true);
        style.apply(chart);
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        for (int k = 0; k <= thresholds.length; k++) {
            r.setSeriesPaint(k, BAND_COLORS[Math.min(k, BAND_COLORS.length - 1)]);
        }
        r.setDefaultItemLabelFont(style.font(Font.PLAIN, 10));
        int bars = Math.min(units.size(), MAX_BARS);
        style.writeGrid(
                file,
                style.t(
                                "各县市区 " + horizon + " 年所在档位概率 — ",
                                "Probability of each GDP band per unit in " + horizon + " — ")
                        + scenarioTitle,
                style.t("档位按 GDP（亿元，现价）互斥划分", "exclusive bands of GDP (100 million yuan, nominal)")
                        + LargestUnits.note(style, bars, units.size()),
                List.of(chart),
                1,
                1000,
                100 + 42 * bars);
    }
}
