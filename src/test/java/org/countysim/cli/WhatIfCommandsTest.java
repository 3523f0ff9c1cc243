package org.countysim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.countysim.testing.Fixtures;
import org.countysim.testing.JsonStyle;
import org.countysim.testing.McAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** compare, sweep and solve through the CLI (issue: what-if). */
class WhatIfCommandsTest {
    @TempDir
    Path dir;

    /** One unit uniform on [90, 110]; a programme adds q permanently in 2022, so P(Y ≥ 110) = q/20. */
    private Path linearScenario() throws Exception {
        return linearScenario(dir);
    }

    static Path linearScenario(Path dir) throws Exception {
        return new Fixtures(dir)
                .baseline(Fixtures.banded("u1", 90, 110))
                .with("simulation", "simulation: {trials: 20000, seed: 8}")
                .with("interventions", """
                        interventions:
                          - {id: boost, kind: program, quantity: 4, years: {from: 2022, to: 2022}, allocation: by_gdp,
                             unit_cost: 1, return: 1, lag: 0}
                          - {id: idle, kind: growth, enabled: false, delta: 0.5}
                        """)
                .scenario();
    }

    @Test
    void comparingAScenarioWithItselfGivesExactlyZeroDifferences() throws Exception {
        Path plan = RunCommandTest.PLAN;
        // A copy: the same file twice is refused as a mistake (issue 10).
        Path copy = dir.resolve("plan-2025.yaml");
        Files.writeString(
                copy,
                Files.readString(plan)
                        .replace(
                                "../data/jining_units_2021.csv",
                                Path.of("data/jining_units_2021.csv")
                                        .toAbsolutePath()
                                        .toString()));
        Fixtures.CliResult r = Fixtures.cli(
                "compare",
                plan.toString(),
                copy.toString(),
                "--trials",
                "3000",
                "--out",
                dir.resolve("c").toString());
        assertEquals(0, r.exitCode(), r.err());
        List<CSVRecord> rows = RunCommandTest.read(dir.resolve("c/compare.csv"));
        int metrics = 4 * 4 + 3;
        assertEquals(2 * metrics, rows.size());
        for (CSVRecord row : rows) {
            assertEquals("0", row.get("diff_vs_first"), row.toString());
            assertEquals("0", row.get("diff_se"), row.toString());
        }
        assertTrue(rows.get(metrics).get("scenario").equals("plan-2025-2"), "duplicate names get a suffix");
        assertTrue(Files.size(dir.resolve("c/compare.png")) > 1000);
    }

