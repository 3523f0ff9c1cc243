package org.countysim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.countysim.format.Percent;
import org.countysim.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Probabilities of 0 or 1 print the bound their trials support, and short runs warn (model.md §4). */
class ProbabilityBoundsTest {
    @TempDir
    Path dir;

    /** One unit at 200 against "at least 1 unit ≥ 150" (always met) and "≥ 300" (never), in 10 trials. */
    @Test
    void certainOutcomesShowBoundsAndShortRunsWarn() throws Exception {
        Path scenario = new Fixtures(dir)
                .baseline(Fixtures.exact("u1", 200))
                .with(
                        "tiers",
                        "tiers:\n  counting: both\n  targets: cumulative\n  bands:\n"
                                + "    - {threshold: 300, target: 1}\n    - {threshold: 150, target: 1}")
                .scenario();
        Path out = dir.resolve("out");
        Fixtures.CliResult r = Fixtures.cli("run", scenario.toString(), "--trials", "10", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("< 10%") && r.out().contains("> 90%"), r.out());
        assertFalse(r.out().contains("% ±0.0"), r.out());
        assertTrue(r.out().contains("warning: only 10 trials (fewer than 1000)"), r.out());
        JsonNode manifest =
                new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertTrue(manifest.get("model_warnings").toString().contains("only 10 trials"), manifest.toString());
        String report = Files.readString(out.resolve("report.html"));
        assertTrue(report.contains("&lt; 10%") && report.contains("&gt; 90%"), "bounds in the report");
        assertFalse(report.contains("% ±0.0"), "no certainty the trials cannot give");
        assertTrue(report.contains("only 10 trials"), "the warning in the report");
    }

    @Test
    void aThousandTrialsDoNotWarn() throws Exception {
        Path scenario = new Fixtures(dir).baseline(Fixtures.exact("u1", 200)).scenario();
        Fixtures.CliResult r = Fixtures.cli(
                "run",
                scenario.toString(),
                "--trials",
                "1000",
                "--no-charts",
                "--out",
                dir.resolve("o").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertFalse(r.out().contains("trials (fewer than"), r.out());
        assertTrue(r.out().contains("> 99.9%"), "P = 1 in 1000 trials: " + r.out());
    }

    /**
     * With evidence each column's "< 1/N" comes from its own effective sample size: the plan (ESS about 2,200 of
     * 20,000) and the scenario with zones inside (about 100) never reach 3 units ≥ 1000亿 in this run.
     */
    @Test
    void compareBoundsEachScenarioByItsOwnEffectiveSampleSize() {
        Fixtures.CliResult r = Fixtures.cli(
                "compare",
                "scenarios/plan-2025.yaml",
                "scenarios/plan-2025-zones-inside.yaml",
                "--trials",
                "20000",
                "--no-charts",
                "--out",
                dir.resolve("c").toString());
        assertEquals(0, r.exitCode(), r.err());
        Matcher ess = Pattern.compile("effective sample size: plan-2025 (\\d+), plan-2025-zones-inside (\\d+) of")
                .matcher(r.out());
        assertTrue(ess.find(), r.out());
        String plan = Percent.probability(0, 0, Long.parseLong(ess.group(1)));
        String zones = Percent.probability(0, 0, Long.parseLong(ess.group(2)));
        assertFalse(plan.equals(zones), plan);
        String row = r.out()
                .lines()
                .filter(l -> l.startsWith("P(at least 3 units ≥1000亿)"))
                .findFirst()
                .orElseThrow();
        assertTrue(
                row.matches("P\\(at least 3 units ≥1000亿\\)\\s+" + Pattern.quote(plan) + "\\s+" + Pattern.quote(zones)
                        + "\\s.*"),
                row);
        assertTrue(r.out().contains("plan-2025-zones-inside  Δ vs plan-2025"), "header columns apart: " + r.out());
    }
}
