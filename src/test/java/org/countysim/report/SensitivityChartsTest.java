package org.countysim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.countysim.model.Measure;
import org.countysim.model.MetricSet;
import org.countysim.model.TargetForm;
import org.countysim.model.Targets;
import org.countysim.model.TrialOutput;
import org.countysim.result.Factor;
import org.countysim.result.PrimResult;
import org.countysim.result.SobolResult;
import org.countysim.result.Summary;
import org.countysim.result.TornadoResult;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** tornado.png, sobol.png and prim.png: their datasets as data, and drawn with and without a CJK font. */
class SensitivityChartsTest {
    @TempDir
    Path dir;

    private static final Factor REN = new Factor(
            "baseline:370811",
            Factor.Kind.BASELINE,
            "任城区 2021年GDP（亿元）",
            "Rencheng GDP 2021 (100M yuan)",
            Factor.Scale.YI,
            List.of("baseline:370811"),
            1,
            "uniform 500–930");
    private static final Factor TREND = new Factor(
            "trend.real_growth",
            Factor.Kind.PARAMETER,
            "趋势实际增速",
            "trend real growth",
            Factor.Scale.PERCENT,
            List.of("trend.real_growth"),
            1,
            "normal 0.05 ± 0.01");

    private static Summary.Estimate e(double v, double se) {
        return new Summary.Estimate(v, se);
    }

    private static TornadoResult tornado() {
        return new TornadoResult(
                new MetricSet(new double[] {500}, Targets.of(TargetForm.BANDS, new int[] {3}), 2025)
                        .of(Measure.ALL_MET),
                e(0.04, 0.001),
                List.of(
                        new TornadoResult.Bar(
                                REN,
                                543,
                                887,
                                e(0, 0),
                                e(0.128, 0.002),
                                e(-0.04, 0.001),
                                e(0.088, 0.002),
                                e(0.128, 0.002)),
                        new TornadoResult.Bar(
                                TREND,
                                0.037,
                                0.063,
                                e(0.006, 0.001),
                                e(0.094, 0.002),
                                e(-0.034, 0.001),
                                e(0.054, 0.002),
                                e(0.088, 0.002))),
                20000);
    }

    @Test
    void tornadoBarsRunFromTheBaseToEachArm() throws Exception {
        DefaultIntervalCategoryDataset d = new TornadoChart(new ChartStyle(null)).dataset(tornado());
        assertEquals(2, d.getColumnCount());
        assertEquals(0.0, d.getStartValue(0, 0).doubleValue(), 1e-12, "P10 arm: from 0% …");
        assertEquals(4.0, d.getEndValue(0, 0).doubleValue(), 1e-12, "… up to the base, 4%");
        assertEquals(4.0, d.getStartValue(1, 0).doubleValue(), 1e-12, "P90 arm: from the base …");
        assertEquals(12.8, d.getEndValue(1, 0).doubleValue(), 1e-12, "… to 12.8%");
        assertTrue(d.getColumnKey(0).toString().contains("543")
                && d.getColumnKey(0).toString().contains("887"));
        draw((file, style) -> new TornadoChart(style).write(file, tornado(), "plan"), "tornado");
    }

    private static SobolResult sobol() {
        return new SobolResult(
                new TrialOutput("all_met", "all targets met", "全部目标达成", null, -1),
                32768,
                500,
                0.95,
                0.04,
                0.0384,
                List.of(
                        new SobolResult.Index(TREND, 0.04, 0.01, 0.02, 0.06, 0.45, 0.01, 0.43, 0.47),
                        new SobolResult.Index(REN, 0.06, 0.01, 0.05, 0.08, 0.67, 0.015, 0.64, 0.70)));
    }

    @Test
    void sobolBarsCarryTheirIntervalsLargestTotalFirst() throws Exception {
        SobolChart chart = new SobolChart(new ChartStyle(null));
        DefaultCategoryDataset st = chart.intervals(sobol(), true);
        assertEquals("Rencheng GDP 2021", st.getColumnKey(0), "largest ST first, named without its unit");
        assertEquals(0.64, st.getValue("lo", "Rencheng GDP 2021").doubleValue(), 1e-12);
        assertEquals(0.70, st.getValue("hi", "Rencheng GDP 2021").doubleValue(), 1e-12);
        assertEquals(
                0.02,
                chart.intervals(sobol(), false)
                        .getValue("lo", "trend real growth")
                        .doubleValue(),
                1e-12);
        draw((file, style) -> new SobolChart(style).write(file, sobol(), "plan"), "sobol");
    }

    @Test
    void primTrajectoryIsCoverageAgainstDensityInPercent() throws Exception {
        double inf = Double.POSITIVE_INFINITY;
        PrimResult.Box all =
                new PrimResult.Box(new double[] {-inf, -inf}, new double[] {inf, inf}, 1000, 40, 1, 0.04, 1);
        PrimResult.Box box =
                new PrimResult.Box(new double[] {800, 0.05}, new double[] {inf, inf}, 60, 25, 0.625, 25 / 60.0, 0.06);
        PrimResult p = new PrimResult(
                "all_met", "all targets met", "全部目标达成", 1000, 40, List.of(REN, TREND), List.of(all, box), box, 1, 0.5);
        XYSeriesCollection d = new PrimChart(new ChartStyle(null)).dataset(p);
        assertEquals(100.0, d.getXValue(0, 0), 1e-12);
        assertEquals(4.0, d.getYValue(0, 0), 1e-12);
        assertEquals(62.5, d.getXValue(2, 0), 1e-12);
        assertTrue(
                SensitivityText.rule(p, true)
                        .startsWith(
                                "all targets met in 42% of the trials where 任城区 2021年GDP" + " ≥ 800亿 and 趋势实际增速 ≥ 5%"),
                SensitivityText.rule(p, true));
        draw((file, style) -> new PrimChart(style).write(file, p, "plan"), "prim");
        PrimResult none = new PrimResult(
                "all_met", "all targets met", "全部目标达成", 1000, 0, List.of(REN, TREND), List.of(all), all, 0, 0.5);
        assertEquals(1, new PrimChart(new ChartStyle(null)).dataset(none).getSeriesCount(), "no box: no markers");
        assertEquals(
                "all targets met in none of the 1000 trials: no box can be stated", SensitivityText.rule(none, true));
        draw((file, style) -> new PrimChart(style).write(file, none, "plan"), "prim-none");
    }

    private interface Drawing {
        void draw(Path file, ChartStyle style) throws Exception;
    }

    /** Drawn with the CJK font if one is installed, and without: a readable PNG either way. */
    private void draw(Drawing d, String name) throws Exception {
        for (ChartStyle style : List.of(ChartStyle.detect("任城区"), new ChartStyle(null))) {
            Path file = dir.resolve(name + (style.chinese ? "-zh" : "-en") + ".png");
            d.draw(file, style);
            BufferedImage image = ImageIO.read(file.toFile());
            assertTrue(image.getWidth() > 600 && image.getHeight() > 200, name);
        }
    }
}
