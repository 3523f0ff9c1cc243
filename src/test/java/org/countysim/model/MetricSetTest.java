package org.countysim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one definition of the per-trial metrics: their layout, their values on a trial counted by hand, their words. */
class MetricSetTest {
    private static final double[] THRESHOLDS = {1000, 500};
    private static final Targets TARGETS = Targets.of(TargetForm.BANDS, new int[] {1, 2});
    private static final MetricSet SET = new MetricSet(THRESHOLDS, TARGETS, 2025);

    @Test
    void positionsAreTheLayoutTheEngineWritesAndTheTablesList() {
        assertEquals(
                List.of(
                        "mean_count_1000",
                        "mean_count_500",
                        "mean_reaching_1000",
                        "mean_reaching_500",
                        "p_met_1000",
                        "p_met_500",
                        "p_exact_1000",
                        "p_exact_500",
                        "p_all_met",
                        "p_exact_all",
                        "city_gdp"),
                SET.ids());
        for (int bands = 1; bands <= 6; bands++) {
            double[] t = new double[bands];
            int[] targets = new int[bands];
            for (int k = 0; k < bands; k++) {
                t[k] = 1000 - 100 * k;
                targets[k] = 1;
            }
            MetricSet s = new MetricSet(t, Targets.of(TargetForm.BANDS, targets), 2025);
            assertEquals(MetricSet.size(bands), s.size(), "the engine's array holds every metric");
            for (int i = 0; i < s.size(); i++) {
                assertEquals(i, s.get(i).position());
                assertEquals(s.get(i), s.find(s.get(i).id()), "ids are unique");
            }
        }
        assertNull(SET.find("p_met_300"), "no such band");
        assertEquals(SET.find("p_met_500"), SET.of(Measure.MET, 1));
    }

    /**
     * Units at 1200, 600, 450 and 100: n = (1, 1), N = (1, 2) against t = (1, 2), T = (1, 3): the top target met
     * and exact, the second neither, so not all met and not the exact structure; the city 2350.
     */
    @Test
    void valuesAreTheTrialsTierCounts() {
        TierCounts counts = new TierCounts(THRESHOLDS, TARGETS);
        counts.count(new double[] {1200, 600, 450, 100, 99999}, 4);
        double[] expected = {1, 1, 1, 2, 1, 0, 1, 0, 0, 0, 2350};
        for (Metric m : SET) {
            assertEquals(expected[m.position()], m.value(counts), 0, m.id());
        }
        TierOutcome outcome = TierOutcome.of(new double[] {1200, 600, 450, 100}, THRESHOLDS, TARGETS);
        assertEquals(outcome.allMet() ? 1 : 0, SET.of(Measure.ALL_MET).value(counts), 0);
        assertEquals(outcome.reaching()[1], SET.of(Measure.REACHING, 1).value(counts), 0);
    }

    @Test
    void eachMetricReadsInWordsOverTheTrialsAndInOne() {
        Metric met = SET.find("p_met_500");
        assertEquals("met_500", met.trialId());
        assertEquals("P(at least 3 units ≥500亿)", met.label());
        assertEquals("≥500亿 至少 3 个的概率", met.labelZh());
        assertEquals("at least 3 units ≥500亿", met.trialLabel());
        Metric exact = SET.find("p_exact_500");
        assertEquals("P(exactly 2 units in 500–1000亿)", exact.label());
        assertEquals("500–1000亿 恰好 2 个的概率", exact.labelZh());
        Metric count = SET.find("mean_count_500");
        assertEquals("n_500", count.trialId());
        assertEquals("units in 500–1000亿", count.label());
        assertEquals("500–1000亿 的单位数（期望）", count.labelZh());
        assertEquals("units ≥1000亿", SET.find("mean_reaching_1000").label());
        assertEquals("P(exact structure 1/2)", SET.of(Measure.EXACT_ALL).label());
        assertEquals("恰好达到结构 1/2 的概率", SET.of(Measure.EXACT_ALL).labelZh());
        assertEquals("全部目标达成", SET.of(Measure.ALL_MET).trialLabelZh());
        Metric city = SET.of(Measure.CITY_GDP);
        assertEquals(MetricKind.AMOUNT, city.kind());
        assertEquals("city GDP (亿元)", city.label());
        assertEquals("city GDP 2025 (亿元)", city.trialLabel());
        assertEquals("全市 2025年GDP（亿元）", city.trialLabelZh());
    }

    @Test
    void setsOfTheSameBandsAreEqualAndSoAreTheirMetrics() {
        MetricSet again = new MetricSet(new double[] {1000, 500}, Targets.of(TargetForm.BANDS, new int[] {1, 2}), 2025);
        assertEquals(SET, again);
        assertEquals(SET.hashCode(), again.hashCode());
        assertEquals(SET.of(Measure.ALL_MET), again.of(Measure.ALL_MET));
        assertEquals("p_all_met", SET.of(Measure.ALL_MET).toString());
    }
}
