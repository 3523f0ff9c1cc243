package org.countysim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.countysim.model.Counting;
import org.countysim.model.Measure;
import org.countysim.model.Metric;
import org.countysim.model.MetricSet;
import org.countysim.model.TargetForm;
import org.countysim.model.Targets;
import org.countysim.model.UnitInfo;
import org.countysim.result.Summary;
import org.countysim.result.VariantResult;
import org.countysim.testing.Fixtures;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The charts' datasets as data, and the charts drawn with and without a CJK font. */
class ChartsTest {
    @TempDir
    Path dir;

    private static final double[] THRESHOLDS = {300, 200};

    private Summary summary() throws Exception {
        return new Fixtures(dir)
                .baseline(Fixtures.banded("a", 250, 350), Fixtures.banded("b", 150, 260))
                .with("horizon", "horizon: 2023")
                .with(
                        "tiers",
                        "tiers:\n  counting: exclusive\n  bands:\n    - {threshold: 300, target: 1}\n"
                                + "    - {threshold: 200, target: 1}")
                .summary(4000, 3);
    }

    /** At least: counts from the cumulative target up are met. Exactly: only the band target's count is. */
    @Test
    void tierDatasetSplitsCountsAtTheTargetOfItsKind() throws Exception {
        Summary.Band second = summary().tiers().bands().get(1);
        XYSeriesCollection met = TierChart.dataset(second, Counting.CUMULATIVE);
        assertEquals(2, second.cumulativeTarget());
        assertEquals(2, met.getSeries(0).getItemCount(), "counts 0 and 1 are under 'at least 2'");
        assertEquals(1, met.getSeries(1).getItemCount(), "count 2 meets it");
        double[] p = second.reaching().p();
        assertEquals(1.0, p[0] + p[1] + p[2], 1e-12);
        assertEquals(p[2], met.getSeries(1).getY(0).doubleValue(), 0);
        XYSeriesCollection exact = TierChart.dataset(second, Counting.EXCLUSIVE);
        assertEquals(2, exact.getSeries(0).getItemCount(), "counts 0 and 2 in the band are not exactly 1");
        assertEquals(1.0, exact.getSeries(1).getX(0).doubleValue(), 0);
        assertEquals(second.inBand().p()[1], exact.getSeries(1).getY(0).doubleValue(), 0);
    }

    /** Every tier panel says its reading in words. */
    @Test
    void tierPanelsSayTheirReading() throws Exception {
        Summary s = summary();
        TierChart chart = new TierChart(new ChartStyle(null));
        Summary.Band second = s.tiers().bands().get(1);
        assertEquals("at least 2 units >=200 yi", chart.reading(second, Counting.CUMULATIVE, THRESHOLDS, 1));
        assertEquals("exactly 1 unit in 200-300 yi", chart.reading(second, Counting.EXCLUSIVE, THRESHOLDS, 1));
        String title = chart.panel(second, Counting.CUMULATIVE, THRESHOLDS, 1, s.trials())
                .getTitle()
                .getText();
        assertTrue(title.startsWith("at least 2 units >=200 yi: "), title);
    }

    @Test
    void fanDatasetRunsFromBaseYearToHorizonWithOrderedBands() throws Exception {
        List<Summary.UnitYear> a =
                summary().unitYears().stream().filter(u -> u.unit() == 0).toList();
        YIntervalSeriesCollection data = FanChart.dataset(a);
        assertEquals(3, data.getItemCount(0), "2021, 2022, 2023");
        assertEquals(2021, data.getXValue(0, 0), 0);
        for (int i = 0; i < 3; i++) {
            assertTrue(data.getStartYValue(0, i) <= data.getStartYValue(1, i), "P5 ≤ P25");
            assertTrue(data.getEndYValue(1, i) <= data.getEndYValue(0, i), "P75 ≤ P95");
        }
        assertEquals(2, FanChart.nearbyThresholds(THRESHOLDS, 240, 260).size(), "one above and one below");
    }

    @Test
    void countyTierDatasetSumsToOnePerUnit() throws Exception {
        List<UnitInfo> units = List.of(new UnitInfo("a", "甲", "A"), new UnitInfo("b", "乙", "B"));
        DefaultCategoryDataset data =
                new CountyTierChart(new ChartStyle(null)).dataset(summary(), units, THRESHOLDS, 2023);
        for (Object unit : data.getColumnKeys()) {
            double total = 0;
            for (Object band : data.getRowKeys()) {
                total += data.getValue((Comparable<?>) band, (Comparable<?>) unit)
                        .doubleValue();
            }
            assertEquals(1.0, total, 1e-12, unit.toString());
        }
        assertEquals(List.of("A", "B"), data.getColumnKeys(), "Latin names without a CJK font");
        assertEquals(">=300 yi", data.getRowKey(0));
    }

