package org.countysim.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.countysim.model.MetricSet;
import org.countysim.model.TrialOutput;
import org.countysim.result.ConditionedIndices;
import org.countysim.result.Factor;
import org.countysim.result.SobolResult;
import org.countysim.result.TornadoResult;
import org.countysim.scenario.CompiledScenario;
import org.countysim.sensitivity.TrialOutputs;
import org.countysim.testing.Fixtures;
import org.countysim.testing.McAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sensitivity given the evidence against closed forms (model.md §8, §11), through the engine. Two units X1 ~ U[100,
 * 200] and X2 ~ U[50, 150] are observed through their sum with a Gaussian tolerance sd. Given X1 = x, X2 is
 * N(v − x, sd²) truncated to its band, so E[X2 | x], E[X2² | x] and P(X1 ≥ t | X2) have closed forms; the outer
 * integrals over the posterior density of one unit (∝ Φ((v − x − a)/sd) − Φ((v − x − b)/sd), its partner's band
 * [a, b]) are Simpson's with 20,000 intervals, far below the Monte Carlo error. Every comparison allows 4 of the
 * estimate's own standard errors (a false failure about 6e-5 each, model.md's rule for statistical tests).
 */
class SensitivityEvidenceTest {
    static final double A1 = 100;
    static final double B1 = 200;
    static final double A2 = 50;
    static final double B2 = 150;
    static final NormalDistribution PHI = NormalDistribution.of(0, 1);

    @TempDir
    Path dir;

    private CompiledScenario scenario(String trend, String tiers, double v, double sd) throws Exception {
        return new Fixtures(dir)
                .baseline(Fixtures.banded("u1", A1, B1), Fixtures.banded("u2", A2, B2))
                .with("trend", trend)
                .with("tiers", tiers)
                .with("evidence", "evidence:\n  - {units: all, year: 2021, value: " + v + ", sd: " + sd + "}")
                .compile();
    }

    /**
     * City GDP = (X1 + X2)(1 + g), g ~ N(0.5, 0.3), the sum observed as 270 ± 30: given the evidence S_X1 = S_X2 =
     * 0.042 (0.197 under the prior), S_g = 0.811 (0.591), and both figures together 0.182. With S = X1 + X2 and G = 1 +
     * g: Var Y = E[S²]E[G²] − E[S]²E[G]², Var E[Y | X1] = E[G]² Var(X1 + E[X2 | X1]), Var E[Y | g] = Var G · E[S]², Var
     * E[Y | X1, X2] = E[G]² Var S.
     */
    @Test
    void firstOrderIndicesGivenTheEvidenceMatchTheIntegrals() throws Exception {
        double v = 270;
        double sd = 30;
        CompiledScenario c = scenario(
                "trend:\n  real_growth: {dist: normal, mean: 0.5, sd: 0.3}",
                "tiers:\n  counting: cumulative\n  bands:\n    - {threshold: 110, target: 1}",
                v,
                sd);
        List<Factor> factors = FactorCatalog.of(c, false);
        ConditionedIndices r = conditioned(c, factors, "city_gdp", 1 << 17);
        Moments m1 = moments(v, sd, A1, B1, A2, B2);
        Moments m2 = moments(v, sd, A2, B2, A1, B1);
        double g = 1.5;
        double vg = 0.09;
        double varY = m1.s2 * (g * g + vg) - m1.s * m1.s * g * g;
        check(r, "baseline:u1", g * g * m1.varConditionalMean / varY);
        check(r, "baseline:u2", g * g * m2.varConditionalMean / varY);
        check(r, "trend.real_growth", vg * m1.s * m1.s / varY);
        check(r, FactorCatalog.BASELINES, g * g * (m1.s2 - m1.s * m1.s) / varY);
        assertEquals(50, r.bins());
        McAssert.withinSe(m1.s * g, r.mean(), Math.sqrt(r.variance() / r.ess()), "E[city GDP | evidence]");
    }

