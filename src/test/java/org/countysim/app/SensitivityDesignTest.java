package org.countysim.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.countysim.engine.SimulationEngine;
import org.countysim.model.CompiledModel;
import org.countysim.model.Measure;
import org.countysim.model.MetricSet;
import org.countysim.model.TrialOutput;
import org.countysim.result.Factor;
import org.countysim.result.Summarizer;
import org.countysim.result.Summary;
import org.countysim.result.TornadoResult;
import org.countysim.scenario.CompiledScenario;
import org.countysim.sensitivity.SobolAnalyzer;
import org.countysim.sensitivity.TrialOutputs;
import org.countysim.testing.Fixtures;
import org.countysim.testing.McAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model's Saltelli design and tornado through the engine, on scenarios whose indices are known in closed form.
 * Index assertions allow 4 bootstrap SEs (false failure about 6e-5 each for an estimator close to normal).
 */
class SensitivityDesignTest {
    @TempDir
    Path dir;

    /** Three banded units, no growth, no shocks: city GDP = b1 + b2 + b3, so S_i = ST_i = w_i² / Σ w². */
    @Test
    void additiveBaselinesGetTheirShareOfVariance() throws Exception {
        CompiledScenario c = new Fixtures(dir)
                .baseline(
                        Fixtures.banded("u1", 100, 110),
                        Fixtures.banded("u2", 200, 220),
                        Fixtures.banded("u3", 300, 340))
                .compile();
        List<Factor> factors = FactorCatalog.of(c, false);
        assertEquals(
                List.of("baseline:u1", "baseline:u2", "baseline:u3"),
                factors.stream().map(Factor::id).toList());
        SobolAnalyzer.Indices s = indices(c, factors, "city_gdp", 8192);
        double[] w2 = {100, 400, 1600};
        for (int i = 0; i < 3; i++) {
            McAssert.withinSe(w2[i] / 2100, s.first()[i].value(), s.first()[i].se(), "S" + i);
            McAssert.withinSe(w2[i] / 2100, s.total()[i].value(), s.total()[i].se(), "ST" + i);
        }
    }

    /**
     * One unit b ~ U(100, 200) growing by μ ~ N(0.5, 0.3) for a year: Y = b·X with X = 1 + μ, so V_b = Var b·E[X]²,
     * V_X = E[b]²·Var X and V_bX = Var b·Var X (V = 1875 + 2025 + 75 = 3975): S_b = 0.4717, S_μ = 0.5094,
     * ST_b = 0.4906, ST_μ = 0.5283. The interaction is what separates S from ST.
     */
    @Test
    void aProductHasItsInteraction() throws Exception {
        CompiledScenario c = new Fixtures(dir)
                .baseline(Fixtures.banded("u1", 100, 200))
                .with("trend", "trend:\n  real_growth: {dist: normal, mean: 0.5, sd: 0.3}")
                .compile();
        List<Factor> factors = FactorCatalog.of(c, false);
        assertEquals(
                List.of("baseline:u1", "trend.real_growth"),
                factors.stream().map(Factor::id).toList());
        SobolAnalyzer.Indices s = indices(c, factors, "gdp_u1", 16384);
        double v = 3975;
        McAssert.withinSe(1875 / v, s.first()[0].value(), s.first()[0].se(), "S_b");
        McAssert.withinSe(2025 / v, s.first()[1].value(), s.first()[1].se(), "S_mu");
        McAssert.withinSe(1950 / v, s.total()[0].value(), s.total()[0].se(), "ST_b");
        McAssert.withinSe(2100 / v, s.total()[1].value(), s.total()[1].se(), "ST_mu");
    }

    private static SobolAnalyzer.Indices indices(CompiledScenario c, List<Factor> factors, String output, int n) {
        CompiledModel m = c.model();
        TrialOutput o = TrialOutputs.find(m, output, "--output");
        TrialCollector data =
                new SensitivityRuns(m, 7, threads(2), Progress.NONE).collect(factors, List.of(o), n, null);
        return SobolAnalyzer.analyze(data.y[0], n, factors.size(), 300, 0.95, 7);
    }

    /**
     * The tornado's base arm is the run itself (common random numbers), and with b at its P10 (110) and P90 (190)
     * the arms' city GDP is 110·X and 190·X trial by trial: the swing is 80 × the mean of X, 80 × 1.5 in expectation.
     */
    @Test
    void tornadoArmsShareTheRunsTrials() throws Exception {
        CompiledScenario c = new Fixtures(dir)
                .baseline(Fixtures.banded("u1", 100, 200))
                .with("trend", "trend:\n  real_growth: {dist: normal, mean: 0.5, sd: 0.3}")
                .compile();
        List<Factor> factors = FactorCatalog.of(c, false);
        long trials = 5000;
        TornadoResult t = new SensitivityRuns(c.model(), 42, threads(2), Progress.NONE)
                .tornado(factors, trials, MetricSet.of(c.model()).of(Measure.CITY_GDP))
                .get(0);
        Summary run = Summarizer.summarize(
                new SimulationEngine(c.model()).run(trials, 42, 1),
                c.model().thresholds(),
                c.model().targets(),
                2021,
                List.of());
        Summary.Estimate city = run.city().get(run.city().size() - 1).mean();
        assertEquals(city.value(), t.base().value(), 1e-9 * city.value(), "base arm = the run");
        TornadoResult.Bar b = t.bars().stream()
                .filter(x -> x.factor().id().equals("baseline:u1"))
                .findFirst()
                .orElseThrow();
        assertEquals(110, b.lowValue(), 1e-9);
        assertEquals(190, b.highValue(), 1e-9);
        McAssert.withinSe(120, b.swing().value(), b.swing().se(), "swing of b");
        assertEquals(80 * (b.low().value() / 110), b.swing().value(), 1e-6, "swing = 80 × mean of X exactly");
        TornadoResult.Bar g = t.bars().stream()
                .filter(x -> x.factor().id().equals("trend.real_growth"))
                .findFirst()
                .orElseThrow();
        double z = 1.2815515655446004;
        assertEquals(0.5 - 0.3 * z, g.lowValue(), 1e-9);
        assertTrue(g.swing().value() > 0 && b.swing().se() > 0);
    }

    /** The options of a command run on this machine's threads. */
    private static Options threads(int threads) {
        return new Options(List.of(), null, null, threads, null, null, false, false);
    }
}