    @Test
    void chartsDrawWithAndWithoutACjkFont() throws Exception {
        Summary s = summary();
        List<UnitInfo> units = List.of(new UnitInfo("a", "甲县", "A"), new UnitInfo("b", "乙县", "B"));
        for (ChartStyle style : List.of(new ChartStyle(null), ChartStyle.detect(""))) {
            Path tiers = dir.resolve("tiers.png");
            Path fans = dir.resolve("fans.png");
            Path county = dir.resolve("county.png");
            new TierChart(style).write(tiers, s, List.of(Counting.CUMULATIVE, Counting.EXCLUSIVE), 2023, "test");
            new FanChart(style).write(fans, s, units, THRESHOLDS, "test");
            new CountyTierChart(style).write(county, s, units, THRESHOLDS, 2023, "test");
            for (Path p : List.of(tiers, fans, county)) {
                BufferedImage image = ImageIO.read(p.toFile());
                assertNotNull(image, p.toString());
                assertTrue(image.getWidth() >= 600, p.toString());
            }
        }
    }

    /**
     * A conditioned run (model.md §11): tiers.png with the prior as dots and "prior → given" in every title;
     * baselines.png with one row per banded unit; and the sentence a reviewer reads.
     */
    @Test
    void conditionedChartsShowThePriorBesideTheEvidence() throws Exception {
        Summary prior = summary();
        Summary given = new Summary(prior.trials(), prior.tiers(), prior.unitYears(), prior.city(), 0, 812.4);
        TierChart tiers = new TierChart(new ChartStyle(null));
        Summary.Band second = prior.tiers().bands().get(1);
        org.jfree.chart.JFreeChart panel = tiers.panel(second, second, Counting.CUMULATIVE, THRESHOLDS, 1, 812, 4000);
        assertTrue(panel.getTitle().getText().contains(" → "), panel.getTitle().getText());
        assertEquals(
                second.reaching().p().length,
                panel.getXYPlot().getDataset(1).getItemCount(0),
                "one prior dot per count");
        java.util.List<org.countysim.result.BaselineShift> shifts = List.of(
                new org.countysim.result.BaselineShift(
                        0, "任城区", "Rencheng", 2021, 500, 930, new double[] {521.5, 715, 908.5}, new double[] {
                            505.2, 558.4, 661.3
                        }),
                new org.countysim.result.BaselineShift(
                        1, "泗水县", "Sishui", 2021, 200, 300, new double[] {205, 250, 295}, new double[] {204, 238, 291
                        }));
        assertEquals(
                "任城区 2021: 500–930 assumed → 505–661 (P5–P95, median 558) given the city total 2021 = 5069.96",
                BaselineChart.sentences(shifts, "the city total 2021 = 5069.96").get(0));
        var data = BaselineChart.dataset(shifts);
        assertEquals(3, data.getSeriesCount(), "band, prior, given the evidence");
        assertEquals(505.2, data.getStartXValue(2, 0), 0, "the first unit's conditioned P5");
        assertTrue(data.getYValue(2, 0) > data.getYValue(2, 1), "the first unit on top");
        for (ChartStyle style : List.of(new ChartStyle(null), ChartStyle.detect("任城区"))) {
            Path t = dir.resolve("tiers-given.png");
            Path b = dir.resolve("baselines.png");
            tiers.write(t, given, prior, List.of(Counting.CUMULATIVE), 2023, "test");
            new BaselineChart(style).write(b, shifts, GIVEN_ZH, "the city total 2021 = 5069.96", "test");
            for (Path png : List.of(t, b)) {
                BufferedImage image = ImageIO.read(png.toFile());
                assertNotNull(image, png.toString());
                assertTrue(image.getWidth() >= 600 && image.getHeight() >= 200, png.toString());
            }
        }
    }

    static final String GIVEN_ZH = "2021 年 jining_units_2021.csv 全部 13 个单位合计 = 5069.96亿（标准差 25亿）";

    /**
     * baselines.png is a Chinese chart: its subtitle names the evidence in Chinese (generated from the observations),
     * not by the scenario's label, which may be English; one line per observation. The Latin chart keeps the label.
     */
    @Test
    void theBaselinesChartNamesTheEvidenceInItsOwnLanguage() {
        List<org.countysim.result.BaselineShift> shifts = List.of(new org.countysim.result.BaselineShift(
                0, "任城区", "Rencheng", 2021, 500, 930, new double[] {521.5, 715, 908.5}, new double[] {
                    505.2, 558.4, 661.3
                }));
        String given = "the city total 2021 = 5069.96";
        org.jfree.chart.JFreeChart chinese =
                new BaselineChart(new ChartStyle("Dialog")).chart(shifts, GIVEN_ZH, given, "测试");
        assertEquals("证据：" + GIVEN_ZH, subtitle(chinese));
        String two = GIVEN_ZH + "\n2023 年 任城区 + 兖州区 = 1300亿（±5亿以内）";
        assertEquals(
                "证据：" + GIVEN_ZH + "\n证据：2023 年 任城区 + 兖州区 = 1300亿（±5亿以内）",
                subtitle(new BaselineChart(new ChartStyle("Dialog")).chart(shifts, two, given, "测试")),
                "one line per observation");
        assertEquals(
                "evidence: the city total 2021 = 5069.96",
                subtitle(new BaselineChart(new ChartStyle(null)).chart(shifts, GIVEN_ZH, given, "test")));
    }

