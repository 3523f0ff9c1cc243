package org.countysim.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.countysim.app.VariantRunner;
import org.countysim.engine.LocalBlockRunner;
import org.countysim.result.Summary;
import org.countysim.result.Tally;
import org.countysim.result.VariantResult;
import org.countysim.scenario.CompiledScenario;
import org.countysim.testing.Fixtures;
import org.countysim.testing.McAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tier counts and targets (model.md §4): met = at least T_k units at or above threshold k; exact = n_k = t_k. */
class TierCountingTest {
    @TempDir
    Path dir;

    private static final double[] PLAN = {1000, 500, 300, 250};
    private static final Targets PLAN_TARGETS = Targets.of(TargetForm.BANDS, new int[] {3, 2, 4, 2});

    private static TierOutcome plan(double... gdp) {
        return TierOutcome.of(gdp, PLAN, PLAN_TARGETS);
    }

    @Test
    void theBandTargetsOfThePlanAreAtLeast3_5_9_11() {
        assertArrayEquals(new int[] {3, 5, 9, 11}, PLAN_TARGETS.cumulative());
        assertEquals(PLAN_TARGETS, Targets.of(TargetForm.CUMULATIVE, new int[] {3, 5, 9, 11}), "one internal form");
        assertEquals("3/2/4/2", PLAN_TARGETS.structure());
        assertEquals(
                "the 3rd largest unit ≥1000亿, the 5th ≥500亿, the 9th ≥300亿, the 11th ≥250亿",
                BandLabels.sortedReading(PLAN_TARGETS.cumulative(), PLAN));
        assertEquals("at least 5 units ≥500亿", BandLabels.atLeast(5, PLAN, 1));
        assertEquals("exactly 2 units in 500–1000亿", BandLabels.exactly(2, PLAN, 1));
    }

    /** The structure exactly as listed: every target met and exact. */
    /** The engine's branch-free indicators say what met_k and exact_k say, for every count from 0 to 11 units. */
    @Test
    void theBranchFreeIndicatorsAgreeWithMetAndExact() {
        for (int k = 0; k < PLAN_TARGETS.bands(); k++) {
            for (int n = 0; n <= 11; n++) {
                assertEquals(PLAN_TARGETS.met(k, n) ? 0 : 1, PLAN_TARGETS.unmet(k, n), "unmet, band " + k + ", " + n);
                assertEquals(
                        PLAN_TARGETS.exact(k, n) ? 0 : 1, PLAN_TARGETS.inexact(k, n), "inexact, band " + k + ", " + n);
            }
        }
    }

    @Test
    void theExactStructureMeetsEveryTarget() {
        TierOutcome o = plan(1200, 1100, 1050, 700, 600, 450, 400, 350, 320, 280, 260);
        assertArrayEquals(new int[] {3, 2, 4, 2, 0}, o.inBand());
        assertArrayEquals(new int[] {3, 5, 9, 11}, o.reaching());
        assertTrue(o.allMet());
        assertTrue(o.exactAll());
    }

    /** One unit moves up from the 300 band into the 500 band: better than planned, still met; no longer exact. */
    @Test
    void aUnitDoingBetterThanItsBandIsNoFailure() {
        TierOutcome o = plan(1200, 1100, 1050, 700, 600, 550, 400, 350, 320, 280, 260);
        assertArrayEquals(new int[] {3, 3, 3, 2, 0}, o.inBand());
        assertArrayEquals(new int[] {3, 6, 9, 11}, o.reaching());
        assertArrayEquals(new boolean[] {true, true, true, true}, o.met());
        assertArrayEquals(new boolean[] {true, false, false, true}, o.exact());
        assertTrue(o.allMet());
        assertFalse(o.exactAll());
    }

    /** Every unit at 2000: the 11th largest is above 250, so all met; no band but the top one is exact. */
    @Test
    void everyUnitAtTheTopMeetsEveryTarget() {
        double[] gdp = new double[11];
        java.util.Arrays.fill(gdp, 2000);
        TierOutcome o = plan(gdp);
        assertTrue(o.allMet());
        assertArrayEquals(new boolean[] {false, false, false, false}, o.exact());
    }

    /** Only two units reach 1000: the 1000 target fails (the 3rd largest is 990), whatever the rest does. */
    @Test
    void theSortedReading() {
        TierOutcome o = plan(1200, 1100, 990, 900, 800, 700, 600, 500, 400, 300, 250);
        assertArrayEquals(new int[] {2, 8, 10, 11}, o.reaching());
        assertArrayEquals(new boolean[] {false, true, true, true}, o.met());
        assertFalse(o.allMet());
        // GDP exactly at a threshold reaches it: the 11th largest is 250
        assertTrue(o.met()[3]);
        TierOutcome below = plan(1200, 1100, 1000, 900, 800, 700, 600, 500, 400, 300, 249.99);
        assertTrue(below.met()[0], "exactly 1000 reaches 1000");
        assertFalse(below.met()[3], "the 11th largest is below 250");
        assertEquals(1, below.inBand()[4], "one unit below every threshold");
    }