    /**
     * "At least one unit ≥ 150" is X1 ≥ 150 (X2 ≤ 150): under the prior X2 says nothing about it (S_X2 = 0), given
     * the sum 280 ± 15 it says much: S_X2 = Var E[1{X1 ≥ 150} | X2] / p(1 − p) = 0.458.
     */
    @Test
    void aFigureTheEvidenceTiesToAnotherGetsItsValue() throws Exception {
        double v = 280;
        double sd = 15;
        CompiledScenario c = scenario(
                "trend:\n  real_growth: 0",
                "tiers:\n  counting: cumulative\n  bands:\n    - {threshold: 150, target: 1}",
                v,
                sd);
        List<Factor> factors = FactorCatalog.of(c, false);
        ConditionedIndices r = conditioned(c, factors, "met_150", 1 << 17);
        Reach reach = new Reach(v, sd, 150);
        double p = reach.p();
        McAssert.withinSe(p, r.mean(), Math.sqrt(p * (1 - p) / r.ess()), "P(X1 ≥ 150 | evidence)");
        double s = (reach.meanSquare() - p * p) / (p * (1 - p));
        check(r, "baseline:u2", s);
        assertTrue(s > 0.4, "a real dependence: " + s);
    }

    /**
     * The tornado of P(X1 ≥ 150) given the sum 280 ± 15: X2 at its P10 and P90 given the evidence (not its band's
     * 60 and 140), and each arm, weighted by its own likelihood, at E[1{X1 ≥ 150} | evidence, X2 = level].
     */
    @Test
    void tornadoArmsAreConditionalMeansGivenTheEvidence() throws Exception {
        double v = 280;
        double sd = 15;
        CompiledScenario c = scenario(
                "trend:\n  real_growth: 0",
                "tiers:\n  counting: cumulative\n  bands:\n    - {threshold: 150, target: 1}",
                v,
                sd);
        List<Factor> factors = FactorCatalog.of(c, false);
        long trials = 100_000;
        TornadoResult t = new SensitivityRuns(c.model(), 3, threads(2), Progress.NONE)
                .tornado(factors, trials, MetricSet.of(c.model()).find("p_met_150"))
                .get(0);
        Reach reach = new Reach(v, sd, 150);
        assertTrue(t.given() != null && t.given().ess() < 0.6 * trials, "conditioned: " + t.given());
        McAssert.withinSe(reach.p(), t.base().value(), t.base().se(), "base arm");
        TornadoResult.Bar b = t.bars().stream()
                .filter(x -> x.factor().id().equals("baseline:u2"))
                .findFirst()
                .orElseThrow();
        double quantileSe = Math.sqrt(0.09 / t.given().ess());
        McAssert.withinSe(0.10, reach.cdf2(b.lowValue()), quantileSe, "P10 of X2 given the evidence");
        McAssert.withinSe(0.90, reach.cdf2(b.highValue()), quantileSe, "P90 of X2 given the evidence");
        assertTrue(b.lowValue() > 60 + 5, "not the band's P10: " + b.lowValue());
        McAssert.withinSe(reach.h(b.lowValue()), b.low().value(), b.low().se(), "arm at P10");
        McAssert.withinSe(reach.h(b.highValue()), b.high().value(), b.high().se(), "arm at P90");
        McAssert.withinSe(
                reach.h(b.highValue()) - reach.h(b.lowValue()),
                b.swing().value(),
                b.swing().se(),
                "swing");
        assertTrue(Math.abs(b.swing().value()) > 20 * b.swing().se(), "a swing the prior would not show");
    }

    private static void check(ConditionedIndices r, String factor, double truth) {
        SobolResult.Index i = r.indices().stream()
                .filter(x -> x.factor().id().equals(factor))
                .findFirst()
                .orElseThrow();
        McAssert.withinSe(truth, i.s1(), i.s1Se(), "S1 of " + factor + " given the evidence");
    }