    private static String subtitle(org.jfree.chart.JFreeChart chart) {
        return ((org.jfree.chart.title.TextTitle) chart.getSubtitle(chart.getSubtitleCount() - 1)).getText();
    }

    /** Variants whose p_met_300 is 0.1·v with SE 0.01, differences 0.1·v with paired SE 0.002. */
    private static VariantResult variants(int n) {
        MetricSet metrics = new MetricSet(new double[] {300}, ONE_BAND, 2025);
        Summary.Estimate[][] values = new Summary.Estimate[n][metrics.size()];
        Summary.Estimate[][] diffs = new Summary.Estimate[n][metrics.size()];
        List<String> names = new java.util.ArrayList<>();
        for (int v = 0; v < n; v++) {
            names.add("v" + v);
            for (int j = 0; j < metrics.size(); j++) {
                values[v][j] = new Summary.Estimate(0.1 * v + 0.05, 0.01);
                diffs[v][j] = new Summary.Estimate(0.1 * v, v == 0 ? 0 : 0.002);
            }
        }
        return new VariantResult(names, metrics, values, diffs, 1000);
    }

    static final Targets ONE_BAND = Targets.of(TargetForm.BANDS, new int[] {2});
    static final String ONE_BAND_LABEL = "at least 2 units >=300 yi";
    static final Metric P_MET_300 = variants(1).metrics().find("p_met_300");

    @Test
    void compareDifferencesAreAgainstTheFirstWithTwoPairedSe() {
        CompareChart chart = new CompareChart(new ChartStyle(null));
        DefaultStatisticalCategoryDataset d =
                chart.differenceDataset(variants(3), List.of(Measure.MET, Measure.ALL_MET));
        assertEquals(List.of("v1", "v2"), d.getRowKeys(), "the first scenario is the reference, not a bar");
        assertEquals(List.of(ONE_BAND_LABEL, "all targets"), d.getColumnKeys());
        assertEquals(20.0, d.getMeanValue("v2", ONE_BAND_LABEL).doubleValue(), 1e-9, "points");
        assertEquals(0.4, d.getStdDevValue("v2", ONE_BAND_LABEL).doubleValue(), 1e-9, "±2 paired SE, in points");
    }

    @Test
    void sweepDifferencesStartAtZeroWithTheirPairedBand() {
        List<double[]> points = List.of(new double[] {0}, new double[] {5}, new double[] {10});
        SweepChart.Sweep sweep =
                new SweepChart.Sweep(List.of(new ParamAxis("a.b", "甲", "a")), points, variants(3), P_MET_300);
        YIntervalSeriesCollection d = SweepChart.differenceDataset(sweep);
        assertEquals(0, d.getYValue(0, 0), 0);
        assertEquals(20.0, d.getYValue(0, 2), 1e-9);
        assertEquals(20.4, d.getEndYValue(0, 2), 1e-9);
    }

    @Test
    void sweepAndCompareChartsDrawWithAndWithoutACjkFont() throws Exception {
        List<double[]> line = List.of(new double[] {0}, new double[] {5}, new double[] {10});
        List<double[]> grid = List.of(
                new double[] {0, 1},
                new double[] {0, 2},
                new double[] {0, 3},
                new double[] {10, 1},
                new double[] {10, 2},
                new double[] {10, 3});
        List<ParamAxis> axes = List.of(
                new ParamAxis("interventions[x].quantity", "技术改造：每年数量", "x: quantity a year"),
                new ParamAxis("trend.real_growth", "趋势实际增速", "trend real growth"));
        for (ChartStyle style : List.of(new ChartStyle(null), ChartStyle.detect("技术改造"))) {
            Path one = dir.resolve("one.png");
            Path two = dir.resolve("two.png");
            Path compare = dir.resolve("compare.png");
            new SweepChart(style)
                    .write(one, new SweepChart.Sweep(axes.subList(0, 1), line, variants(3), P_MET_300), "test");
            new SweepChart(style)
                    .write(
                            two,
                            new SweepChart.Sweep(
                                    axes,
                                    grid,
                                    variants(6),
                                    variants(6).metrics().of(Measure.CITY_GDP)),
                            "test");
            new CompareChart(style).write(compare, variants(3), 2025, List.of("a=1"));
            for (Path p : List.of(one, two, compare)) {
                BufferedImage image = ImageIO.read(p.toFile());
                assertNotNull(image, p.toString());
                assertTrue(image.getWidth() >= 600, p.toString());
            }
        }
    }
}