    /** Cumulative targets given as such: at least 2 units ≥ 500 and at least 4 ≥ 300 (band targets 2 and 2). */
    @Test
    void cumulativeTargetsAreNotBandTargets() {
        Targets t = Targets.of(TargetForm.CUMULATIVE, new int[] {2, 4});
        assertArrayEquals(new int[] {2, 2}, t.band());
        TierOutcome o = TierOutcome.of(new double[] {900, 800, 700, 350}, new double[] {500, 300}, t);
        assertArrayEquals(new int[] {3, 1, 0}, o.inBand());
        assertTrue(o.allMet(), "3 ≥ 500 and 4 ≥ 300");
        assertArrayEquals(new boolean[] {false, false}, o.exact(), "3 in the top band, 1 in the next: not 2 and 2");
    }

    private static final String BANDS = """
            tiers:
              counting: both
              bands:
                - {threshold: 1000, target: 1}
                - {threshold: 500, target: 2}
                - {threshold: 300, target: 1}
                - {threshold: 250, target: 1}
            """;

    /** Units at 1200, 600, 350, 260, 100 and 500 (reaching exactly counts), through the engine: counts by hand. */
    @Test
    void handComputedCase() throws Exception {
        Summary s = new Fixtures(dir)
                .baseline(
                        Fixtures.exact("a", 1200),
                        Fixtures.exact("b", 600),
                        Fixtures.exact("c", 350),
                        Fixtures.exact("d", 260),
                        Fixtures.exact("e", 100),
                        Fixtures.exact("f", 500))
                .with("tiers", BANDS)
                .summary(1000, 1);
        Summary.Tiers t = s.tiers();
        int[] inBand = {1, 2, 1, 1};
        int[] reaching = {1, 3, 4, 5};
        int[] cumulativeTargets = {1, 3, 4, 5};
        for (int k = 0; k < 4; k++) {
            Summary.Band b = t.bands().get(k);
            assertEquals(inBand[k], b.inBand().mean().value(), 0, "in band " + k);
            assertEquals(inBand[k], b.inBand().p50());
            assertEquals(1.0, b.inBand().p()[inBand[k]], 0);
            assertEquals(reaching[k], b.reaching().mean().value(), 0, "reaching " + k);
            assertEquals(cumulativeTargets[k], b.cumulativeTarget());
            assertEquals(1.0, b.met().value(), 0);
            assertEquals(1.0, b.exact().value(), 0);
        }
        assertEquals(1.0, t.allMet().value(), 0);
        assertEquals(1.0, t.exactAll().value(), 0);
        assertEquals("500–1000亿", t.bands().get(1).label(Counting.EXCLUSIVE));
        assertEquals("≥500亿", t.bands().get(1).label(Counting.CUMULATIVE));
    }

    /** Two units above 1000 where one is asked: all met; the structure is not exact. Before issue 9 this "failed". */
    @Test
    void doingBetterThanPlannedMeetsTheTargetsThroughTheEngine() throws Exception {
        Summary s = new Fixtures(dir)
                .baseline(
                        Fixtures.exact("a", 1200),
                        Fixtures.exact("b", 1100),
                        Fixtures.exact("c", 600),
                        Fixtures.exact("d", 400),
                        Fixtures.exact("e", 270))
                .with("tiers", BANDS)
                .summary(500, 1);
        // in band 2, 1, 1, 1 (band 500 misses its 2); at or above 2, 3, 4, 5 against 1, 3, 4, 5: all met
        assertEquals(1.0, s.tiers().bands().get(1).met().value(), 0);
        assertEquals(0.0, s.tiers().bands().get(1).exact().value(), 0);
        assertEquals(1.0, s.tiers().allMet().value(), 0);
        assertEquals(0.0, s.tiers().exactAll().value(), 0);
    }

