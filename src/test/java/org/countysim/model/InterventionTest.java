package org.countysim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.countysim.result.QuantileSketch;
import org.countysim.result.Summary;
import org.countysim.result.Tally;
import org.countysim.testing.Fixtures;
import org.countysim.testing.McAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three intervention kinds against hand-computed outcomes (model.md §3). */
class InterventionTest {
    @TempDir
    Path dir;

    private Fixtures flat() throws Exception {
        return new Fixtures(dir).baseline(Fixtures.exact("u1", 100)).with("horizon", "horizon: 2023");
    }

    private static double unitGdp(Tally t, int year) {
        return t.sum(t.variable(0, year)) / t.trials();
    }

    /** success p, fixed sizes: Y is 100 + output·va·additionality with probability p, else 100. */
    @Test
    void projectWithSuccessProbabilityGivesTwoPointOutcome() throws Exception {
        long n = 40_000;
        Fixtures f = flat().with("interventions", """
                interventions:
                  - {id: p1, kind: project, county: u1, output: 40, va_ratio: 0.5, additionality: 1,
                     success: 0.3, start: 2022, ramp: [1.0]}
                """);
        Summary s = f.summary(n, 5);
        Summary.UnitYear horizon =
                s.unitYears().stream().filter(u -> u.year() == 2023).findFirst().orElseThrow();
        McAssert.probability(0.3, s.tiers().bands().get(0).met().value(), n, "P(project succeeds)");
        assertEquals(100, horizon.quantiles()[0], 100 * QuantileSketch.RELATIVE_ACCURACY, "P5 without the project");
        assertEquals(120, horizon.quantiles()[6], 120 * QuantileSketch.RELATIVE_ACCURACY, "P95 with the project");
        McAssert.withinSe(106, horizon.mean().value(), horizon.mean().se(), "mean = 100 + 0.3·20");
    }

    /** Ramp steps add permanent value as they arrive; capex raises only the spending years (transient). */
    @Test
    void rampAndCapexFollowTheirYears() throws Exception {
        Fixtures f = flat().with("horizon", "horizon: 2025").with("interventions", """
                interventions:
                  - {id: p1, kind: project, county: u1, output: 100, va_ratio: 0.2, additionality: 0.5,
                     start: 2024, ramp: [0.5, 1.0], capex: 30, build_years: 2, demand_multiplier: 0.4}
                """);
        Tally t = f.tally(2000, 1);
        // capex 30 over 2022 and 2023, 15 a year × 0.4 = 6 in each; full value added 100·0.2·0.5 = 10.
        assertEquals(106, unitGdp(t, 1), 1e-9);
        assertEquals(106, unitGdp(t, 2), 1e-9);
        assertEquals(105, unitGdp(t, 3), 1e-9);
        assertEquals(110, unitGdp(t, 4), 1e-9);
    }

    /** Ramp steps at or before the base year are inside the baseline (model.md §9a). */
    @Test
    void rampStepsBeforeTheBaseYearAddNothing() throws Exception {
        Fixtures f = flat().with("interventions", """
                interventions:
                  - {id: p1, kind: project, county: u1, output: 100, va_ratio: 0.2, start: 2020, ramp: [0.4, 0.8, 1.0]}
                """);
        Tally t = f.tally(1000, 1);
        // start 2020: the steps of 2020 (0.4) and 2021 (0.4) are in the baseline; 2022 adds 0.2 × 20 = 4.
        assertEquals(104, unitGdp(t, 1), 1e-9);
        assertEquals(104, unitGdp(t, 2), 1e-9);
    }

    /**
     * A random start puts the trials of one chunk at both ends of the projected years: a start long before
     * the base year adds nothing (ramp and capex are in the baseline); a 2023 start spends 6 in 2022 (its
     * other build year is the base year) and ramps 5, 10; a 2027 start spends 6 in 2025 only. Each start has
     * probability 1/3, so each year's mean is the mean of the three paths.
     */
    @Test
    void randomStartsReachBothEndsOfTheProjectedYears() throws Exception {
        long n = 30_000;
        Fixtures f = flat().with("horizon", "horizon: 2025")
                .with("interventions", """
                interventions:
                  - {id: p1, kind: project, county: u1, output: 100, va_ratio: 0.2, additionality: 0.5,
                     start: {dist: discrete, values: [2015, 2023, 2027]}, ramp: [0.5, 1.0], capex: 30,
                     build_years: 2, demand_multiplier: 0.4}
                """)
                .with(
                        "tiers",
                        "tiers:\n  counting: exclusive\n  bands:\n    - {threshold: 108, target: 1}\n"
                                + "    - {threshold: 103, target: 1}");
        Summary s = f.summary(n, 4);
        double[][] paths = {{100, 100, 100, 100}, {106, 105, 110, 110}, {100, 100, 100, 106}};
        for (int t = 0; t < 4; t++) {
            int year = 2022 + t;
            Summary.UnitYear u = s.unitYears().stream()
                    .filter(x -> x.year() == year)
                    .findFirst()
                    .orElseThrow();
            double expected = (paths[0][t] + paths[1][t] + paths[2][t]) / 3;
            McAssert.withinSe(expected, u.mean().value(), u.mean().se(), "mean GDP " + year);
            for (double value : new double[] {u.quantiles()[0], u.quantiles()[6]}) {
                double nearest = Math.min(
                        Math.abs(value - paths[0][t]),
                        Math.min(Math.abs(value - paths[1][t]), Math.abs(value - paths[2][t])));
                assertEquals(
                        0, nearest, value * QuantileSketch.RELATIVE_ACCURACY, year + ": a quantile off every path");
            }
        }
        // 2025: ≥ 108 only with the 2023 start (110), 103–108 only with the 2027 start (106)
        McAssert.probability(1.0 / 3, s.tiers().bands().get(0).inBand().mean().value(), n, "P(start 2023)");
        McAssert.probability(1.0 / 3, s.tiers().bands().get(1).inBand().mean().value(), n, "P(start 2027)");
    }

