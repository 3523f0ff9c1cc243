package org.countysim.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.countysim.engine.LocalBlockRunner;
import org.countysim.model.Measure;
import org.countysim.result.Attribution;
import org.countysim.scenario.CompiledScenario;
import org.countysim.testing.Fixtures;
import org.countysim.testing.McAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Leave-one-out and Shapley attribution under common random numbers (model.md §7). */
class AttributionTest {
    @TempDir
    Path dir;

    private static final String THREE = """
            interventions:
              - {id: p, kind: project, county: u1, output: 40, va_ratio: 0.5, success: 0.5, start: 2022, ramp: [1.0]}
              - {id: g, kind: growth, delta: {dist: uniform, min: 0, max: 0.1}, counties: all}
              - {id: q, kind: program, quantity: 10, allocation: by_gdp, unit_cost: 1, return: 0.5}
            """;

    private CompiledScenario scenario() throws Exception {
        return new Fixtures(dir)
                .baseline(Fixtures.banded("u1", 80, 120), Fixtures.banded("u2", 90, 115))
                .with("horizon", "horizon: 2024")
                .with(
                        "tiers",
                        "tiers:\n  counting: cumulative\n  bands:\n    - {threshold: 120, target: 1}\n"
                                + "    - {threshold: 100, target: 2}")
                .with("shocks", "shocks: {common_sd: 0.02, unit_sd: 0.03, rho: 0.2}")
                .with("interventions", THREE)
                .compile();
    }

    @Test
    void shapleyValuesAddUpToAllInMinusNoPolicy() throws Exception {
        Attribution a = AttributionPipeline.attribute(scenario(), 4000, 5, new LocalBlockRunner(2));
        for (int j = 0; j < a.metrics().size(); j++) {
            double sum = 0;
            for (int i = 0; i < 3; i++) {
                sum += a.shapley()[i][j].value();
            }
            assertEquals(
                    a.total()[j].value(),
                    sum,
                    1e-9 * Math.max(1, Math.abs(sum)),
                    a.metrics().get(j).id());
            assertEquals(
                    a.allIn()[j].value() - a.noPolicy()[j].value(),
                    a.total()[j].value(),
                    1e-9 * Math.max(1, Math.abs(a.allIn()[j].value())));
        }
    }

    /** Additive effects on the city total: Shapley = leave-one-out = the effect alone, per trial. */
    @Test
    void additiveEffectsOnCityGdpAreAttributedExactly() throws Exception {
        CompiledScenario c = new Fixtures(dir)
                .baseline(Fixtures.exact("u1", 100), Fixtures.exact("u2", 300))
                .with("interventions", """
                        interventions:
                          - {id: p, kind: project, county: u1, output: 40, va_ratio: 0.5, success: 0.5, start: 2022,
                             ramp: [1.0]}
                          - {id: q, kind: program, quantity: 10, allocation: by_gdp, unit_cost: 1, demand_multiplier: 2,
                             years: {from: 2022, to: 2022}}
                        """)
                .compile();
        Attribution a = AttributionPipeline.attribute(c, 20_000, 3, new LocalBlockRunner(2));
        int city = a.metrics().of(Measure.CITY_GDP).position();
        McAssert.withinSe(10, a.shapley()[0][city].value(), a.shapley()[0][city].se(), "project: 0.5 × 20");
        assertEquals(20, a.shapley()[1][city].value(), 1e-9, "programme: 10 × 1 × 2, no randomness");
        assertEquals(a.shapley()[0][city].value(), a.leaveOneOut()[0][city].value(), 1e-9);
        assertEquals(0, a.shapley()[1][city].se(), 1e-9, "a deterministic effect has no Monte Carlo error");
    }

    @Test
    void shapleyWeightsSumToOnePerIntervention() {
        for (int k = 1; k <= 10; k++) {
            double total = 0;
            for (int s = 0; s < k; s++) {
                total += AttributionPipeline.weight(s, k) * binomial(k - 1, s);
            }
            assertEquals(1, total, 1e-12, "k = " + k);
        }
    }

    private static double binomial(int n, int r) {
        double b = 1;
        for (int i = 1; i <= r; i++) {
            b = b * (n - r + i) / i;
        }
        return b;
    }

    /** Eleven interventions: exact Shapley values would need 2048 runs; only leave-one-out is computed. */
    @Test
    void aboveTenInterventionsOnlyLeaveOneOut() throws Exception {
        StringBuilder list = new StringBuilder("interventions:\n");
        for (int i = 0; i < 11; i++) {
            list.append("  - {id: g").append(i).append(", kind: growth, delta: 0.001}\n");
        }
        CompiledScenario c = new Fixtures(dir)
                .baseline(Fixtures.exact("u1", 100))
                .with("interventions", list.toString())
                .compile();
        Attribution a = AttributionPipeline.attribute(c, 200, 1, new LocalBlockRunner(2));
        org.junit.jupiter.api.Assertions.assertNull(a.shapley());
        assertEquals(11, a.leaveOneOut().length);
        int city = a.metrics().of(Measure.CITY_GDP).position();
        assertEquals(100 * 0.001, a.leaveOneOut()[0][city].value(), 1e-6, "one extra point of 0.1% on 100");
    }
}