    @Test
    void planMinusNoPolicyIsTheInterventionsEffectWithAPairedSe() throws Exception {
        Fixtures.CliResult r = Fixtures.cli(
                "compare",
                "scenarios/no-policy.yaml",
                RunCommandTest.PLAN.toString(),
                "--trials",
                "4000",
                "--no-charts",
                "--json",
                "--out",
                dir.resolve("c").toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("no-policy", json.get("reference").asText());
        JsonNode plan = json.get("scenarios").get(1);
        assertEquals("plan-2025", plan.get("scenario").asText());
        JsonNode city = plan.get("metrics").get("city_gdp");
        double diff = city.get("diff_vs_first").asDouble();
        double pairedSe = city.get("diff_se").asDouble();
        double marginalSe = city.get("se").asDouble();
        assertTrue(diff > 0, "the interventions add GDP");
        assertTrue(pairedSe < marginalSe / 3, "common random numbers make the difference far more precise");
        JsonStyle.assertSnakeCase(json, "");
    }

    @Test
    void compareRefusesDifferentUnitsOrHorizons() throws Exception {
        Path other = new Fixtures(dir).baseline(Fixtures.exact("u1", 100)).scenario();
        Fixtures.CliResult r = Fixtures.cli(
                "compare",
                RunCommandTest.PLAN.toString(),
                other.toString(),
                "--out",
                dir.resolve("c").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("project different units"), r.err());
        assertFalse(Files.exists(dir.resolve("c")), "no partial output");

        Path sub = Files.createDirectories(dir.resolve("h"));
        Path later = new Fixtures(sub)
                .baseline(Fixtures.exact("u1", 100))
                .with("horizon", "horizon: 2024")
                .scenario();
        r = Fixtures.cli(
                "compare",
                other.toString(),
                later.toString(),
                "--out",
                dir.resolve("c").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("have different years (2021→2022 vs 2021→2024)"), r.err());
        assertFalse(Files.exists(dir.resolve("c")), "no partial output");
    }

    @Test
    void sweepOverAParameterNothingDependsOnGivesIdenticalMetrics() throws Exception {
        Path scenario = linearScenario();
        Fixtures.CliResult r = Fixtures.cli(
                "sweep",
                scenario.toString(),
                "--param",
                "interventions[idle].delta=0,0.1,0.9",
                "--trials",
                "2000",
                "--out",
                dir.resolve("s").toString());
        assertEquals(0, r.exitCode(), r.err());
        List<CSVRecord> rows = RunCommandTest.read(dir.resolve("s/sweep.csv"));
        assertEquals(3, rows.size());
        for (CSVRecord row : rows) {
            for (String col : List.of("p_met_110", "p_met_110_se", "city_gdp", "mean_count_110")) {
                assertEquals(rows.get(0).get(col), row.get(col), col);
            }
        }
    }

    @Test
    void sweepFollowsTheClosedForm() throws Exception {
        Path scenario = linearScenario();
        Fixtures.CliResult r = Fixtures.cli(
                "sweep",
                scenario.toString(),
                "--param",
                "interventions[boost].quantity=0:16:5",
                "--metric",
                "p_met_110",
                "--out",
                dir.resolve("s").toString());
        assertEquals(0, r.exitCode(), r.err());
        List<CSVRecord> rows = RunCommandTest.read(dir.resolve("s/sweep.csv"));
        assertEquals(5, rows.size());
        for (CSVRecord row : rows) {
            double q = Double.parseDouble(row.get("interventions[boost].quantity"));
            McAssert.probability(q / 20, Double.parseDouble(row.get("p_met_110")), 20000, "P at q = " + q);
        }
        assertTrue(Files.size(dir.resolve("s/sweep.png")) > 1000);
    }

    @Test
    void twoParameterSweepWritesAGrid() throws Exception {
        Fixtures.CliResult r = Fixtures.cli(
                "sweep",
                linearScenario().toString(),
                "--param",
                "interventions[boost].quantity=0,10",
                "--param",
                "interventions[boost].unit_cost=1:2:3",
                "--trials",
                "500",
                "--json",
                "--out",
                dir.resolve("s").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(6, RunCommandTest.read(dir.resolve("s/sweep.csv")).size());
        assertEquals(6, new ObjectMapper().readTree(r.out()).get("points").size());
    }

    @Test
    void sweepCsvHasDifferencesFromTheFirstPointWithPairedSes() throws Exception {
        Fixtures.CliResult r = Fixtures.cli(
                "sweep",
                RunCommandTest.PLAN.toString(),
                "--param",
                "interventions[tech-upgrade].quantity=0,1000,3000",
                "--trials",
                "4000",
                "--no-charts",
                "--json",
                "--out",
                dir.resolve("s").toString());
        assertEquals(0, r.exitCode(), r.err());
        List<CSVRecord> rows = RunCommandTest.read(dir.resolve("s/sweep.csv"));
        for (String m : List.of("city_gdp", "p_met_300", "mean_count_300")) {
            assertEquals("0", rows.get(0).get(m + "_diff_vs_first"), "the first point against itself");
            assertEquals("0", rows.get(0).get(m + "_diff_se"));
            double first = Double.parseDouble(rows.get(0).get(m));
            for (CSVRecord row : rows.subList(1, rows.size())) {
                double diff = Double.parseDouble(row.get(m + "_diff_vs_first"));
                assertEquals(
                        Double.parseDouble(row.get(m)) - first,
                        diff,
                        1e-6 * Math.max(1, Math.abs(first)),
                        "the mean of the differences is the difference of the means: " + m);
                // the points share every draw but the upgrade's, so the paired SE is below the levels' SE
                assertTrue(Double.parseDouble(row.get(m + "_diff_se")) < Double.parseDouble(row.get(m + "_se")), m);
            }
        }
        assertTrue(
                Double.parseDouble(rows.get(2).get("city_gdp_diff_se"))
                        < Double.parseDouble(rows.get(2).get("city_gdp_se")) / 3,
                "city GDP moves with the trend: its differences are far more precise");
        JsonNode json = new ObjectMapper().readTree(r.out());
        JsonNode point = json.get("points").get(2);
        assertEquals(
                3000,
                point.get("params").get("interventions[tech-upgrade].quantity").asDouble());
        assertEquals(
                Double.parseDouble(rows.get(2).get("city_gdp_diff_se")),
                point.get("metrics").get("city_gdp").get("diff_se").asDouble(),
                1e-6);
        assertEquals(
                "interventions[tech-upgrade].quantity",
                json.get("params").get(0).get("path").asText());
        assertEquals(
                "tech-upgrade: quantity a year",
                json.get("params").get(0).get("label").asText());
        JsonStyle.assertSnakeCase(json, "");
    }

    @Test
    void compareConsoleShowsLevelsAndDifferences() throws Exception {
        Fixtures.CliResult r = Fixtures.cli(
                "compare",
                "scenarios/no-policy.yaml",
                RunCommandTest.PLAN.toString(),
                "--trials",
                "2000",
                "--no-charts",
                "--quiet",
                "--out",
                dir.resolve("c").toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        String header =
                lines.stream().filter(l -> l.startsWith("metric")).findFirst().orElseThrow();
        assertTrue(header.matches("metric +no-policy +plan-2025 +Δ vs no-policy"), header);
        String last = lines.get(lines.indexOf(header) + 10);
        assertEquals(3, last.chars().filter(c -> c == '±').count(), "two levels and a difference: " + last);
    }

    @Test
    void precisionAndQuietApplyToCompareSweepAndSolve() throws Exception {
        Path scenario = linearScenario();
        // at q = 10, P = 0.5: an SE of 0.01 needs 2500 trials; --trials 1024 is only the first step
        Fixtures.CliResult r = Fixtures.cli(
                "sweep",
                scenario.toString(),
                "--param",
                "interventions[boost].quantity=0,10",
                "--trials",
                "1024",
                "--precision",
                "0.01",
                "--quiet",
                "--json",
                "--no-charts",
                "--out",
                dir.resolve("s").toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertTrue(json.get("trials").asLong() >= 2500, r.out());
        assertTrue(json.get("points")
                        .get(1)
                        .get("metrics")
                        .get("p_met_110")
                        .get("se")
                        .asDouble()
                <= 0.01);
        r = Fixtures.cli(
                "compare",
                scenario.toString(),
                "--trials",
                "1024",
                "--precision",
                "0.01",
                "--quiet",
                "--no-charts",
                "--json",
                "--out",
                dir.resolve("c").toString());
        assertEquals(0, r.exitCode(), r.err());
        r = Fixtures.cli(
                "solve",
                scenario.toString(),
                "--param",
                "interventions[boost].quantity",
                "--target",
                "P(110)>=0.5",
                "--hi",
                "20",
                "--trials",
                "1024",
                "--precision",
                "0.01",
                "--quiet",
                "--json",
                "--out",
                dir.resolve("v").toString());
        assertEquals(0, r.exitCode(), r.err());
        json = new ObjectMapper().readTree(r.out());
        assertTrue(json.get("trials").asLong() >= 2500, "the grid pass sets the trials of every evaluation");
        assertTrue(json.get("at_solution").get("se").asDouble() <= 0.0102, r.out());
        r = Fixtures.cli(
                "solve",
                scenario.toString(),
                "--param",
                "interventions[boost].quantity",
                "--target",
                "city_gdp>=105",
                "--hi",
                "20",
                "--precision",
                "0.01",
                "--out",
                dir.resolve("v").toString());
        assertEquals(2, r.exitCode(), "--precision bounds probabilities only");
    }

    @Test
    void sweepAndSolveFilesAreTheSameBytesForAnyThreads() throws Exception {
        Path scenario = linearScenario();
        for (String threads : List.of("1", "3")) {
            assertEquals(
                    0,
                    Fixtures.cli(
                                    "sweep",
                                    scenario.toString(),
                                    "--param",
                                    "interventions[boost].quantity=0:8:3",
                                    "--param",
                                    "interventions[boost].unit_cost=1,2",
                                    "--trials",
                                    "3000",
                                    "--threads",
                                    threads,
                                    "--no-charts",
                                    "--out",
                                    dir.resolve("s" + threads).toString())
                            .exitCode());
            assertEquals(
                    0,
                    Fixtures.cli(
                                    "solve",
                                    scenario.toString(),
                                    "--param",
                                    "interventions[boost].quantity",
                                    "--target",
                                    "P(110)>=0.4",
                                    "--hi",
                                    "20",
                                    "--trials",
                                    "3000",
                                    "--threads",
                                    threads,
                                    "--out",
                                    dir.resolve("v" + threads).toString())
                            .exitCode());
        }
        assertEquals(Files.readString(dir.resolve("s1/sweep.csv")), Files.readString(dir.resolve("s3/sweep.csv")));
        assertEquals(Files.readString(dir.resolve("v1/solve.csv")), Files.readString(dir.resolve("v3/solve.csv")));
    }

    @Test
    void badWhatIfInputsAreUsageErrors() throws Exception {
        Path scenario = linearScenario();
        String out = dir.resolve("bad").toString();
        List<String[]> cases = List.of(
                new String[] {"sweep", scenario.toString(), "--param", "interventions[boost].quantty=1,2", "--out", out
                },
                new String[] {"sweep", scenario.toString(), "--param", "interventions[bost].quantity=1,2", "--out", out
                },
                new String[] {"sweep", scenario.toString(), "--param", "interventions[boost].quantity=a,b", "--out", out
                },
                new String[] {
                    "sweep", scenario.toString(), "--param", "interventions[boost].quantity=5:5:3", "--out", out
                },
                new String[] {
                    "sweep", scenario.toString(), "--param", "interventions[boost].quantity=0:5:1", "--out", out
                },
                new String[] {
                    "sweep",
                    scenario.toString(),
                    "--param",
                    "interventions[boost].quantity=0:5:3",
                    "--metric",
                    "p_al_met",
                    "--out",
                    out
                },
                new String[] {
                    "solve",
                    scenario.toString(),
                    "--param",
                    "interventions[boost].quantity",
                    "--target",
                    "all>0.5",
                    "--out",
                    out
                },
                new String[] {"sweep", scenario.toString(), "--param", "simulation.seed=1,2", "--out", out},
                new String[] {
                    "solve",
                    scenario.toString(),
                    "--param",
                    "interventions[boost].quantity",
                    "--target",
                    "P(all)>=0.5",
                    "--lo",
                    "5",
                    "--hi",
                    "1",
                    "--out",
                    out
                });
        List<String> expected = List.of(
                "did you mean 'quantity'",
                "did you mean 'boost'",
                "'a' is not a number",
                "is empty",
                "STEPS is the number of points",
                "did you mean 'p_all_met'",
                "or P(all)>=0.8",
                "set them with --trials and --seed",
                "empty range");
        for (int i = 0; i < cases.size(); i++) {
            Fixtures.CliResult r = Fixtures.cli(cases.get(i));
            assertEquals(2, r.exitCode(), String.join(" ", cases.get(i)) + "\n" + r.err());
            assertTrue(r.err().contains(expected.get(i)), "expected «" + expected.get(i) + "» in " + r.err());
            assertFalse(Files.exists(dir.resolve("bad")), "no partial output");
        }
    }
}
