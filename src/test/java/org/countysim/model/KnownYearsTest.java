package org.countysim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.countysim.result.Tally;
import org.countysim.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Known past years (a deflator fixed per year) and programmes credited only beyond their trend quantity. */
class KnownYearsTest {
    @TempDir
    Path dir;

    private Fixtures flat() throws Exception {
        return new Fixtures(dir).baseline(Fixtures.exact("u1", 100)).with("horizon", "horizon: 2024");
    }

    private static double meanGdp(Tally t, int year) {
        return t.sum(t.variable(0, year)) / t.trials();
    }

    @Test
    void aYearWithAKnownDeflatorUsesIt() throws Exception {
        Tally t = flat().with("deflator", "deflator: {2022: 0.1, 2023: -0.5, default: 0}")
                .tally(100, 1);
        assertEquals(110, meanGdp(t, 1), 1e-9);
        assertEquals(55, meanGdp(t, 2), 1e-9);
        assertEquals(55, meanGdp(t, 3), 1e-9, "2024 takes the default");
    }

    /** Fixing one year leaves every other year's draws as they were: the same trial sees the same 2022 price. */
    @Test
    void fixingOneYearDoesNotMoveTheOthersDraws() throws Exception {
        String random = "{dist: normal, mean: 0.02, sd: 0.05, scope: year}";
        Tally before = flat().with("deflator", "deflator: " + random).tally(2000, 7);
        Tally after = flat().with("deflator", "deflator: {2023: 0.01, default: " + random + "}")
                .tally(2000, 7);
        assertEquals(meanGdp(before, 1), meanGdp(after, 1), 0, "2022 draws unchanged");
        assertNotEquals(meanGdp(before, 2), meanGdp(after, 2), "2023 fixed");
        // 2024 = 2022 price × 1.01 × the same 2024 draw: the ratio of 2024 to 2023 GDP keeps its draws.
        assertEquals(meanGdp(before, 3) / meanGdp(before, 2), meanGdp(after, 3) / meanGdp(after, 2), 0.02);
    }

    @Test
    void missingYearsAreRefusedAndYearsOutsideTheProjectionIgnored() throws Exception {
        Path s = flat().with("deflator", "deflator: {2022: 0.01, 2023: 0.01}").scenario();
        Fixtures.CliResult r = Fixtures.cli("validate", s.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("deflator: no value for 2024"), r.err());
        Tally t = flat().with("deflator", "deflator: {2021: 0.5, 2030: 0.5, default: 0}")
                .tally(100, 1);
        assertEquals(100, meanGdp(t, 3), 1e-9, "2021 (the base year) and 2030 are not projected: ignored");
    }

    /** Only quantity − trend_quantity is credited; below the trend the programme subtracts (model.md §3.2). */
    @Test
    void programmesAreCreditedBeyondTheirTrendQuantity() throws Exception {
        String program = """
                interventions:
                  - {id: g1, kind: program, quantity: 100, trend_quantity: %s, years: {from: 2022, to: 2022},
                     allocation: by_gdp, unit_cost: 0.5, demand_multiplier: 0.2, return: 0.1, unit_output: 0.01}
                """;
        Tally net = flat().with("interventions", program.formatted("80")).tally(100, 1);
        assertEquals(100 + 20 * 0.5 * 0.2, meanGdp(net, 1), 1e-9);
        assertEquals(100 + 20 * (0.5 * 0.1 + 0.01), meanGdp(net, 2), 1e-9);
        Tally less = flat().with("interventions", program.formatted("130")).tally(100, 1);
        assertEquals(100 - 30 * (0.5 * 0.1 + 0.01), meanGdp(less, 2), 1e-9, "fewer than usual lowers the level");
    }
}