    /** The Saltelli design's trials of the scenario, and the first-order indices given its evidence. */
    private static ConditionedIndices conditioned(CompiledScenario c, List<Factor> factors, String output, int n) {
        List<Factor> design = new ArrayList<>(factors);
        design.addAll(FactorCatalog.combinedBaselines(factors));
        TrialOutput o = TrialOutputs.find(c.model(), output, "--output");
        TrialCollector data =
                new SensitivityRuns(c.model(), 7, threads(2), Progress.NONE).collect(design, List.of(o), n, factors);
        List<String> skipped = new ArrayList<>();
        List<ConditionedIndices> r = ConditionedOutputs.analyze(
                data, List.of(o), o, factors, SensitivityPipeline.readGroup(c.model(), design), skipped);
        assertEquals(List.of(), skipped);
        return r.get(0);
    }

    /**
     * E[S], E[S²] and Var(x + E[Y | x]) over the posterior of the unit on [a, b] whose partner has the band [pa, pb]:
     * the partner given x is N(v − x, sd²) truncated to its band.
     */
    record Moments(double s, double s2, double varConditionalMean) {}

    static Moments moments(double v, double sd, double a, double b, double pa, double pb) {
        DoubleUnaryOperator[] parts = new DoubleUnaryOperator[4];
        // ∫ t^k φ over the partner's band, in units of the partner's standard normal
        parts[0] = x -> mass(v - x, sd, pa, pb);
        parts[1] = x -> {
            double mu = v - x;
            double al = (pa - mu) / sd;
            double be = (pb - mu) / sd;
            return x * mass(mu, sd, pa, pb) + mu * mass(mu, sd, pa, pb) + sd * (pdf(al) - pdf(be));
        };
        parts[2] = x -> {
            double mu = v - x;
            double al = (pa - mu) / sd;
            double be = (pb - mu) / sd;
            double z = mass(mu, sd, pa, pb);
            double i1 = mu * z + sd * (pdf(al) - pdf(be));
            double i2 = mu * mu * z + 2 * mu * sd * (pdf(al) - pdf(be)) + sd * sd * (z + al * pdf(al) - be * pdf(be));
            return x * x * z + 2 * x * i1 + i2;
        };
        parts[3] = x -> {
            double z = parts[0].applyAsDouble(x);
            double s = parts[1].applyAsDouble(x);
            return z > 0 ? s * s / z : 0;
        };
        double z = simpson(parts[0], a, b);
        double s = simpson(parts[1], a, b) / z;
        double s2 = simpson(parts[2], a, b) / z;
        double cm2 = simpson(parts[3], a, b) / z;
        return new Moments(s, s2, cm2 - s * s);
    }

    /** P(X1 ≥ t) given the sum, and as a function of X2; the posterior CDF of X2. */
    record Reach(double v, double sd, double t) {
        /** The posterior density of X2, unnormalised. */
        double density(double x2) {
            return mass(v - x2, sd, A1, B1);
        }

        /** E[1{X1 ≥ t} | evidence, X2 = x2] times the density. */
        double above(double x2) {
            return mass(v - x2, sd, t, B1);
        }

        double h(double x2) {
            return above(x2) / density(x2);
        }

        double p() {
            return simpson(this::above, A2, B2) / simpson(this::density, A2, B2);
        }

        double meanSquare() {
            return simpson(x -> density(x) > 0 ? above(x) * above(x) / density(x) : 0, A2, B2)
                    / simpson(this::density, A2, B2);
        }

        double cdf2(double x) {
            return simpson(this::density, A2, x) / simpson(this::density, A2, B2);
        }
    }

    /** P(lo ≤ N(mu, sd²) ≤ hi). */
    static double mass(double mu, double sd, double lo, double hi) {
        return PHI.cumulativeProbability((hi - mu) / sd) - PHI.cumulativeProbability((lo - mu) / sd);
    }

    static double pdf(double z) {
        return PHI.density(z);
    }

    static double simpson(DoubleUnaryOperator f, double a, double b) {
        int n = 20_000;
        double h = (b - a) / n;
        double sum = f.applyAsDouble(a) + f.applyAsDouble(b);
        for (int i = 1; i < n; i++) {
            sum += (i % 2 == 1 ? 4 : 2) * f.applyAsDouble(a + i * h);
        }
        return sum * h / 3;
    }

    private static Options threads(int threads) {
        return new Options(List.of(), null, null, threads, null, null, false, false);
    }
}
