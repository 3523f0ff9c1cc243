package org.countysim.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.file.Path;
import org.countysim.model.CompiledModel;
import org.countysim.result.Tally;
import org.countysim.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each unit-year's band counts against every trial's value: read from the sketches when every threshold is a bucket's
 * edge (whole numbers), counted chunk by chunk otherwise; both exact.
 */
class UnitBandsTest {
    @TempDir
    Path dir;

    private CompiledModel model(String thresholds) throws Exception {
        return model(thresholds, "evidence: []");
    }

    private CompiledModel model(String thresholds, String evidence) throws Exception {
        StringBuilder bands = new StringBuilder("tiers:\n  counting: both\n  bands:\n");
        for (String t : thresholds.split(",")) {
            bands.append("    - {threshold: ").append(t).append(", target: 1}\n");
        }
        return new Fixtures(dir)
                .baseline(
                        Fixtures.banded("u1", 80, 120),
                        Fixtures.exact("u2", 100),
                        Fixtures.banded("u3", 99, 101),
                        Fixtures.banded("u4", 140, 160))
                .with("horizon", "horizon: 2024")
                .with("tiers", bands.toString())
                .with("trend", "trend:\n  real_growth: {dist: normal, mean: 0.03, sd: 0.02}")
                .with("shocks", "shocks: {common_sd: 0.02, unit_sd: 0.03, rho: 0.4}")
                .with("evidence", evidence)
                .compile()
                .model();
    }

    /** Band k holds the values v with threshold_k ≤ v < threshold_{k−1}; the last band those below every threshold. */
    private static long[] bruteForce(double[] values, double[] thresholds) {
        long[] out = new long[thresholds.length + 1];
        for (double v : values) {
            int band = 0;
            while (band < thresholds.length && v < thresholds[band]) {
                band++;
            }
            out[band]++;
        }
        return out;
    }

    private void assertExact(String thresholds) throws Exception {
        CompiledModel m = model(thresholds);
        Tally tally = SimulationEngine.keepingSamples(m).run(5000, 11, 2);
        for (int c = 0; c < tally.units(); c++) {
            for (int t = 0; t <= tally.years(); t++) {
                long[] expected = bruteForce(tally.samples().sorted(tally.variable(c, t)), m.thresholds());
                assertArrayEquals(expected, tally.unitBands(c, t), thresholds + ": unit " + c + ", year " + t);
            }
        }
    }

    @Test
    void bandCountsFromSketchesAreExact() throws Exception {
        // 100 is the exact unit's value: every trial of u2 in the base year lies on the threshold
        assertExact("150,100,98");
    }

    @Test
    void bandCountsCountedTrialByTrialAreExact() throws Exception {
        assertExact("150.3,100.05,98.7");
    }

    /**
     * With evidence the prior's band counts come from the weighted sketches, which count every value whatever its
     * weight: the same counts as the same trials without evidence (evidence changes no draw).
     */
    @Test
    void thePriorsBandCountsUnderEvidenceAreTheUnconditionedCounts() throws Exception {
        String evidence = "evidence:\n  - {units: all, year: 2022, value: 480, sd: 5}";
        for (String thresholds : new String[] {"150,100,98", "150.3,100.05,98.7"}) {
            Tally conditioned = new SimulationEngine(model(thresholds, evidence)).run(5000, 11, 2);
            Tally plain = new SimulationEngine(model(thresholds)).run(5000, 11, 2);
            for (int c = 0; c < plain.units(); c++) {
                for (int t = 0; t <= plain.years(); t++) {
                    assertArrayEquals(
                            plain.unitBands(c, t),
                            conditioned.unitBands(c, t),
                            thresholds + ": unit " + c + ", year " + t);
                }
            }
        }
    }
}