    /**
     * The engine's per-trial metrics (compare, sweep, solve, attribution) and the run's tally count the same
     * trials the same way: equal probabilities to the last bit for the same seed.
     */
    @Test
    void perTrialMetricsAgreeWithTheTally() throws Exception {
        CompiledScenario c = new Fixtures(dir)
                .baseline(
                        Fixtures.banded("a", 800, 1200),
                        Fixtures.banded("b", 400, 700),
                        Fixtures.banded("c", 250, 600),
                        Fixtures.banded("d", 200, 400))
                .with(
                        "tiers",
                        "tiers:\n  bands:\n    - {threshold: 1000, target: 1}\n    - {threshold: 500, target: 1}\n"
                                + "    - {threshold: 300, target: 1}\n    - {threshold: 250, target: 1}")
                .with("trend", "trend:\n  real_growth: {dist: normal, mean: 0.05, sd: 0.02}")
                .compile();
        long n = 3000;
        Summary s = org.countysim.result.Summarizer.summarize(
                new org.countysim.engine.SimulationEngine(c.model()).run(n, 9, 2),
                c.model().thresholds(),
                c.model().targets(),
                2021,
                List.of());
        VariantResult r = VariantRunner.run(List.of(c), List.of("x"), false, n, 9, new LocalBlockRunner(2))
                .result();
        for (int k = 0; k < 4; k++) {
            String t = org.countysim.model.BandLabels.yi(c.model().thresholds()[k]);
            Summary.Band b = s.tiers().bands().get(k);
            assertEquals(b.met().value(), r.values()[0][r.metric("p_met_" + t)].value(), 0, "p_met_" + t);
            assertEquals(b.exact().value(), r.values()[0][r.metric("p_exact_" + t)].value(), 0, "p_exact_" + t);
            assertEquals(b.inBand().mean().value(), r.values()[0][r.metric("mean_count_" + t)].value(), 1e-12);
            assertEquals(b.reaching().mean().value(), r.values()[0][r.metric("mean_reaching_" + t)].value(), 1e-12);
        }
        assertEquals(s.tiers().allMet().value(), r.values()[0][r.metric("p_all_met")].value(), 0);
        assertEquals(s.tiers().exactAll().value(), r.values()[0][r.metric("p_exact_all")].value(), 0);
        assertTrue(
                s.tiers().allMet().value() > 0.05 && s.tiers().allMet().value() < 0.95, "a case that tests something");
        assertEquals(
                List.of(
                        "mean_count_1000",
                        "mean_count_500",
                        "mean_count_300",
                        "mean_count_250",
                        "mean_reaching_1000",
                        "mean_reaching_500",
                        "mean_reaching_300",
                        "mean_reaching_250",
                        "p_met_1000",
                        "p_met_500",
                        "p_met_300",
                        "p_met_250",
                        "p_exact_1000",
                        "p_exact_500",
                        "p_exact_300",
                        "p_exact_250",
                        "p_all_met",
                        "p_exact_all",
                        "city_gdp"),
                r.metrics().ids(),
                "the ids and order of compare.csv, sweep.csv and the JSON");
    }

    /** Independent units: the count reaching K is Poisson-binomial, mean Σp and variance Σp(1−p). */
    @Test
    void independentUnitsGivePoissonBinomialCounts() throws Exception {
        double[][] bands = {{50, 150}, {80, 120}, {90, 130}, {60, 110}, {95, 200}};
        String[] rows = new String[bands.length];
        double mean = 0;
        double variance = 0;
        for (int i = 0; i < bands.length; i++) {
            rows[i] = Fixtures.banded("u" + i, bands[i][0], bands[i][1]);
            double p = (bands[i][1] - 100) / (bands[i][1] - bands[i][0]);
            mean += p;
            variance += p * (1 - p);
        }
        long n = 60_000;
        Tally t = new Fixtures(dir)
                .baseline(rows)
                .with("tiers", "tiers:\n  bands:\n    - {threshold: 100, target: 3}")
                .tally(n, 2024);
        long[] hist = t.countHistogram(Counting.CUMULATIVE, 0);
        double m1 = 0;
        double m2 = 0;
        for (int j = 0; j < hist.length; j++) {
            m1 += (double) j * hist[j] / n;
            m2 += (double) j * j * hist[j] / n;
        }
        double sampleVar = m2 - m1 * m1;
        double m4 = 0;
        for (int j = 0; j < hist.length; j++) {
            m4 += Math.pow(j - m1, 4) * hist[j] / n;
        }
        McAssert.withinSe(mean, m1, Math.sqrt(variance / n), "mean count");
        McAssert.withinSe(variance, sampleVar, Math.sqrt((m4 - sampleVar * sampleVar) / n), "variance of count");
    }

    /** Targets that cannot be met are flagged in the run's warnings, once. */
    @Test
    void impossibleTargetsAreWarned() throws Exception {
        var compiled = new Fixtures(dir)
                .baseline(Fixtures.exact("a", 1200), Fixtures.exact("b", 600))
                .with(
                        "tiers",
                        "tiers:\n  counting: exclusive\n  bands:\n    - {threshold: 1000, target: 1}\n"
                                + "    - {threshold: 500, target: 3}")
                .compile();
        var warnings = org.countysim.app.RunWarnings.targets(compiled);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(
                warnings.get(0).contains("'at least 4 units ≥500亿' asks for more than the 2 projected units"),
                warnings.get(0));
    }
}