    /** count 2 expands to two independent projects: P(at least one of two with p = 0.5) = 0.75. */
    @Test
    void countExpandsToIndependentProjects() throws Exception {
        long n = 40_000;
        Fixtures f = flat().with("interventions", """
                interventions:
                  - {id: p1, kind: project, counties: all, count: 2, output: 40, va_ratio: 0.5, success: 0.5,
                     start: 2022, ramp: [1.0]}
                """)
                .with(
                        "tiers",
                        "tiers:\n  targets: cumulative\n  bands:\n    - {threshold: 130, target: 1}\n"
                                + "    - {threshold: 110, target: 1}");
        Summary s = f.summary(n, 9);
        McAssert.probability(0.25, s.tiers().bands().get(0).met().value(), n, "both succeed");
        McAssert.probability(0.75, s.tiers().bands().get(1).met().value(), n, "at least one succeeds");
    }

    /** Programme: D = q·cost·multiplier in the spending year, N = q·(cost·return + unit output) a lag later. */
    @Test
    void programSpendsThenReturns() throws Exception {
        Fixtures f = flat().baseline(Fixtures.exact("u1", 100), Fixtures.exact("u2", 300))
                .with("horizon", "horizon: 2024")
                .with("interventions", """
                interventions:
                  - {id: g1, kind: program, quantity: 100, years: {from: 2022, to: 2022}, allocation: by_gdp,
                     unit_cost: 0.5, demand_multiplier: 0.2, return: 0.1, unit_output: 0.01, lag: 1}
                """);
        Tally t = f.tally(500, 1);
        // u1 gets a quarter of the quantity: 25 units × 0.5 = 12.5 spent in 2022.
        assertEquals(100 + 12.5 * 0.2, unitGdp(t, 1), 1e-9);
        assertEquals(100 + 25 * (0.5 * 0.1 + 0.01), unitGdp(t, 2), 1e-9);
        assertEquals(100 + 25 * (0.5 * 0.1 + 0.01), unitGdp(t, 3), 1e-9);
    }

    /**
     * A city-wide programme on a subset of units: the projected units take their share of the whole file's
     * base-year total (model.md §9a as documented), never the whole quantity; an explicit universe_share overrides.
     */
    @Test
    void programOnASubsetGivesTheUnitsOnlyTheirShare() throws Exception {
        Fixtures f = flat().baseline(
                        Fixtures.exact("u1", 100), Fixtures.exact("u2", 300), "z1,,z1,zone,2021,,50,150,band,test")
                .with("universe", "universe:\n  units: [u1]")
                .with("horizon", "horizon: 2024")
                .with("interventions", """
                interventions:
                  - {id: g1, kind: program, quantity: 100, years: {from: 2022, to: 2022}, allocation: by_gdp,
                     unit_cost: 0.5, demand_multiplier: 0.2, return: 0.1, unit_output: 0.01, lag: 1}
                """);
        Tally t = f.tally(500, 1);
        // u1 is 100 of 100 + 300 + 100 (the zone's band midpoint): a fifth of the quantity, 20 units.
        assertEquals(100 + 20 * 0.5 * 0.2, t.sum(t.variable(0, 1)) / 500, 1e-9);
        assertEquals(100 + 20 * (0.5 * 0.1 + 0.01), t.sum(t.variable(0, 3)) / 500, 1e-9);

        f.with("interventions", """
                interventions:
                  - {id: g1, kind: program, quantity: 100, years: {from: 2022, to: 2022}, allocation: by_gdp,
                     universe_share: 0.5, unit_cost: 0.5, demand_multiplier: 0.2, return: 0.1, unit_output: 0.01, lag: 1}
                """);
        Tally given = f.tally(500, 1);
        assertEquals(100 + 50 * 0.5 * 0.2, given.sum(given.variable(0, 1)) / 500, 1e-9, "universe_share as given");
    }

    /** A growth adjustment adds to the real growth of the selected units, sectors and years only. */
    @Test
    void growthDeltaAppliesToItsSelection() throws Exception {
        Fixtures f = flat().baseline(Fixtures.exact("u1", 100), Fixtures.exact("u2", 100))
                .with("interventions", """
                interventions:
                  - {id: d1, kind: growth, delta: 0.1, counties: [u2], sectors: [secondary], years: {from: 2023}}
                """);
        Tally t = f.tally(500, 1);
        assertEquals(100, t.sum(t.variable(1, 1)) / 500, 1e-9, "2022 is outside the years");
        assertEquals(100 + 40 * 0.1, t.sum(t.variable(1, 2)) / 500, 1e-9, "secondary is 40% of u2");
        assertEquals(100, unitGdp(t, 2), 1e-9, "u1 is not selected");
    }

    /** Growth below −100% clamps the level at 0 and is counted. */
    @Test
    void growthBelowMinusOneIsClampedAndCounted() throws Exception {
        Fixtures f = flat().with("trend", "trend:\n  real_growth: -1.5");
        Tally t = f.tally(100, 1);
        assertEquals(0, unitGdp(t, 2), 0);
        assertEquals(100L * 2 * 3, t.clamps(), "two years × three sectors × 100 trials");
    }
}
