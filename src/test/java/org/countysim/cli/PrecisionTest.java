package org.countysim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.countysim.engine.SimulationEngine;
import org.countysim.testing.Fixtures;
import org.countysim.testing.McAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --precision adds blocks until every reported probability's SE is below EPS. */
class PrecisionTest {
    @TempDir
    Path dir;

    /** One unit uniform on [100, 200] with threshold 170: P(reach) = 0.3, SE sqrt(0.21/N). */
    private Path scenario() throws Exception {
        return new Fixtures(dir)
                .baseline(Fixtures.banded("u1", 100, 200))
                .with("tiers", "tiers:\n  counting: cumulative\n  bands:\n    - {threshold: 170, target: 1}")
                .with("simulation", "simulation: {trials: 1000, seed: 4}")
                .scenario();
    }

    private JsonNode run(String out, String... extra) throws Exception {
        String[] args = new String[] {
            "run",
            scenario().toString(),
            "--no-charts",
            "--out",
            dir.resolve(out).toString()
        };
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(extra))
                .toArray(String[]::new);
        Fixtures.CliResult r = Fixtures.cli(all);
        assertEquals(0, r.exitCode(), r.err());
        return new ObjectMapper()
                .readTree(dir.resolve(out).resolve("manifest.json").toFile());
    }

    @Test
    void stopsOnceTheStandardErrorIsBelowTheTarget() throws Exception {
        JsonNode m = run("a", "--precision", "0.005");
        long trials = m.get("trials").asLong();
        // P = 0.3 (P = 0.5 would need more): N ≥ 0.21 / 0.005² = 8400, in whole blocks.
        assertTrue(trials >= 8000 && trials <= 20_000, "trials " + trials);
        assertEquals(0, trials % SimulationEngine.BLOCK_SIZE);
        assertTrue(m.get("precision").get("reached").asBoolean());
        assertTrue(m.get("precision").get("largest_probability_se").asDouble() <= 0.005);
        String summary = Files.readString(dir.resolve("a/summary.csv"));
        double p = Double.parseDouble(
                summary.lines().skip(1).findFirst().orElseThrow().split(",")[10]);
        McAssert.probability(0.3, p, trials, "P(reach 170)");
        JsonNode again = run("b", "--precision", "0.005");
        assertEquals(trials, again.get("trials").asLong(), "deterministic for a seed");
        assertEquals(summary, Files.readString(dir.resolve("b/summary.csv")));
    }

    @Test
    void reportsWhenTheCapStopsItFirst() throws Exception {
        JsonNode m = run("c", "--precision", "0.001", "--max-trials", "5000");
        assertEquals(5000, m.get("trials").asLong());
        assertFalse(m.get("precision").get("reached").asBoolean());
        assertTrue(m.get("model_warnings").get(0).asText().contains("raise --max-trials"));
    }
}
